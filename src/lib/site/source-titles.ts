/** The titles of the pages content cites, from content/source-titles.tsv: one home for each, shown as the link's name. */

export const SOURCE_TITLES_FILE = 'content/source-titles.tsv';
const HEADER = 'url\ttitle';

export interface SourceTitleRow {
  url: string;
  /** The page's title as Microsoft gives it (its `title:`, or its name in the documentation's table of contents); the validator refuses a cited page whose title is empty. */
  title: string;
  line: number;
}

export interface SourceTitleProblem {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** Pages whose name the site makes itself, so they need no line: Microsoft's lookup page names its code. */
export function needsTitle(url: string): boolean {
  const parsed = new URL(url);
  return !(parsed.hostname === 'login.microsoftonline.com' && parsed.pathname === '/error');
}

/** Reads the file: a header, then one line per page, its URL and title separated by a tab. */
export function parseSourceTitles(text: string): { rows: SourceTitleRow[]; problems: SourceTitleProblem[] } {
  const rows: SourceTitleRow[] = [];
  const problems: SourceTitleProblem[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== HEADER) problems.push({ line: 1, column: 1, message: 'the first line is not the header', hint: `start the file with "url", a tab, then "title"` });
  const seen = new Map<string, number>();
  lines.slice(1).forEach((content, index) => {
    const line = index + 2;
    if (content === '') return;
    const cells = content.split('\t');
    if (cells.length !== 2) {
      problems.push({ line, column: 1, message: `the line has ${cells.length} field${cells.length === 1 ? '' : 's'}, not 2`, hint: 'write the URL, one tab, then the page’s title as Microsoft gives it' });
      return;
    }
    const [url, title] = cells;
    if (!/^https:\/\/[^\s/]+\/\S*$/.test(url)) {
      problems.push({ line, column: 1, message: `"${url}" is not an https:// URL` });
      return;
    }
    const first = seen.get(url);
    if (first !== undefined) {
      problems.push({ line, column: 1, message: `${url} is listed twice`, hint: `keep the line ${first} or this one` });
      return;
    }
    seen.set(url, line);
    rows.push({ url, title: title.trim(), line });
  });
  return { rows, problems };
}

/** The confirmed titles by URL. */
export function titlesByUrl(rows: readonly SourceTitleRow[]): ReadonlyMap<string, string> {
  return new Map(rows.filter((row) => row.title !== '').map((row) => [row.url, row.title]));
}
