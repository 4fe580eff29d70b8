/**
 * People's words for their codes: the tuning half of the real phrasings (tests/fixtures/phrasings/phrasings.tsv) as
 * a bag of search words per code, added to the compact index so that a description like someone else's finds the
 * code. Only `train` rows are read: the `test` rows measure search and must never reach the index.
 */
import { searchTerms } from './search-query.ts';

export interface PhrasingRow {
  code: string | number;
  phrasing: string;
  split: 'train' | 'test';
}

/**
 * At most this many words per code, so that a code with long threads does not outweigh the rest, and the first
 * search stays under its 100 KB budget (tests/browser/budgets.test.ts): 40 words cost 1.8 KB more than 12 for the
 * same cross-validated score on train (bench/RESULTS.md#real-phrasings).
 */
export const PEOPLE_WORDS_PER_CODE = 12;

/**
 * The words of each code's `train` phrasings, read the way a query is read (stop words out, synonyms mapped), each
 * once, in the order first met, and no more than `PEOPLE_WORDS_PER_CODE`. Words once per code: how many threads
 * used a word says more about how many threads were found than about the code.
 */
export function peopleWords(rows: readonly PhrasingRow[], perCode = PEOPLE_WORDS_PER_CODE): Map<number, string> {
  const byCode = new Map<number, string[]>();
  for (const row of rows) {
    if (row.split !== 'train') continue;
    const code = Number(row.code);
    const words = byCode.get(code) ?? [];
    for (const word of searchTerms(row.phrasing)) {
      if (word.length < 3 || words.includes(word) || words.length >= perCode) continue;
      words.push(word);
    }
    byCode.set(code, words);
  }
  return new Map([...byCode].map(([code, words]) => [code, words.join(' ')]));
}
