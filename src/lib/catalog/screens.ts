/** Reads `content/screens.yaml`: the sign-in screens people describe and the codes behind them, each problem with its line and column. */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { ScreensFileSchema, type Screen } from '../../schemas/screen.ts';

export const SCREENS_FILE = 'content/screens.yaml';

export interface ScreenProblem {
  line: number;
  column: number;
  message: string;
}

/** The node at `path` (keys and indexes) in a parsed YAML document, for the position of a problem. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) node = (node.get(String(key), true) as Node | undefined) ?? node;
    else if (isSeq(node) && typeof key === 'number') node = (node.get(key, true) as Node | undefined) ?? node;
    else break;
  }
  return node;
}

/** The screens in `text`, or every problem found, with where it is; unknown codes are checked against `knownCodes`. */
export function parseScreens(text: string, knownCodes: ReadonlySet<number>): { screens: Screen[]; problems: ScreenProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined, message: string): ScreenProblem => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col, message };
  };
  if (document.errors.length > 0) return { screens: [], problems: document.errors.map((error) => at(error.pos[0], error.message.split('\n')[0])) };

  const parsed = ScreensFileSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const node = nodeAt(document.contents, issue.path);
      const where = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
      return at(node?.range?.[0], `${where || 'file'} ${issue.message}`);
    });
    return { screens: [], problems };
  }
  const problems: ScreenProblem[] = [];
  const seen = new Set<string>();
  parsed.data.screens.forEach((screen, index) => {
    if (seen.has(screen.id)) problems.push(at(nodeAt(document.contents, ['screens', index, 'id'])?.range?.[0], `screens[${index}].id "${screen.id}" is used by an earlier screen`));
    seen.add(screen.id);
    screen.codes.forEach((code, position) => {
      if (!knownCodes.has(code)) problems.push(at(nodeAt(document.contents, ['screens', index, 'codes', position])?.range?.[0], `screens[${index}].codes[${position}] ${code} is not in content/catalog.tsv`));
    });
  });
  return { screens: problems.length > 0 ? [] : parsed.data.screens, problems };
}

/** The problems as the validator prints them: `content/screens.yaml:7:3: …`, one a line. */
export function formatScreenProblems(problems: readonly ScreenProblem[], file = SCREENS_FILE): string {
  return problems.map((problem) => `${file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n');
}

/** The words a person reads on a screen, headline first. */
export function screenLines(screen: Screen): string[] {
  return [screen.headline, screen.sentence].filter((line): line is string => line !== undefined);
}

/** For each code, the screens that lead to it, in the file's order. */
export function screensByCode(screens: readonly Screen[]): Map<number, Screen[]> {
  const byCode = new Map<number, Screen[]>();
  for (const screen of screens) for (const code of screen.codes) byCode.set(code, [...(byCode.get(code) ?? []), screen]);
  return byCode;
}
