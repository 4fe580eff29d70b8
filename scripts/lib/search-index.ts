/** Builds the Pagefind search index over a finished site. */
import * as pagefind from 'pagefind';

/** Only these pages carry `data-pagefind-body`; reading the thousands of others would only cost time. */
const INDEXED_PAGES = '{codes,causes,fixes}/*/index.html';

/** Indexes the site in `siteDir` into `siteDir/pagefind/` and returns how many pages it indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
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
