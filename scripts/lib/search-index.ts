/** Builds the Pagefind search index over a finished site. */
import * as pagefind from 'pagefind';

/** Only these pages carry `data-pagefind-body`; reading the thousands of others would only cost time. */
const INDEXED_PAGES = '{codes,causes,fixes}/*/index.html';

/**
 * How many word occurrences Pagefind puts in one index chunk (its default is 20,000). A search downloads the
 * whole chunk of each word it looks up; at the default, that was 22 KB a word, most of it other words. At
 * 1,500, a chunk is 2–6 KB; the index has more of them, which costs the metadata file 3 KB (bench/RESULTS.md).
 * Pagefind reads this from an environment variable it calls unstable: tests/browser/budgets.test.ts
 * measures the first search, so a change in Pagefind shows there.
 */
const INDEX_CHUNK_SIZE = 1500;

/** Indexes the site in `siteDir` into `siteDir/pagefind/` and returns how many pages it indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not read the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Stops the Pagefind process, if one runs; for a build that is interrupted while indexing. */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}
