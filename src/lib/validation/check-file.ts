/** Checks one content file on its own: name, encoding, front matter, schema and MDX safety. */
import { z } from 'astro/zod';
import { codeSchema } from '../../schemas/code.ts';
import { causeSchema } from '../../schemas/cause.ts';
import { BIDI_CONTROLS } from '../site/control-characters.ts';
import { fixSchema } from '../../schemas/fix.ts';
import { plainReference, SLUG_PATTERN } from '../../schemas/reference.ts';
import { decodeContent } from './content-file.ts';
import { parseFrontMatter, type Position } from './front-matter.ts';
import { parseMdx, unsafeConstructs } from './mdx-safety.ts';
import { checkComponents, type CodeLinkUse, type MdastLike } from './components.ts';
import type { Problem } from './rules.ts';
import { fieldName, problemsFromIssues } from './schema-issues.ts';
import { titleFault } from '../catalog/listing.ts';

export type Kind = 'codes' | 'causes' | 'fixes';

export const SCHEMAS: Record<Kind, z.ZodType> = {
  codes: codeSchema(plainReference),
  causes: causeSchema(plainReference),
  fixes: fixSchema,
};

export interface CheckedFile {
  kind: Kind;
  /** The entry's ID: the file name without `.mdx`. */
  id: string;
  file: string;
  /** The validated front matter, or undefined when it could not be read or failed the schema. */
  data?: Record<string, unknown>;
  /** The front matter as written, when it could be read at all. */
  raw?: Record<string, unknown>;
  /** The MDX after the front matter. */
  body?: string;
  locate: (path: readonly PropertyKey[]) => Position;
  /** Every `<CodeLink>` in the body; the catalogue check needs the whole content to resolve them. */
  codeLinks: CodeLinkUse[];
  problems: Problem[];
}

const TOP: Position = { line: 1, column: 1 };
const PLACEHOLDER = /\bTODO\b/;
// The start of an element, a closing tag, a comment or a processing instruction.
const HTML_TAG = /<[a-z!/?]/i;
// Bidirectional embeddings, overrides and isolates: they reorder how the rest of a line is shown ("Trojan Source").
const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROLS}]`);

/** Every text value in the front matter, with its path. */
function textFields(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  // A date has no entries, so it needs no case of its own.
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  return [];
}

/** The names a contributor may use for a file of this kind. */
export function fileNameProblem(kind: Kind, name: string): string | undefined {
  if (name.startsWith('_')) return 'file names starting with "_" are skipped by the site: rename the file';
  if (!name.endsWith('.mdx')) return 'only .mdx files are read: rename the file to end in .mdx';
  const id = name.slice(0, -'.mdx'.length);
  if (kind === 'codes') return /^[1-9][0-9]*$/.test(id) ? undefined : 'a code page is named after its code, digits only (e.g. 50126.mdx)';
  return SLUG_PATTERN.test(id) ? undefined : 'name the file as a slug: lower-case words joined by hyphens (e.g. device-clock-drift.mdx)';
}

function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    current = shape?.[String(segment)];
    while (current && typeof (current as { unwrap?: unknown }).unwrap === 'function' && !(current as { shape?: unknown }).shape) {
      current = (current as { unwrap: () => unknown }).unwrap();
    }
  }
  return Object.keys((current as { shape?: Record<string, unknown> })?.shape ?? {});
}

export interface CheckOptions {
  /** The codes in the catalogue; without it, `<CodeLink>`s are not checked against it. */
  knownCodes?: ReadonlySet<number>;
}

/** The record of a file that could not be read at all, with the one problem that says why. */
export function unreadableFile(kind: Kind, file: string, problem: Problem): CheckedFile {
  const name = file.split('/').pop() ?? file;
  return { kind, id: name.replace(/\.mdx$/, ''), file, locate: () => TOP, codeLinks: [], problems: [problem] };
}

export function checkFile(kind: Kind, file: string, bytes: Uint8Array, options: CheckOptions = {}): CheckedFile {
  const name = file.split('/').pop() ?? file;
  const id = name.replace(/\.mdx$/, '');
  const result: CheckedFile = { kind, id, file, locate: () => TOP, codeLinks: [], problems: [] };
  const report = (at: Position, rule: Problem['rule'], message: string, hint?: string) =>
    result.problems.push({ file, ...at, rule, message, ...(hint ? { hint } : {}) });

  const badName = fileNameProblem(kind, name);
  if (badName) report(TOP, 'KB018', badName);

  const text = decodeContent(file, bytes);
  if (!text.ok) {
    result.problems.push(text.problem);
    return result;
  }
  const { source } = text;
  if (source.trim() === '') {
    report(TOP, 'KB010', 'the file is empty', kind === 'codes' ? `run \`npm run new -- ${id}\` to start from a template` : 'delete it, or fill it in');
    return result;
  }

  const frontMatter = parseFrontMatter(source);
  if (!frontMatter.ok) {
    report(frontMatter.error, frontMatter.error.rule, frontMatter.error.message, frontMatter.error.hint);
  } else {
    result.locate = frontMatter.locate;
    result.raw = frontMatter.data as Record<string, unknown>;
    result.body = frontMatter.body;
    const schema = SCHEMAS[kind];
    const parsed = schema.safeParse(frontMatter.data, { reportInput: true });
    if (parsed.success) {
      result.data = parsed.data as Record<string, unknown>;
    } else {
      for (const problem of problemsFromIssues(parsed.error.issues, (path) => fieldsAt(schema, path))) {
        report(frontMatter.locate(problem.path), problem.rule, problem.message, problem.hint);
      }
    }
    // Fields reach the page as text; a tag in one is either a mistake or an attempt to get HTML onto it.
    for (const { path, text } of textFields(result.raw)) {
      const tag = HTML_TAG.exec(text);
      if (!tag) continue;
      const excerpt = text.slice(tag.index, tag.index + 40).split(/[>\n]/)[0];
      report(frontMatter.locate(path), 'KB036', `"${fieldName(path)}" contains HTML (${excerpt}…)`, 'write plain text, and name a placeholder in words rather than in angle brackets');
    }
    const title = result.raw?.title;
    const fault = typeof title === 'string' ? titleFault(title) : undefined;
    if (fault) {
      report(frontMatter.locate(['title']), 'KB048', `"title" ${fault}`, 'say in words what a placeholder stands for ("a version", "the tenant ID"), and write a shorter title rather than cut one off');
    }
    for (const { path, text } of textFields(result.raw)) {
      const control = BIDI_CONTROL.exec(text);
      if (!control) continue;
      const code = control[0].charCodeAt(0).toString(16).toUpperCase();
      report(frontMatter.locate(path), 'KB038', `"${fieldName(path)}" contains the bidirectional control character U+${code}, which shows the text after it in another order than it is read`, 'delete it: the site sets the direction of its text itself');
    }
    const code = result.raw?.code;
    if (kind === 'codes' && typeof code === 'number' && String(code) !== id) {
      report(frontMatter.locate(['code']), 'KB004', `code ${code} does not match the file name ${name}`, `rename the file to ${code}.mdx, or correct the code`);
    }
  }

  const mdx = parseMdx(source);
  const components = mdx.ok ? checkComponents(mdx.tree as unknown as MdastLike) : { problems: [], codeLinks: [] };
  result.codeLinks = components.codeLinks;
  for (const link of options.knownCodes ? components.codeLinks : []) {
    if (options.knownCodes?.has(link.code)) continue;
    // No "did you mean": a code one digit away is another code, not a likely typo.
    report(link, 'KB044', `<CodeLink> points at ${link.code}, which is not in content/catalog.tsv`, 'check the number against Microsoft\'s reference, or add the code to the catalogue');
  }
  for (const problem of mdx.ok ? [...unsafeConstructs(mdx.tree), ...components.problems] : [mdx.problem]) {
    report(problem, problem.rule, problem.message, problem.hint);
  }

  const placeholderLines = new Set<number>();
  source.split('\n').forEach((line, index) => {
    const match = PLACEHOLDER.exec(line);
    if (!match) return;
    placeholderLines.add(index + 1);
    report({ line: index + 1, column: match.index + 1 }, 'KB017', 'a TODO placeholder is still here', 'replace it with real content');
  });
  // A placeholder also breaks the field's type; one message per placeholder is enough.
  result.problems = result.problems.filter((problem) => !['KB002', 'KB008'].includes(problem.rule) || !placeholderLines.has(problem.line));
  return result;
}
