/** The titles of cited pages as the site shows them, read once from content/source-titles.tsv. */
import text from '../../../content/source-titles.tsv?raw';
import { parseSourceTitles, titlesByUrl } from './source-titles.ts';

// The content guard refuses a broken file before the build; a line it would refuse is simply not used here.
export const CITED_TITLES: ReadonlyMap<string, string> = titlesByUrl(parseSourceTitles(text).rows);
