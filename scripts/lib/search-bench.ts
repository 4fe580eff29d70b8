/**
 * Compares search engines over the compact index of codes: how often the right code is among the first three
 * results for each set of queries, and how many bytes each engine's library costs gzipped. Returns data; the
 * CLI (scripts/bench-search.ts) prints it.
 */
import { create, insert, search as oramaSearch } from '@orama/orama';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { CodeDocument } from '../../src/lib/search/code-index.ts';
import { buildCodeIndex, FIELD_BOOST, searchCodes } from '../../src/lib/search/code-search.ts';
import { searchTerms } from '../../src/lib/search/search-query.ts';

export interface QuerySet {
  name: string;
  queries: [string, number][];
}

export interface Engine {
  name: string;
  /** The codes of the results for `query`, best first. */
  search: (query: string) => Promise<number[]>;
}

export interface EngineResult {
  engine: string;
  /** Per query set: how many queries had the right code among the first three. */
  hits: Record<string, number>;
}

/** Our search: MiniSearch, with query reading, context words and the support engineer's ranking. */
export function atlasEngine(documents: readonly CodeDocument[]): Engine {
  const index = buildCodeIndex(documents);
  return { name: 'MiniSearch, with our query reading and ranking', search: async (query) => searchCodes(index, query).results.map((result) => result.document.id) };
}

const flatten = (document: CodeDocument) => ({
  id: document.id,
  name: document.name,
  title: document.title,
  message: document.message,
  symptoms: document.symptoms.join('\n'),
  screens: document.screens.join('\n'),
  causes: document.causes,
});

/** MiniSearch as it comes, with the same field weights: what the library gives before our query reading and ranking. */
export function plainMiniSearch(documents: readonly CodeDocument[]): Engine {
  const engine = new MiniSearch({ fields: Object.keys(FIELD_BOOST) });
  engine.addAll(documents.map(flatten));
  return { name: 'MiniSearch alone (same fields and weights)', search: async (query) => engine.search(query, { boost: FIELD_BOOST, prefix: true, fuzzy: 0.2 }).map((hit) => Number(hit.id)) };
}

/** Orama (BM25, its own English tokenizer and typo tolerance), with the same field weights and our stop words. */
export async function oramaEngine(documents: readonly CodeDocument[]): Promise<Engine> {
  const db = create({ schema: { code: 'number', name: 'string', title: 'string', message: 'string', symptoms: 'string', screens: 'string', causes: 'string' } as const });
  for (const document of documents) {
    const { id, ...fields } = flatten(document);
    await insert(db, { code: id, ...fields });
  }
  return {
    name: 'Orama (same fields and weights, our stop words)',
    search: async (query) => {
      const found = await oramaSearch(db, { term: searchTerms(query).join(' '), boost: FIELD_BOOST, tolerance: 1, limit: 10 });
      return found.hits.map((hit) => hit.document.code as number);
    },
  };
}

/**
 * The site's own search page in a browser, as a reader uses it: `fullText` presses **Search every page**, which
 * runs Pagefind over the full text; otherwise the codes' results as the page first shows them.
 */
export function browserEngine(page: Page, origin: string, fullText: boolean): Engine {
  return {
    name: fullText ? 'Pagefind, full text (the search page, Search every page)' : 'the search page as shipped (compact index)',
    search: async (query) => {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      // Text that holds a known code opens that code's page at once.
      const settled = () =>
        page.waitForFunction(
          ([pattern]) => location.pathname.startsWith('/codes/') || new RegExp(pattern).test(document.querySelector('[data-search-status]')?.textContent ?? ''),
          ['found|Nothing|not available'],
        );
      // The page it waits on may be replaced by the code's page while it waits: then wait on that one.
      await settled().catch(async () => {
        await page.waitForLoadState();
        await settled();
      });
      const opened = /^\/codes\/(\d+)\//.exec(new URL(page.url()).pathname);
      if (opened) return [Number(opened[1])];
      if (fullText && (await page.locator('[data-full-text]').isVisible())) {
        await page.locator('[data-full-text]').click();
        await page.locator('[data-search-status]').filter({ hasText: /pages? found|Nothing|not available/ }).waitFor();
      }
      const links = await page.locator('[data-search-result]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      return links.flatMap((url) => /\/codes\/(\d+)\//.exec(url)?.[1] ?? []).map(Number);
    },
  };
}

/** How many of each set's queries an engine answers with the right code among its first three results. */
export async function measure(engine: Engine, sets: readonly QuerySet[]): Promise<EngineResult> {
  const hits: Record<string, number> = {};
  for (const set of sets) {
    let count = 0;
    for (const [query, code] of set.queries) if ((await engine.search(query)).slice(0, 3).includes(code)) count += 1;
    hits[set.name] = count;
  }
  return { engine: engine.name, hits };
}

/** The gzipped size of a module as a site would ship it: bundled and minified by esbuild. */
export async function shippedBytes(entry: string): Promise<number> {
  const result = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

export interface SplitScore {
  queries: number;
  /** Queries whose code came first. */
  top1: number;
  /** Queries whose code was among the first three. */
  top3: number;
}

/** How often `search` puts each query's code first and among the first three. */
export function scoreQueries(search: (query: string) => number[], queries: readonly [string, number][]): SplitScore {
  const score: SplitScore = { queries: queries.length, top1: 0, top3: 0 };
  for (const [query, code] of queries) {
    const found = search(query);
    if (found[0] === code) score.top1 += 1;
    if (found.slice(0, 3).includes(code)) score.top3 += 1;
  }
  return score;
}

/** A score as "top-1 a/n (p %), top-3 b/n (q %)". */
export function formatScore({ queries, top1, top3 }: SplitScore): string {
  const share = (count: number) => `${count}/${queries} (${((100 * count) / Math.max(1, queries)).toFixed(1)} %)`;
  return `top-1 ${share(top1)}, top-3 ${share(top3)}`;
}
