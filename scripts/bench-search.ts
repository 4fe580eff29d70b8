/**
 * `npm run bench:search -- --site DIR [--phrasings FILE] [--browser]`: compares search engines on the compact
 * index of codes of a built site (DIR/code-index.json): the right code among the first three, per set of queries,
 * and the bytes each library adds to a first search. `--browser` also serves DIR and drives its search page in
 * Chromium, as shipped and with the full text (Pagefind). Prints a Markdown table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fromRow, type CodeDocumentRow } from '../src/lib/search/code-index.ts';
import { NATURAL_LANGUAGE_QUERIES } from '../tests/browser/natural-language-queries.ts';
import { chromium } from 'playwright-core';
import { atlasEngine, browserEngine, measure, oramaEngine, plainMiniSearch, shippedBytes, type Engine, type QuerySet } from './lib/search-bench.ts';
import { serveStatic } from './lib/static-server.ts';
import { parsePhrasings, queriesOf } from '../src/lib/search/phrasings.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(
  { site: { type: 'string', default: 'dist' }, phrasings: { type: 'string', default: 'tests/fixtures/phrasings/phrasings.tsv' }, browser: { type: 'boolean', default: false } },
  'usage: npm run bench:search -- [--site DIR] [--phrasings FILE] [--browser]',
);
const indexFile = `${values.site}/code-index.json`;
if (!existsSync(indexFile)) {
  console.error(`${indexFile} does not exist: build the site first (npm run build -- --local), or name its folder with --site.`);
  process.exit(1);
}
const documents = (JSON.parse(readFileSync(indexFile, 'utf8')) as CodeDocumentRow[]).map(fromRow);
const sets: QuerySet[] = [{ name: 'natural language', queries: NATURAL_LANGUAGE_QUERIES }];
if (existsSync(values.phrasings)) {
  const { rows } = parsePhrasings(readFileSync(values.phrasings, 'utf8'), values.phrasings);
  sets.push({ name: 'phrasings, held out', queries: queriesOf(rows, 'test') }, { name: 'phrasings, tuned', queries: queriesOf(rows, 'train') });
}

const engines: Engine[] = [atlasEngine(documents), plainMiniSearch(documents), await oramaEngine(documents)];
const bytes: (number | undefined)[] = [
  await shippedBytes("export * from './src/lib/search/code-search.ts';"),
  await shippedBytes("export { default } from 'minisearch';"),
  await shippedBytes("export * from '@orama/orama';"),
];
const results = [];
for (const engine of engines) results.push(await measure(engine, sets));
if (values.browser) {
  const server = await serveStatic(values.site, 0, '/', { gzip: true });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // A page load per query: the tuned phrasings are left to the engines above, which read the same index.
    const heldOut = sets.filter((set) => set.name !== 'phrasings, tuned');
    for (const fullText of [false, true]) {
      results.push(await measure(browserEngine(page, origin, fullText), heldOut));
      bytes.push(undefined);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

const header = `| engine | library, gzipped | ${sets.map((set) => `${set.name} (${set.queries.length})`).join(' | ')} |`;
const rule = `| --- | ---: | ${sets.map(() => '---:').join(' | ')} |`;
const rows = results.map((result, index) => {
  const cells = sets.map((set) => (set.name in result.hits ? `${result.hits[set.name]} (${Math.round((100 * result.hits[set.name]) / Math.max(1, set.queries.length))} %)` : '—'));
  const size = bytes[index];
  return `| ${result.engine} | ${size === undefined ? 'see the budget test' : `${(size / 1024).toFixed(1)} KB`} | ${cells.join(' | ')} |`;
});
const indexBytes = (await import('node:zlib')).gzipSync(readFileSync(indexFile), { level: 9 }).length;
console.log(`The compact index: ${documents.length} codes, ${(indexBytes / 1024).toFixed(1)} KB gzipped.\n\n${[header, rule, ...rows].join('\n')}`);
