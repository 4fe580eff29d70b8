/** Checks every allowed component in an MDX tree against its schema: props, content, admin paths; collects code links. */
import type { z } from 'astro/zod';
import { ADMIN_PATHS, resolveAdminPath } from '../../schemas/admin-paths.ts';
import { COMPONENTS, isComponentName, type ComponentName } from '../../schemas/components.ts';
import { EXPRESSION, propsOf, type JsxAttribute } from '../mdx/props.ts';
import { didYouMeanHint } from './did-you-mean.ts';
import type { BodyProblem } from './mdx-safety.ts';

export interface MdastLike {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: MdastLike[];
  name?: string | null;
  ordered?: boolean | null;
  attributes?: JsxAttribute[];
}

/** A `<CodeLink code={…} />`, kept for the check against the catalogue, which needs every file. */
export interface CodeLinkUse {
  code: number;
  line: number;
  column: number;
}

export interface ComponentReport {
  problems: BodyProblem[];
  codeLinks: CodeLinkUse[];
}

const normalise = (text: string) => text.split('>').map((part) => part.trim()).join(' > ');
// Stryker disable next-line ArrayDeclaration: an entry without earlier wordings adds none; only suggestions could tell.
const ALL_WORDINGS = ADMIN_PATHS.flatMap((entry) => [entry.path, ...(entry.formerly ?? [])]);

export function checkComponents(tree: MdastLike): ComponentReport {
  const report: ComponentReport = { problems: [], codeLinks: [] };
  const visit = (node: MdastLike) => {
    // Only JSX elements have a name.
    if (node.name && isComponentName(node.name)) checkComponent(node, node.name, report);
    // Paragraphs, headings, table cells: wherever bold text runs.
    report.problems.push(...handWrittenPaths(node));
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return report;
}

/** The Microsoft Entra admin center's top menus, today's and those it had before: a path from one of them is admin navigation. */
const TOP_MENUS = new Set(['Entra ID', 'ID Protection', 'Identity', 'Protection', 'Azure Active Directory']);

const textOf = (node: MdastLike): string => String((node as { value?: unknown }).value ?? '') + (node.children ?? []).map(textOf).join('');

/**
 * Bold menu names joined by ">" or "›" (`**Entra ID** > **Users**`) that are a known admin-center path or start
 * at the Entra admin center's top menu: navigation that belongs in `<Path>`, where a rename by Microsoft is one
 * edit. Navigation inside a page or on a device (**Certificates & secrets** > **Certificates**) is left alone.
 */
function handWrittenPaths(parent: MdastLike): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // Stryker disable next-line ArrayDeclaration: a node without children (text, code) holds no bold run, nor would a stand-in list.
  const children = parent.children ?? [];
  for (let start = 0; start < children.length; start += 1) {
    if (children[start].type !== 'strong') continue;
    const segments = [textOf(children[start])];
    let end = start;
    while (children[end + 1]?.type === 'text' && /^\s*[>›]\s*$/.test(textOf(children[end + 1])) && children[end + 2]?.type === 'strong') {
      segments.push(textOf(children[end + 2]));
      end += 2;
    }
    // Markdown keeps spaces out of the ends of bold text. One bold run holding a whole path counts too.
    const written = segments.join(' > ');
    const entry = resolveAdminPath(written);
    if (entry || (segments.length >= 2 && TOP_MENUS.has(segments[0]))) {
      problems.push({
        ...at(children[start]),
        rule: 'KB024',
        message: `the admin-center path "${written}" is written by hand`,
        hint: entry ? `write <Path to="${entry.path}" />` : 'write it as <Path to="…" /> with a path from src/schemas/admin-paths.ts, adding the one Microsoft documents there if it is missing',
      });
    }
    start = end;
  }
  return problems;
}

function at(node: MdastLike) {
  // Stryker disable next-line OptionalChaining: the parser gives every node a position; this only guards one that has none.
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function checkComponent(node: MdastLike, name: ComponentName, report: ComponentReport): void {
  const spec = COMPONENTS[name];
  const props = propsOf(node.attributes);
  // Expressions and event attributes are the safety check's (KB013, KB015); saying more here would repeat it.
  const written = Object.fromEntries(Object.entries(props).filter(([key, value]) => value !== EXPRESSION && !/^on/i.test(key)));
  const problem = (message: string, hint?: string, rule: BodyProblem['rule'] = 'KB023') =>
    report.problems.push({ ...at(node), rule, message, ...(hint ? { hint } : {}) });

  const parsed = spec.props.safeParse(written);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(...describePropIssue(name, issue, Object.keys(spec.props.shape), written));
  }

  // Stryker disable next-line ArrayDeclaration: JSX elements always have children (perhaps none); this only satisfies the type.
  const contentProblem = contentProblemOf(name, node.children ?? []);
  if (contentProblem) problem(contentProblem, spec.usage);

  if (!parsed.success) return;
  if (name === 'Path') {
    const to = (parsed.data as { to: string }).to;
    const entry = resolveAdminPath(to);
    if (!entry) {
      const suggestion = didYouMeanHint(to, ALL_WORDINGS);
      // The suggestion is one of ALL_WORDINGS, so it resolves.
      const current = suggestion && resolveAdminPath(suggestion.slice('did you mean "'.length, -2))!.path;
      problem(
        `the admin-center path "${to}" is not in the list of known paths`,
        current ? `did you mean "${current}"?` : 'use a path listed in src/schemas/admin-paths.ts, or add the one Microsoft documents there',
        'KB024',
      );
    } else if (entry.path !== normalise(to)) {
      problem(`"${to}" is an earlier wording: the admin center now says "${entry.path}"`, `write <Path to="${entry.path}" />`, 'KB025');
    }
  }
  if (name === 'CodeLink') report.codeLinks.push({ code: (parsed.data as { code: number }).code, ...at(node) });
}

function describePropIssue(name: ComponentName, issue: z.core.$ZodIssue, known: string[], written: Record<string, unknown>): [string, string?] {
  // Stryker disable next-line StringLiteral: no component takes more than one prop yet, so the separator never shows.
  const allowed = known.length === 0 ? `<${name}> takes no props` : `<${name}> takes: ${known.join(', ')}`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    const typo = issue.keys.length === 1 ? didYouMeanHint(issue.keys[0], known) : undefined;
    return [`<${name}> has no prop ${keys}`, typo ?? allowed];
  }
  // Stryker disable next-line StringLiteral: an issue about a prop always has its name as its path.
  const prop = String(issue.path[0] ?? '');
  // Zod does not say whether a prop of the wrong type was given at all, so look: `code="7000222"` is there, as text.
  if (!Object.hasOwn(written, prop)) {
    return [`<${name}> needs a "${prop}" prop`, COMPONENTS[name].usage];
  }
  return [`<${name}> "${prop}" ${issue.message}`];
}

/** What is wrong with what a component holds, if anything. */
function contentProblemOf(name: ComponentName, children: readonly MdastLike[]): string | undefined {
  // Stryker disable next-line StringLiteral: text nodes always have a value; this only satisfies the type.
  const meaningful = children.filter((child) => !(child.type === 'text' && String((child as { value?: unknown }).value ?? '').trim() === ''));
  switch (COMPONENTS[name].content) {
    case 'none':
      return meaningful.length > 0 ? `<${name}> holds no content: close it in the same tag` : undefined;
    case 'text':
      if (meaningful.length === 0) return `<${name}> is empty`;
      // Stryker disable next-line ArrayDeclaration: paragraphs always have children; this only satisfies the type.
      return meaningful.every((child) => child.type === 'text' || (child.type === 'paragraph' && (child.children ?? []).every((inner) => inner.type === 'text')))
        ? undefined
        : `<${name}> holds plain text only (the name of one key)`;
    case 'blocks':
      return meaningful.length === 0 ? `<${name}> is empty` : undefined;
    case 'ordered-list':
      // Only a list is `ordered`.
      return meaningful.length === 1 && meaningful[0].ordered
        ? undefined
        : `<${name}> must hold one numbered list (lines starting "1.", "2.", …) and nothing else`;
  }
}
