/** Which codes a filtered list of codes shows (src/components/CodeList.astro), and how it counts them. */

/** The form's fields, which are also the names of the address's query parameters. */
export const FILTER_FIELDS = ['q', 'category', 'audience', 'signal', 'page'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type Filters = Record<FilterField, string>;

/** What a row of the list says about its code. */
export interface FilterRow {
  /** Code, AADSTS code, title and symbolic name, lower-cased: what the words are matched against. */
  text: string;
  category: string;
  audiences: readonly string[];
  signal: string;
  guide: boolean;
}

/** The words typed into the filter, each of which a row must contain. */
export function filterWords(q: string): string[] {
  return q.toLowerCase().split(/\s/).filter(Boolean);
}

/** Whether a row passes every filter that is set; an empty filter lets every row through. */
export function rowMatches(row: FilterRow, filters: Filters, words: readonly string[]): boolean {
  if (filters.category && row.category !== filters.category) return false;
  if (filters.audience && !row.audiences.includes(filters.audience)) return false;
  if (filters.signal && row.signal !== filters.signal) return false;
  if (filters.page === 'guide' && !row.guide) return false;
  if (filters.page === 'reference' && row.guide) return false;
  return words.every((word) => row.text.includes(word));
}

const number = (count: number) => count.toLocaleString('en');

/** "1,509 codes", or "12 of 1,509 codes" while a filter is set. */
export function filterCount(shown: number, total: number, filtered: boolean): string {
  return filtered ? `${number(shown)} of ${number(total)} codes` : `${number(total)} codes`;
}
