/**
 * Search over the compact index of codes (./code-index.ts) with MiniSearch. Query words are read the way the
 * full-text search reads them (./search-query.ts), context words add the concepts they stand for
 * (./context-words.ts), and ./search-rank.ts orders the results. Pure: the browser feeds it the downloaded
 * index, and the tests and `npm run bench:search` feed it the same file from disk.
 */
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import type { CodeDocument } from './code-index.ts';
import { contextTerms } from './context-words.ts';
import { allWords, closestWord, searchTerms } from './search-query.ts';
import { PREFIX_LENGTH, rankCodes, wordsOf, type RankedCode } from './search-rank.ts';

type Field = 'screens' | 'symptoms' | 'title' | 'name' | 'message' | 'causes';
const FIELDS: Field[] = ['screens', 'symptoms', 'title', 'name', 'message', 'causes'];
/** A screen's words and a symptom are what people say they saw; Microsoft's message is what a log says. */
export const FIELD_BOOST: Record<Field, number> = { screens: 4, symptoms: 5, title: 3, name: 3, message: 1, causes: 1 };
/** Context words stand for what a person meant, not what they wrote: they count for less. */
export const CONTEXT_WEIGHT = 0.4;

export interface CodeIndex {
  engine: MiniSearch<CodeDocument>;
  documents: Map<number, CodeDocument>;
  /** The words the index holds, most common first: a mistyped word is read as the closest of these. */
  vocabulary: string[];
}

/** One form for a word in the index and in the query: lower case, then its Porter stem ("expired" and "expires" meet). */
const processTerm = (term: string) => stemmer(term.toLowerCase());

export function buildCodeIndex(documents: readonly CodeDocument[]): CodeIndex {
  const engine = new MiniSearch<CodeDocument>({
    fields: FIELDS,
    processTerm,
    // The id field is read through this too, and must stay a number.
    extractField: (document, field) => {
      const value = document[field as keyof CodeDocument];
      return Array.isArray(value) ? value.join('\n') : value;
    },
  });
  engine.addAll(documents);
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const word of wordsOf([document.title, document.message, ...document.symptoms, ...document.screens].join(' '))) {
      if (word.length >= 4 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const vocabulary = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return { engine, documents: new Map(documents.map((document) => [document.id, document])), vocabulary };
}

export interface CodeSearch {
  /** The words searched for, after stop words, synonyms and corrections. */
  terms: string[];
  corrections: [string, string][];
  /** Whether the first result holds every word. */
  everyWord: boolean;
  results: RankedCode[];
}

const search = (engine: MiniSearch<CodeDocument>, words: string[]) =>
  engine.search({ combineWith: 'OR', queries: words }, { boost: FIELD_BOOST, prefix: (term) => term.length >= PREFIX_LENGTH });

/** Searches the codes for what a person typed. */
export function searchCodes({ engine, documents, vocabulary }: CodeIndex, text: string): CodeSearch {
  let typed = searchTerms(text);
  if (typed.length === 0) typed = allWords(text).filter((word) => !/\d/.test(word));
  const corrections: [string, string][] = [];
  const words: string[] = [];
  for (const term of typed) {
    if (search(engine, [term]).length > 0) {
      words.push(term);
      continue;
    }
    const closest = closestWord(term, vocabulary);
    if (closest && search(engine, [closest]).length > 0) {
      corrections.push([term, closest]);
      words.push(closest);
    }
  }
  const context = contextTerms(text).filter((term) => !words.includes(term));
  if (words.length === 0 && context.length === 0) return { terms: typed, corrections, everyWord: false, results: [] };

  const scores = new Map<number, { score: number; matched: Set<string> }>();
  const add = (hits: ReturnType<typeof search>, weight: number, count: boolean) => {
    for (const hit of hits) {
      const entry = scores.get(hit.id) ?? { score: 0, matched: new Set<string>() };
      entry.score += hit.score * weight;
      if (count) for (const term of hit.queryTerms) entry.matched.add(term);
      scores.set(hit.id, entry);
    }
  };
  if (words.length > 0) add(search(engine, words), 1, true);
  if (context.length > 0) add(search(engine, context), CONTEXT_WEIGHT, false);
  const hits = [...scores].map(([id, entry]) => ({ id, score: entry.score, matched: [...entry.matched] }));
  const results = rankCodes(hits, documents, [...words, ...words.map(processTerm)]);
  const top = results[0] ? scores.get(results[0].document.id) : undefined;
  return { terms: words, corrections, everyWord: top !== undefined && words.length > 0 && top.matched.size >= words.length, results };
}
