/**
 * The site search in the browser. First the compact index of codes (./code-search.ts), which is what a first
 * search downloads; the full text of every page (Pagefind: all words first, then any word, corrected for typos)
 * only when the reader asks for it, or when no code matched.
 */
import { closestWord, rankAllWords, rankByWordsMatched, searchTerms, allWords, type TermHit } from '../lib/search/search-query.ts';
import type { MatchReason } from '../lib/search/search-rank.ts';
import { codeUrl, href } from '../lib/site/urls.ts';
import { loadCodeIndex, searchCodes } from './code-search.ts';

export interface Fragment {
  url: string;
  /** Pagefind's excerpt, whose only markup is <mark>. */
  excerpt: string;
  meta: { title?: string; type?: string; code?: string };
  /** For a code result: the line that made it match. */
  why?: MatchReason;
}
interface PagefindHit extends TermHit {
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (options: { baseUrl: string; noWorker?: boolean; ranking?: { pageLength?: number; metaWeights?: Record<string, number> } }) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string | { any: string[] }> }) => Promise<{ results: PagefindHit[] }>;
  preload: (query: string) => Promise<void>;
}

export interface SearchOutcome {
  /** `codes`: the compact index of codes; `pages`: the full text of every page. */
  source: 'codes' | 'pages';
  /** `all`: every word matched; `some`: pages that match some of the words, most first; `none`: no word matched. */
  mode: 'all' | 'some' | 'none';
  /** The words searched for, after contractions, stop words, synonyms and typo corrections. */
  terms: string[];
  /** Mistyped words and what they were read as. */
  corrections: [string, string][];
  total: number;
  /** Loads the results from `start`, `count` of them: each costs a small download. */
  fragments: (start: number, count: number) => Promise<Fragment[]>;
}

let pagefindLoading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
    // Code pages are longer than the cause and fix pages that link to them; Pagefind's default length
    // penalty (0.75) ranked those short pages above the code page a searcher wants. Symptoms are the
    // words people use for what they see: a match there says more than one anywhere in the text.
    // The index is small enough to search on the main thread in a few milliseconds; Pagefind's web worker
    // would be one more script (12 KB) in every first search.
    await pagefind.options({ baseUrl: href(), noWorker: true, ranking: { pageLength: 0.25, metaWeights: { symptoms: 6 } } });
    return pagefind;
  })();
  return pagefindLoading;
}

let pageCountLoading: Promise<number> | undefined;

/** How many pages the index holds: every page has a type, so a filter-only search over all types counts them. */
function pageCount(pagefind: Pagefind): Promise<number> {
  // `filters()` would download every filter; this needs only the type filter, which `codePages` has loaded.
  pageCountLoading ??= pagefind.search(null, { filters: { type: { any: ['Code', 'Cause', 'Fix'] } } }).then(({ results }) => results.length);
  return pageCountLoading;
}

let codePagesLoading: Promise<Set<string>> | undefined;

/** Which index entries are code pages: a filter-only search, which downloads no page fragments. */
function codePages(pagefind: Pagefind): Promise<Set<string>> {
  codePagesLoading ??= pagefind.search(null, { filters: { type: 'Code' } }).then(({ results }) => new Set(results.map((hit) => hit.id)));
  return codePagesLoading;
}

let vocabularyLoading: Promise<string[]> | undefined;

function vocabulary(): Promise<string[]> {
  vocabularyLoading ??= fetch(href('search-words.json'))
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabularyLoading;
}

/** Starts the download a first search needs, so that the first results come quickly. */
export async function warmUp(): Promise<void> {
  await loadCodeIndex();
}

function outcome(mode: SearchOutcome['mode'], terms: string[], corrections: [string, string][], ordered: PagefindHit[]): SearchOutcome {
  return {
    source: 'pages',
    mode,
    terms,
    corrections,
    total: ordered.length,
    fragments: (start, count) => Promise.all(ordered.slice(start, start + count).map((hit) => hit.data())),
  };
}

const WHY_LABEL: Record<MatchReason['kind'], string> = {
  screen: 'Screen',
  symptom: 'Symptom',
  title: 'Title',
  message: 'Message',
  name: 'Name',
  cause: 'Cause',
};

/** Searches the codes for what a person typed, and the full text of every page when no code matches. */
export async function searchSite(text: string): Promise<SearchOutcome> {
  const found = await searchCodes(text);
  if (found.results.length === 0) return searchFullText(text);
  const fragments = found.results.map(
    ({ document, why }): Fragment => ({
      url: codeUrl(document.id),
      excerpt: '',
      meta: { title: `AADSTS${document.id}: ${document.title || document.message}`, type: 'Code', code: String(document.id) },
      why,
    }),
  );
  return {
    source: 'codes',
    mode: found.everyWord ? 'all' : 'some',
    terms: found.terms,
    corrections: found.corrections,
    total: fragments.length,
    fragments: async (start, count) => fragments.slice(start, start + count),
  };
}

/** Searches the full text of every page for what a person typed; never gives up while any word matches a page. */
export async function searchFullText(text: string): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  let terms = searchTerms(text);
  if (terms.length === 0) terms = allWords(text).filter((word) => !/\d/.test(word));
  if (terms.length === 0) return outcome('none', [], [], []);

  // Each word alone first: given several words, Pagefind leaves out one that matches nothing and answers for
  // the rest, so "pasword expird" would find every expired thing and never say that "pasword" was misread.
  // The type filter downloads alongside the words' index chunks.
  const [isCodeSet, alone] = await Promise.all([codePages(pagefind), Promise.all(terms.map(async (term) => (await pagefind.search(term)).results))]);
  const isCode = (id: string) => isCodeSet.has(id);
  const corrections: [string, string][] = [];
  const words: string[] = [];
  const perWord: PagefindHit[][] = [];
  for (const [index, term] of terms.entries()) {
    let word = term;
    let hits = alone[index];
    if (hits.length === 0) {
      const closest = closestWord(term, await vocabulary());
      hits = closest ? (await pagefind.search(closest)).results : [];
      if (hits.length > 0) {
        corrections.push([term, closest!]);
        word = closest!;
      }
    }
    // A word that matches nothing, even corrected, would only empty the all-words search.
    if (hits.length > 0) {
      words.push(word);
      perWord.push(hits);
    }
  }
  if (words.length === 0) return outcome('none', terms, corrections, []);
  const everyWordFound = words.length === terms.length;

  const together = words.length === 1 ? perWord[0] : (await pagefind.search(words.join(' '))).results;
  // A few all-words results are enough; fewer, and a searcher is better served by near matches too.
  if (together.length >= 3 || (words.length === 1 && together.length > 0)) {
    return outcome(everyWordFound ? 'all' : 'some', words, corrections, rankAllWords(together, isCode) as PagefindHit[]);
  }
  const byId = new Map(perWord.flat().map((hit) => [hit.id, hit]));
  const ranked = rankByWordsMatched(perWord, isCode, Math.max(await pageCount(pagefind), byId.size));
  const everyWord = everyWordFound && ranked[0].matched === words.length;
  return outcome(everyWord ? 'all' : 'some', words, corrections, ranked.map((hit) => byId.get(hit.id)!));
}

/** Pagefind marks matches with <mark>; rebuild the excerpt from text nodes so that no markup is ever injected. */
export function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

/** Why a code matched: the kind of line, then the line as text, the query's words marked. */
export function whyNode(why: MatchReason): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const label = document.createElement('span');
  label.className = 'why-label';
  label.textContent = `${WHY_LABEL[why.kind]}: `;
  fragment.append(label);
  let at = 0;
  for (const [start, end] of why.marks) {
    fragment.append(why.text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = why.text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  fragment.append(why.text.slice(at));
  return fragment;
}

/** One result as a list item: its type, the code and title as the link, and the excerpt. */
export function resultItem(result: Fragment, { withExcerpt = true } = {}): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const type = document.createElement('span');
  type.className = `kind kind-${(result.meta.type ?? 'page').toLowerCase()}`;
  type.textContent = result.meta.type ?? 'Page';
  const link = document.createElement('a');
  link.href = result.url;
  link.setAttribute('data-search-result', '');
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('p');
  heading.className = 'result-title';
  heading.append(type, ' ', link);
  item.append(heading);
  if (withExcerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(result.why ? whyNode(result.why) : excerptNode(result.excerpt));
    item.append(excerpt);
  }
  return item;
}
