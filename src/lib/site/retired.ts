/** The removed cause and fix pages the site keeps an address for, read once from content/retired.tsv. */
import text from '../../../content/retired.tsv?raw';
import { parseRetired, type RetiredPage } from './retired-pages.ts';

// The content guard refuses a broken file before the build (KB053); a line it would refuse is simply not used here.
export const RETIRED_PAGES: readonly RetiredPage[] = parseRetired(text).pages;
