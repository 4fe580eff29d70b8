/**
 * Cause and fix pages that were removed, from content/retired.tsv: their addresses stay, each saying when and why the
 * page went and which code pages now cover what it said, so that a link kept in a ticket still leads somewhere.
 */
export const RETIRED_FILE = 'content/retired.tsv';
const COLUMNS = ['page', 'retired', 'see', 'why'] as const;
const KINDS = ['causes', 'fixes'] as const;
/** `causes/<slug>` or `fixes/<slug>`, the slug in kebab case as content file names are. */
const PAGE = new RegExp(`^(${KINDS.join('|')})/[a-z0-9]+(-[a-z0-9]+)*$`);

export interface RetiredPage {
  kind: (typeof KINDS)[number];
  slug: string;
  /** YYYY-MM-DD. */
  retired: string;
  /** The codes whose pages now hold what the page said. */
  see: number[];
  why: string;
  line: number;
}

export interface RetiredProblem {
  line: number;
  message: string;
}

/** Reads the file: a header, then one line per removed page (`causes/<slug>` or `fixes/<slug>`, date, codes, reason). */
export function parseRetired(text: string): { pages: RetiredPage[]; problems: RetiredProblem[] } {
  const pages: RetiredPage[] = [];
  const problems: RetiredProblem[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== COLUMNS.join('\t')) problems.push({ line: 1, message: `the first line must be the header "${COLUMNS.join('\\t')}"` });
  const seen = new Map<string, number>();
  lines.slice(1).forEach((content, index) => {
    const line = index + 2;
    if (content === '') return;
    const [page = '', retired = '', see = '', why = '', ...rest] = content.split('\t');
    const fault =
      rest.length > 0 || why === '' ? `expected ${COLUMNS.length} tab-separated fields, the last the reason` :
      !PAGE.test(page) ? `"${page}" is not causes/<slug> or fixes/<slug>` :
      !/^\d{4}-\d{2}-\d{2}$/.test(retired) ? `"${retired}" is not a date (YYYY-MM-DD)` :
      !/^\d{5,7}( \d{5,7})*$/.test(see) ? `"${see}" is not a list of codes separated by spaces` :
      seen.has(page) ? `${page} is listed twice (first on line ${seen.get(page)})` :
      undefined;
    if (fault) {
      problems.push({ line, message: fault });
      return;
    }
    seen.set(page, line);
    const [kind, slug] = page.split('/') as [RetiredPage['kind'], string];
    pages.push({ kind, slug, retired, see: see.split(' ').map(Number), why, line });
  });
  return { pages, problems };
}
