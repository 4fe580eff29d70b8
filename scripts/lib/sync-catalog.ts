/**
 * Brings the catalogue up to date with a newer copy of Microsoft's list: the Markdown source of the reference
 * table, or a TSV of code and message. Pure: it returns the new rows and what changed, and never writes.
 */
import { CODE_DIGITS, CODE_RANGE, type CatalogRow, type DocumentedIn } from '../../src/lib/catalog/catalog-file.ts';
import { visible } from '../../src/lib/validation/terminal-text.ts';

export interface IncomingCode {
  code: number;
  /** Microsoft's symbolic name, where the source gives one. */
  name: string;
  message: string;
}

export type Row = Omit<CatalogRow, 'line'>;

export interface SyncReport {
  read: number;
  added: IncomingCode[];
  /** Codes the source no longer lists; `kept` says why each stays in the catalogue. */
  delisted: { code: number; kept: 'other-sources' | 'guide' | false }[];
  renamed: { code: number; from: string; to: string }[];
  messageChanged: { code: number; from: string; to: string }[];
}

/** Markdown links and inline HTML as plain text, as the message reads on a page. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?(?:br|ul|li)\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// Matched against plainText's output, whose spaces are single and trimmed.
const NAMED = /^([A-Z][A-Za-z0-9_]+)(?: - (.*))?$/;

/** The code a list gives, or an error naming the line: a number outside the catalogue's range would be stored as another code, or in exponent form. */
function catalogueCode(digits: string, file: string, line: number): number {
  if (!CODE_DIGITS.test(digits)) throw new Error(`${visible(file)}:${line}: "${visible(digits)}" is not ${CODE_RANGE}; nothing was changed`);
  return Number(digits);
}

/** The `| AADSTS50058 | UserInformationNotProvided - Session information… |` rows of Microsoft's reference page. Throws with the line number on a code out of range. */
export function parseReferenceTable(markdown: string, file = 'the table'): IncomingCode[] {
  const codes: IncomingCode[] = [];
  for (const [index, line] of markdown.split(/\r?\n/).entries()) {
    const cells = /^\|\s*AADSTS(\d+)\s*\|(.*?)\|?\s*$/.exec(line);
    if (!cells) continue;
    const code = catalogueCode(cells[1], file, index + 1);
    const description = plainText(cells[2]);
    // A description that is one CamelCase word, or starts "Name - …", carries the symbolic name.
    const named = NAMED.exec(description);
    codes.push(named ? { code, name: named[1], message: named[2] ?? '' } : { code, name: '', message: description });
  }
  return codes;
}

/** A TSV of `code<TAB>message` (a header line and an AADSTS prefix are allowed). Throws with the line number on a bad line. */
export function parseMessageList(text: string, file = 'the list'): IncomingCode[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    if (line.trim() === '' || (index === 0 && /^code\t/i.test(line))) return [];
    // Stryker disable next-line StringLiteral: split always returns at least one part, so the default is never used.
    const [code = '', ...rest] = line.split('\t');
    const digits = /^(?:AADSTS)?([0-9]+)$/i.exec(code.trim());
    if (!digits) throw new Error(`${visible(file)}:${index + 1}: "${visible(code)}" is not a code`);
    return [{ code: catalogueCode(digits[1], file, index + 1), name: '', message: rest.join(' ').trim() }];
  });
}

export interface SyncOptions {
  /** Which of Microsoft's lists the incoming codes come from. */
  source: DocumentedIn;
  /** Today, for codes added now (YYYY-MM-DD). */
  today: string;
  /** Codes with a written guide: never dropped. */
  guides: ReadonlySet<number>;
}

/** The message column a source speaks for: the sign-in log lists have their own, newer wording. */
const messageField = (source: DocumentedIn): 'message' | 'logMessage' => (source === 'log-list-2025' || source === 'sign-in-log-list' ? 'logMessage' : 'message');

export function syncCatalog(current: readonly Row[], incoming: readonly IncomingCode[], { source, today, guides }: SyncOptions): { rows: Row[]; report: SyncReport } {
  const report: SyncReport = { read: incoming.length, added: [], delisted: [], renamed: [], messageChanged: [] };
  const byCode = new Map(incoming.map((entry) => [entry.code, entry]));
  // The reference table's descriptions explain a code rather than quote its message: they never replace one.
  const field = source === 'reference-table' ? undefined : messageField(source);
  const rows: Row[] = [];
  for (const row of current) {
    const entry = byCode.get(row.code);
    if (!entry) {
      if (!row.documentedIn.includes(source)) {
        rows.push(row);
        continue;
      }
      const documentedIn = row.documentedIn.filter((place) => place !== source);
      const kept = documentedIn.length > 0 ? 'other-sources' : guides.has(row.code) ? 'guide' : false;
      report.delisted.push({ code: row.code, kept });
      // A guide's code stays listed where it was documented, so that the page and its history survive.
      if (kept === 'other-sources') rows.push({ ...row, documentedIn });
      else if (kept === 'guide') rows.push(row);
      continue;
    }
    const next: Row = { ...row, documentedIn: row.documentedIn.includes(source) ? row.documentedIn : [...row.documentedIn, source] };
    if (entry.name && entry.name !== row.name) {
      report.renamed.push({ code: row.code, from: row.name, to: entry.name });
      next.name = entry.name;
    }
    if (field && entry.message && entry.message !== next[field]) {
      report.messageChanged.push({ code: row.code, from: next[field], to: entry.message });
      next[field] = entry.message;
    }
    rows.push(next);
  }
  const known = new Set(current.map((row) => row.code));
  for (const entry of incoming) {
    if (known.has(entry.code)) continue;
    known.add(entry.code);
    report.added.push(entry);
    rows.push({ code: entry.code, name: entry.name, documentedIn: [source], added: today, message: field === 'logMessage' ? '' : entry.message, logMessage: field === 'logMessage' ? entry.message : '' });
  }
  return { rows, report };
}

/** What a contributor reads after a sync: one line per code, with what the downloaded list says shown, never acted on by the terminal. */
export function formatSyncReport(report: SyncReport, sourceLabel: string): string {
  const lines = [`Read ${report.read} codes from ${visible(sourceLabel)}.`];
  const section = (title: string, items: string[]) => {
    lines.push(`${title}: ${items.length}`);
    for (const item of items) lines.push(`  ${visible(item)}`);
  };
  section('Added', report.added.map((entry) => `${entry.code}${entry.name ? ` ${entry.name}` : ''}: ${entry.message || '(no message)'}`));
  section(
    'No longer listed',
    report.delisted.map(({ code, kept }) => `${code}: ${kept === 'other-sources' ? 'kept, documented elsewhere' : kept === 'guide' ? 'kept, it has a written guide: review the guide' : 'removed'}`),
  );
  section('Renamed', report.renamed.map(({ code, from, to }) => `${code}: ${from || '(no name)'} → ${to}`));
  section('Messages changed', report.messageChanged.map(({ code, from, to }) => `${code}: "${from}" → "${to}"`));
  if (report.added.length > 0) lines.push('New codes need a category, audiences, signal and confidence in content/catalog.tsv: `npm run validate` lists them.');
  return lines.join('\n');
}
