/**
 * What the scheduled catalogue sync proposes: the sync of `npm run sync` run on Microsoft's newest reference
 * table, as the new catalogue, the lines it changes and the body of the pull request. Pure: it never writes.
 */
import { CATALOG_FILE, formatCatalog, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { formatSyncReport, parseReferenceTable, syncCatalog } from './sync-catalog.ts';

export interface CatalogUpdate {
  /** Whether the catalogue would change; without a change, no pull request is opened. */
  changed: boolean;
  /** The whole new `content/catalog.tsv`. */
  catalog: string;
  /** Sync's report, word for word as `npm run sync` prints it. */
  report: string;
  /** The catalogue's lines the update removes (`-`) and adds (`+`), in file order. */
  diff: string[];
  /** The pull request's description. */
  body: string;
}

export interface UpdateOptions {
  /** Today, for codes added now (YYYY-MM-DD). */
  today: string;
  /** Codes with a written guide: never dropped. */
  guides: ReadonlySet<number>;
  /** Where the table came from, as the report names it. */
  sourceLabel: string;
}

/**
 * Fewer codes than this share of the catalogue's reference-table codes means a truncated or moved page, not
 * Microsoft dropping them: a scheduled job must never propose to delete half the catalogue.
 */
export const MIN_SHARE_READ = 0.5;

/** The lines of `after` not in `before` and of `before` not in `after`; the catalogue's lines are unique (one per code). */
export function changedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  const next = new Set(after.split('\n'));
  const removed = [...old].filter((line) => line !== '' && !next.has(line)).map((line) => `-${line}`);
  const added = [...next].filter((line) => line !== '' && !old.has(line)).map((line) => `+${line}`);
  // In file order, by code, a removed line before its replacement.
  const code = (line: string) => Number(line.slice(1).split('\t')[0]);
  return [...removed, ...added].sort((a, b) => code(a) - code(b) || (a[0] === '-' ? -1 : 1) - (b[0] === '-' ? -1 : 1));
}

export function proposeCatalogUpdate(catalogText: string, referenceMarkdown: string, { today, guides, sourceLabel }: UpdateOptions): CatalogUpdate {
  const current = parseCatalog(catalogText);
  const [problem] = current.problems;
  if (problem) throw new Error(`${CATALOG_FILE}:${problem.line}:${problem.column}: ${problem.rule} ${problem.message}; fix it before syncing`);
  const incoming = parseReferenceTable(referenceMarkdown);
  const listed = current.rows.filter((row) => row.documentedIn.includes('reference-table')).length;
  if (incoming.length < listed * MIN_SHARE_READ) {
    throw new Error(`${sourceLabel}: ${incoming.length} codes read, fewer than half of the ${listed} the catalogue has from the reference table; is it the whole page?`);
  }
  const { rows, report } = syncCatalog(current.rows, incoming, { source: 'reference-table', today, guides });
  const catalog = formatCatalog(rows);
  const text = formatSyncReport(report, sourceLabel);
  const diff = changedLines(catalogText, catalog);
  const body = `Microsoft's reference table of error codes changed since the catalogue was last synced. This pull request brings \`${CATALOG_FILE}\` up to date; sync's report:

\`\`\`text
${text}
\`\`\`

Before merging: give each added code a category, audiences, signal and confidence (\`npm run validate\` lists them), and review every guide the report names.
`;
  return { changed: diff.length > 0, catalog, report: text, diff, body };
}
