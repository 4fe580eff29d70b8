/** Splits a content file into YAML front matter and body, and finds the file position of any field. */
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type ScalarTag, type Tags } from 'yaml';
import { MAX_NESTING, tooDeep } from './nesting.ts';
import type { RuleId } from './rules.ts';

export interface Position {
  line: number;
  column: number;
}

export type FieldPath = readonly PropertyKey[];

export type FrontMatter =
  | { ok: true; data: unknown; body: string; locate: (path: FieldPath) => Position }
  | { ok: false; error: Position & { rule: RuleId; message: string; hint?: string } };

/**
 * The most YAML aliases (`*name`) one file may use. Real pages use none; each alias can repeat a whole
 * list, so a few dozen nested ones ("billion laughs") expand to more than any machine holds.
 */
export const MAX_YAML_ALIASES = 8;

const OPENING = /^---\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

export type SplitFile =
  | { ok: true; yaml: string; body: string; bodyInPlace: string }
  | { ok: false; error: Position & { rule: RuleId; message: string } };

/**
 * Where a content file's front matter ends: the one answer the validator, the loader and the renderer all
 * use, so that nothing the validator reads as front matter is published as the page's text, or the reverse.
 * `bodyInPlace` is the body after as many empty lines as the front matter took, for a parser whose
 * positions must be the file's own.
 */
export function splitFrontMatter(source: string): SplitFile {
  const opening = OPENING.exec(source);
  if (!opening) {
    return { ok: false, error: { line: 1, column: 1, rule: 'KB001', message: 'the file must start with a line of three dashes (---) that opens the front matter' } };
  }
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { ok: false, error: { line: 1, column: 1, rule: 'KB001', message: 'the front matter is never closed: add a line of three dashes (---) after the last field' } };
  }
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const body = source.slice(bodyStart);
  const lines = source.slice(0, bodyStart).split('\n').length - 1;
  return { ok: true, yaml: rest.slice(0, closing.index), body, bodyInPlace: '\n'.repeat(lines) + body };
}

/** Parses the front matter the way Astro reads it (YAML 1.1, so dates become Date objects). */
export function parseFrontMatter(source: string): FrontMatter {
  const split = splitFrontMatter(source);
  if (!split.ok) return split;
  const { yaml: yamlText, body } = split;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, version: '1.1', uniqueKeys: true, prettyErrors: false, customTags: strictDates });
  // The YAML starts on the file's second line.
  const toFile = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const [firstError] = doc.errors;
  // The YAML parser reads nesting by recursion; past a few hundred levels it runs out of stack and says so.
  if (firstError?.message.includes('Maximum call stack size exceeded')) {
    return { ok: false, error: { ...toFile(firstError.pos[0]), ...NESTED_TOO_DEEP } };
  }
  if (firstError) {
    return { ok: false, error: { ...toFile(firstError.pos[0]), rule: 'KB001', message: `the front matter is not valid YAML: ${describeYamlError(firstError.message)}` } };
  }
  // Before anything walks the values by recursion: converting them, the schema, the search for HTML.
  const deep = tooDeep<unknown>(doc.contents, yamlChildren);
  if (deep) return { ok: false, error: { ...toFile((deep.node as { range?: number[] }).range?.[0] ?? 0), ...NESTED_TOO_DEEP } };
  const unsafe = unsafeYaml(doc, yamlText);
  if (unsafe) return { ok: false, error: { ...toFile(unsafe.offset), rule: unsafe.rule, message: unsafe.message, hint: unsafe.hint } };
  if (!isMap(doc.contents)) {
    return { ok: false, error: { line: 2, column: 1, rule: 'KB001', message: 'the front matter must be a list of `field: value` lines' } };
  }
  const locate = (path: FieldPath): Position => {
    const offset = offsetOf(doc, path);
    // A field that is missing altogether is reported at the opening line.
    return offset === undefined ? { line: 1, column: 1 } : toFile(offset);
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // The yaml package refuses aliases that expand to far more than they hold, even below our count.
    return { ok: false, error: { line: 2, column: 1, rule: 'KB034', message: 'the YAML aliases in the front matter expand to too much data', hint: 'write each value out in full' } };
  }
  return { ok: true, data, body, locate };
}

const NESTED_TOO_DEEP = {
  rule: 'KB037',
  message: `the front matter nests more than ${MAX_NESTING} levels deep`,
  hint: 'a field needs a few levels at most: flatten the lists and maps',
} as const;

/** The values inside a YAML list or map (a map's pairs count as one level with their values). */
function yamlChildren(node: unknown): unknown[] {
  if (isSeq(node)) return node.items;
  if (isMap(node)) return node.items.map((pair) => pair.value).filter((value) => value !== null);
  return [];
}

interface UnsafeYaml {
  offset: number;
  rule: RuleId;
  message: string;
  hint: string;
}

/**
 * The first YAML feature that content has no use for and that could turn a file into something else: an
 * explicit tag (`!!js/function`, `!custom`), which other YAML readers act on, or more aliases than
 * {@link MAX_YAML_ALIASES}. Checked on the syntax tree, before any alias is expanded.
 */
function unsafeYaml(doc: Document, yamlText: string): UnsafeYaml | undefined {
  let found: UnsafeYaml | undefined;
  let aliases = 0;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      aliases += 1;
      if (aliases <= MAX_YAML_ALIASES) return undefined;
      found = { offset: node.range?.[0] ?? 0, rule: 'KB034', message: `the front matter uses more than ${MAX_YAML_ALIASES} YAML aliases (*${node.source})`, hint: 'write each value out in full' };
      return visit.BREAK;
    }
    if (isNode(node) && node.tag) {
      found = { offset: tagOffset(yamlText, node.range?.[0] ?? 0), rule: 'KB035', message: `the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed in front matter`, hint: 'remove the tag and write the value as plain text' };
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Where the tag written before the value at `valueOffset` starts. */
function tagOffset(yamlText: string, valueOffset: number): number {
  let offset = yamlText.lastIndexOf('!', valueOffset);
  while (offset > 0 && !/\s/.test(yamlText[offset - 1])) offset -= 1;
  return Math.max(offset, 0);
}

/** The calendar day that `YYYY-MM-DD` names, or undefined for a day that does not exist (2026-02-30). */
export function calendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over. A month out of range always moves the year (month 13 is January
  // of the next year, month 0 December of the last), and a day out of range moves the day: checking those two tells every case.
  return date.getUTCFullYear() === year && date.getUTCDate() === day ? date : undefined;
}

/**
 * YAML 1.1 rolls an impossible date over (`2026-13-01` becomes 2027-01-01): keep such a value as the
 * text written, so that the schema refuses it instead of the page showing another day.
 */
function strictDates(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:timestamp') return tag;
    const timestamp = tag as ScalarTag;
    return {
      ...timestamp,
      resolve: (text: string, onError: (message: string) => void, options: never) => {
        const day = /^\d{4}-\d{1,2}-\d{1,2}$/.test(text.trim()) ? calendarDate(text.trim()) : timestamp.resolve(text, onError, options);
        return day ?? text;
      },
    } as ScalarTag;
  });
}

function describeYamlError(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The offset of the deepest node on `path` that exists: a field's key, or a list item. */
function offsetOf(doc: Document, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      const range = (item as { range?: [number, number, number] } | undefined)?.range;
      if (!range) break;
      offset = range[0];
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
