/**
 * Orders code search results the way a support engineer would: a written guide before a page that only quotes
 * Microsoft's message, unless the query is close to that message; how often a code is met breaks ties; and each
 * result carries the line that made it match.
 */
import { stemmer } from 'stemmer';
import type { CodeDocument } from './code-index.ts';

export interface ScoredHit {
  id: number;
  /** The search engine's relevance score. */
  score: number;
  /** The query's words (as searched) that this document matched. */
  matched: string[];
}

export interface RankedCode {
  document: CodeDocument;
  score: number;
  /** The line shown under the result, and the words to mark in it. */
  why: MatchReason;
}

export interface MatchReason {
  kind: 'screen' | 'symptom' | 'title' | 'message' | 'name' | 'cause';
  text: string;
  /** Where the query's words are in `text`, as [start, end) character ranges, in order. */
  marks: [number, number][];
}

/** A reference page whose message holds this share of the query's words is what the searcher typed: it keeps its place. */
export const CLOSE_MESSAGE_SHARE = 0.75;
/** How much a written guide's score is raised over a reference page's. */
export const GUIDE_BOOST = 2.5;
/** How much the most-met code's score is raised; the least-met get none. Small, so that it decides only near-ties. */
export const MET_BOOST = 0.08;

/** The lower-cased words of `text`, for comparing with query words. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Query words this long also match the words they begin, as the search engine's prefix search does. */
export const PREFIX_LENGTH = 5;

/**
 * Whether `word` (from a page, lower case) answers `term` (a query word, as typed or as its stem): the same word,
 * the same stem ("locked" and "lock"), or, for a term of five letters or more, a word whose stem it begins.
 */
export function sameWord(word: string, term: string): boolean {
  if (word === term) return true;
  const stem = stemmer(word);
  if (stem === term || stem === stemmer(term)) return true;
  return term.length >= PREFIX_LENGTH && stem.startsWith(term);
}

/** The share of `terms` that `text` holds. */
export function shareOfTerms(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const words = wordsOf(text);
  return terms.filter((term) => words.some((word) => sameWord(word, term))).length / terms.length;
}

/** Where `terms` occur in `text`, as character ranges. */
export function markRanges(text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase();
    if (terms.some((term) => sameWord(word, term))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** The line that best explains why `document` matched `terms`: a screen line first, then a symptom, the title, the message, the name, the causes. */
export function matchReason(document: CodeDocument, terms: readonly string[]): MatchReason {
  const candidates: [MatchReason['kind'], string[]][] = [
    ['screen', document.screens],
    ['symptom', document.symptoms],
    ['title', document.title ? [document.title] : []],
    ['message', [document.message]],
    ['name', document.name ? [document.name] : []],
    ['cause', document.causes ? [document.causes] : []],
  ];
  let best: MatchReason | undefined;
  let bestCount = 0;
  for (const [kind, lines] of candidates) {
    for (const text of lines) {
      const marks = markRanges(text, terms);
      // A later kind replaces an earlier one only when it holds more of the words.
      if (marks.length > bestCount) {
        best = { kind, text, marks };
        bestCount = marks.length;
      }
    }
  }
  return best ?? { kind: 'message', text: document.message, marks: [] };
}

/** Orders hits: guides raised over reference pages (unless the reference's message is close to the query), then a small raise by how often each code is met. */
export function rankCodes(hits: readonly ScoredHit[], documents: ReadonlyMap<number, CodeDocument>, terms: readonly string[]): RankedCode[] {
  const ranked: RankedCode[] = [];
  for (const hit of hits) {
    const document = documents.get(hit.id);
    if (!document) continue;
    const closeMessage = !document.guide && terms.length > 0 && shareOfTerms(document.message, terms) >= CLOSE_MESSAGE_SHARE;
    const kind = document.guide || closeMessage ? GUIDE_BOOST : 1;
    const score = hit.score * kind * (1 + MET_BOOST * document.met);
    ranked.push({ document, score, why: matchReason(document, hit.matched.length > 0 ? hit.matched : terms) });
  }
  // Equal scores: the code met more often first, then the lower code, so that the order never depends on the engine's.
  return ranked.sort((a, b) => b.score - a.score || b.document.met - a.document.met || a.document.id - b.document.id);
}
