/**
 * The catalogue of every code known to exist (`content/catalog.tsv`): Microsoft's facts about each code, and,
 * for codes without a written guide, how we classify it. Parsing reports every problem with its line and
 * column instead of throwing, so that the validator can list them all; formatting writes the file back.
 */
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, SIGNAL_SLUGS, type Audience, type Category, type Signal } from '../../schemas/vocabulary.ts';

export const CATALOG_FILE = 'content/catalog.tsv';

/** Where Microsoft publishes a code: its reference table, the sign-in log lists, the lookup page, or only community reports. */
export const DOCUMENTED_IN = ['reference-table', 'sign-in-log-list', 'lookup-2022', 'log-list-2025', 'community'] as const;
export type DocumentedIn = (typeof DOCUMENTED_IN)[number];

/** How sure the classification of a code without a guide is: `guess` where Microsoft's words leave it open. */
export const CONFIDENCE = ['sure', 'guess'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/**
 * A code as the catalogue writes it: 4 to 8 digits, no leading zero (1000 to 99999999). Microsoft's codes run
 * from 16000 to 9004351 today; the range leaves room for longer ones, and every code in it is a safe integer,
 * so that no code is ever read as another number or written in exponent form.
 */
export const CODE_DIGITS = /^[1-9][0-9]{3,7}$/;
export const CODE_RANGE = 'a code of 4 to 8 digits (1000 to 99999999)';

export const CATALOG_COLUMNS = ['code', 'name', 'documented_in', 'added', 'category', 'audiences', 'signal', 'confidence', 'message', 'log_message'] as const;
const HEADER = CATALOG_COLUMNS.join('\t');

export interface Classification {
  /** Left out of a guess whose message names no area ("Internal use.", "Access denied.") or one that no category covers (1002027: "collected attributes"): no category is better than a wrong one. */
  category: Category | undefined;
  audiences: Audience[];
  signal: Signal;
  confidence: Confidence;
}

export interface CatalogRow {
  code: number;
  /** Microsoft's symbolic name; empty where none is published. */
  name: string;
  documentedIn: DocumentedIn[];
  /** When the code entered the catalogue (YYYY-MM-DD). */
  added: string;
  /** Our reading of a code without a written guide; a guide's own front matter takes its place. */
  classification?: Classification;
  /** Microsoft's message as its lookup page shows it, placeholders such as `{appId}` kept. */
  message: string;
  /** The sign-in log wording, where it differs from `message`; it is the newer of the two. */
  logMessage: string;
  /** The file line the row came from. */
  line: number;
}

export interface CatalogProblem {
  /** KB040 format, KB041 duplicate, KB042 vocabulary: see src/lib/validation/rules.ts. */
  rule: 'KB040' | 'KB041' | 'KB042';
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** A real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  // Unanchored: the round trip below refuses anything before or after the date, and any impossible day.
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The column (1-based) where field `index` of a tab-separated line starts. */
function columnOf(line: string, index: number): number {
  return line.split('\t').slice(0, index).reduce((column, field) => column + field.length + 1, 1);
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** Reads the catalogue; a row with a problem is left out of `rows`, and the problem says where it is. */
export function parseCatalog(text: string): { rows: CatalogRow[]; problems: CatalogProblem[] } {
  // Stryker disable next-line StringLiteral: split always returns at least one part, so the default is never used.
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (header !== HEADER) {
    return { rows: [], problems: [{ rule: 'KB040', line: 1, column: 1, message: 'the header is not the catalogue header', hint: `the first line must be: ${CATALOG_COLUMNS.join('<TAB>')}` }] };
  }
  const rows: CatalogRow[] = [];
  const problems: CatalogProblem[] = [];
  const seen = new Map<number, number>();
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 2;
    const fields = text.split('\t');
    const at = (column: (typeof CATALOG_COLUMNS)[number]) => columnOf(text, CATALOG_COLUMNS.indexOf(column));
    const report = (column: (typeof CATALOG_COLUMNS)[number], message: string, hint?: string, rule: CatalogProblem['rule'] = 'KB040') =>
      problems.push({ rule, line, column: at(column), message, ...(hint ? { hint } : {}) });
    const before = problems.length;
    if (fields.length !== CATALOG_COLUMNS.length) {
      problems.push({ rule: 'KB040', line, column: 1, message: `the line has ${fields.length} fields, not ${CATALOG_COLUMNS.length}`, hint: 'separate the columns with one tab each; leave a field empty rather than dropping it' });
      return;
    }
    const [code, name, documented, added, category, audiences, signal, confidence, message, logMessage] = fields as [string, ...string[]];
    if (!CODE_DIGITS.test(code)) report('code', `"${code}" is not a code`, `write the digits only, without AADSTS: ${CODE_RANGE}`);
    else if (seen.has(Number(code))) report('code', `code ${code} is listed twice (first on line ${seen.get(Number(code))})`, 'keep one line per code', 'KB041');
    else seen.set(Number(code), line);
    if (name !== '' && !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) report('name', `"${name}" is not a symbolic name`, 'Microsoft’s names are one word of letters, digits and underscores');
    const places = documented.split(',').filter(Boolean);
    const unknownPlace = places.find((place) => !oneOf(place, DOCUMENTED_IN));
    if (places.length === 0) report('documented_in', 'the code says nowhere where it is documented', `list one or more of ${DOCUMENTED_IN.join(', ')}`);
    else if (unknownPlace) report('documented_in', `"${unknownPlace}" is not a place codes are documented`, `use ${DOCUMENTED_IN.join(', ')}`);
    if (!isCalendarDate(added)) report('added', `"${added}" is not a date`, 'write the day the code was added as YYYY-MM-DD');

    const classified = [category, audiences, signal, confidence].some((field) => field !== '');
    const audienceList = audiences.split(',').filter(Boolean);
    if (classified) {
      const unknownAudience = audienceList.find((audience) => !oneOf(audience, AUDIENCE_SLUGS));
      if (category === '' && confidence !== 'guess') report('category', 'a classification marked sure names its category', `use one of ${CATEGORY_SLUGS.join(', ')}, or mark the classification guess`, 'KB042');
      else if (category !== '' && !oneOf(category, CATEGORY_SLUGS)) report('category', `"${category}" is not a category`, `use one of ${CATEGORY_SLUGS.join(', ')}, or leave it empty for a guess whose message fits none of them`, 'KB042');
      if (audienceList.length === 0 || unknownAudience !== undefined) report('audiences', `"${unknownAudience ?? audiences}" is not a list of audiences`, `list, most likely first, from ${AUDIENCE_SLUGS.join(', ')}`, 'KB042');
      if (!oneOf(signal, SIGNAL_SLUGS)) report('signal', `"${signal}" is not a signal`, `use one of ${SIGNAL_SLUGS.join(', ')}`, 'KB042');
      if (!oneOf(confidence, CONFIDENCE)) report('confidence', `"${confidence}" is not a confidence`, 'write sure, or guess where Microsoft’s words leave it open', 'KB042');
    }
    if (problems.length > before) return;
    const classification: Classification = { category: category === '' ? undefined : (category as Category), audiences: audienceList as Audience[], signal: signal as Signal, confidence: confidence as Confidence };
    rows.push({ code: Number(code), name, documentedIn: places as DocumentedIn[], added, ...(classified ? { classification } : {}), message, logMessage, line });
  });
  return { rows, problems };
}

/** Writes rows back as the catalogue file, in numeric order. Tabs and line breaks in a message become spaces. */
export function formatCatalog(rows: readonly Omit<CatalogRow, 'line'>[]): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();
  const lines = [...rows]
    .sort((a, b) => a.code - b.code)
    .map((row) => {
      const c = row.classification;
      return [row.code, row.name, row.documentedIn.join(','), row.added, c?.category ?? '', c?.audiences.join(',') ?? '', c?.signal ?? '', c?.confidence ?? '', clean(row.message), clean(row.logMessage)].join('\t');
    });
  return `${[HEADER, ...lines].join('\n')}\n`;
}

/** The message people see today: the sign-in log wording where there is one, as it is the newer. */
export function currentMessage(row: Pick<CatalogRow, 'message' | 'logMessage'>): string {
  return row.logMessage || row.message;
}
