/**
 * The real phrasings of sign-in errors kept in tests/fixtures/phrasings/phrasings.tsv: how a line is read, and the rule
 * that puts a thread's phrasings in the held-out test set (see tests/fixtures/phrasings/README.md).
 */
import { createHash } from 'node:crypto';

export const PHRASINGS_FILE = 'tests/fixtures/phrasings/phrasings.tsv';
export const PHRASING_COLUMNS = ['code', 'phrasing', 'source_url', 'split', 'kind'] as const;
export const SPLITS = ['train', 'test'] as const;
export type Split = (typeof SPLITS)[number];
/**
 * Whether the sentence, read alone, says anything that sets one sign-in failure apart from another (`describes`: what
 * the person did, saw or changed, the flow or the condition) or only that something failed (`vague`). Labelled from
 * the sentence alone, without its code or any search result (tests/fixtures/phrasings/README.md).
 */
export const KINDS = ['describes', 'vague'] as const;
export type Kind = (typeof KINDS)[number];

export interface Phrasing {
  code: string;
  phrasing: string;
  sourceUrl: string;
  split: Split;
  kind: Kind;
  /** 1-based line in the file, for messages. */
  line: number;
}

/**
 * The split of every phrasing from one thread: `test` when the first four bytes of the SHA-256 of the source URL, read
 * as an unsigned big-endian integer, are divisible by 3. Hashing the URL (not the line) keeps a thread's phrasings
 * together, so no thread is half tuned and half held out; the rule needs no state, so adding lines moves none.
 */
export function splitFor(sourceUrl: string): Split {
  return createHash('sha256').update(sourceUrl).digest().readUInt32BE(0) % 3 === 0 ? 'test' : 'train';
}

/**
 * Reads a tab-separated file after its header, line by line: `read` takes each line's fields and 1-based line number
 * and returns what is wrong with them, if anything. Gives every problem, a wrong header or number of fields among them,
 * in line order, each as `file:line: message`.
 */
function readTsv(text: string, columns: readonly string[], file: string, read: (fields: string[], line: number) => string | undefined): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== columns.join('\t')) problems.push(`${file}:1: the header must be "${columns.join('\\t')}"`);
  lines.slice(1).forEach((content, index) => {
    const line = index + 2;
    const fields = content.split('\t');
    const problem = fields.length === columns.length ? read(fields, line) : `expected ${columns.length} tab-separated fields, found ${fields.length}`;
    if (problem) problems.push(`${file}:${line}: ${problem}`);
  });
  return problems;
}

/** The rows of the file, or the problems that stop it being read, each as `file:line: message`. */
export function parsePhrasings(text: string, file = PHRASINGS_FILE): { rows: Phrasing[]; problems: string[] } {
  const rows: Phrasing[] = [];
  const problems = readTsv(text, PHRASING_COLUMNS, file, ([code = '', phrasing = '', sourceUrl = '', split = '', kind = ''], line) => {
    if (!(SPLITS as readonly string[]).includes(split)) return `split must be train or test, not "${split}"`;
    if (!(KINDS as readonly string[]).includes(kind)) return `kind must be describes or vague, not "${kind}"`;
    rows.push({ code, phrasing, sourceUrl, split: split as Split, kind: kind as Kind, line });
    return undefined;
  });
  return { rows, problems };
}

export const GUESSES_FILE = 'tests/fixtures/phrasings/expert-guesses.tsv';
export const GUESS_COLUMNS = ['phrasing', 'guess1', 'guess2', 'guess3', 'confidence'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;

/**
 * A reader's three guesses per phrasing, best first: what a support engineer names from the sentence alone, to set
 * search's score beside (tests/fixtures/phrasings/README.md, "A reader's guesses"). Keyed by the phrasing's text.
 */
export function parseGuesses(text: string, file = GUESSES_FILE): { guesses: Map<string, number[]>; problems: string[] } {
  const guesses = new Map<string, number[]>();
  const problems = readTsv(text, GUESS_COLUMNS, file, ([phrasing = '', ...rest]) => {
    const codes = rest.slice(0, 3);
    const confidence = rest[3] ?? '';
    const notCodes = codes.filter((code) => !/^\d{5,7}$/.test(code));
    if (notCodes.length > 0) return `a guess must be a code of five to seven digits, not "${notCodes[0]}"`;
    if (!(CONFIDENCES as readonly string[]).includes(confidence)) return `confidence must be high, medium or low, not "${confidence}"`;
    if (guesses.has(phrasing)) return 'the phrasing is guessed twice';
    guesses.set(phrasing, codes.map(Number));
    return undefined;
  });
  return { guesses, problems };
}

/** The rows of one split (and, if given, one kind) as queries with the code each should find. */
export function queriesOf(rows: readonly Phrasing[], split: Split, kind?: Kind): [string, number][] {
  return rows.filter((row) => row.split === split && (kind === undefined || row.kind === kind)).map((row) => [row.phrasing, Number(row.code)]);
}

/**
 * What a phrasing must not carry: the code itself (the point is to find it), a number long enough to be one, or
 * anything that identifies a person or tenant.
 */
export function leakIn(phrasing: string): string | undefined {
  if (/AADSTS/i.test(phrasing)) return 'an AADSTS code';
  if (/(?<![\d.])\d{5,}(?![\d.])/.test(phrasing)) return 'a number that could be a code';
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(phrasing)) return 'a GUID';
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(phrasing)) return 'an email address';
  return undefined;
}
