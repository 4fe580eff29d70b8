/**
 * `npm run eval:search -- [--site DIR] [--split train|test|both] [--without-people]`: scores the compact index of
 * codes on the real phrasings (tests/fixtures/phrasings/phrasings.tsv) in Node, with the browser's own query
 * pipeline (src/lib/search/code-search.ts): how often the right code is first and among the first three.
 *
 * The documents are the site's (DIR/code-index.json, built from content/ and the catalogue); their people's words
 * are derived again from the phrasings file by the same function the build uses, so a change to how they are read
 * is measured without a rebuild. `--without-people` leaves them out, to see what they add. The default split is
 * `train`, the one to tune on: the held-out `test` split is read only when asked for, to report, never to tune.
 *
 * Scoring `train` against an index that holds `train` says how well it is remembered, not how well it generalises.
 * `--folds K` cross-validates instead: the train threads are cut into K parts by their URL, and each part is scored
 * against an index that holds the people's words of the other parts only. Tune on that number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fromRow, type CodeDocumentRow } from '../src/lib/search/code-index.ts';
import { buildCodeIndex, searchCodes } from '../src/lib/search/code-search.ts';
import { loadPeopleWords } from '../src/lib/search/search-data.ts';
import { peopleWords } from '../src/lib/search/people-words.ts';
import { createHash } from 'node:crypto';
import { formatScore, parsePhrasings, scoreQueries } from './lib/search-bench.ts';
import { parsePhrasings as parsePhrasingRows, PHRASINGS_FILE } from '../src/lib/search/phrasings.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    split: { type: 'string', default: 'train' },
    'without-people': { type: 'boolean', default: false },
    folds: { type: 'string', default: '0' },
  },
});
if (!['train', 'test', 'both'].includes(values.split)) {
  console.error(`--split must be train, test or both, not "${values.split}".`);
  process.exit(1);
}
const indexFile = `${values.site}/code-index.json`;
if (!existsSync(indexFile)) {
  console.error(`${indexFile} does not exist: build the site first (npm run build -- --local), or name its folder with --site.`);
  process.exit(1);
}
const folds = Number(values.folds);
if (folds > 1) {
  const base = (JSON.parse(readFileSync(indexFile, 'utf8')) as CodeDocumentRow[]).map(fromRow);
  const train = parsePhrasingRows(readFileSync(PHRASINGS_FILE, 'utf8')).rows.filter((row) => row.split === 'train');
  const foldOf = (url: string) => createHash('sha256').update(`fold:${url}`).digest().readUInt32BE(0) % folds;
  const total = { queries: 0, top1: 0, top3: 0 };
  for (let fold = 0; fold < folds; fold += 1) {
    const said = values['without-people'] ? new Map<number, string>() : peopleWords(train.filter((row) => foldOf(row.sourceUrl) !== fold));
    const index = buildCodeIndex(base.map((document) => ({ ...document, said: said.get(document.id) ?? '' })));
    const held = train.filter((row) => foldOf(row.sourceUrl) === fold).map((row): [string, number] => [row.phrasing, Number(row.code)]);
    const score = scoreQueries((query) => searchCodes(index, query).results.map((result) => result.document.id), held);
    total.queries += score.queries;
    total.top1 += score.top1;
    total.top3 += score.top3;
  }
  console.log(`train, ${folds}-fold cross-validation (${total.queries}): ${formatScore(total)}`);
  process.exit(0);
}
const said = values['without-people'] ? new Map<number, string>() : loadPeopleWords();
const documents = (JSON.parse(readFileSync(indexFile, 'utf8')) as CodeDocumentRow[]).map(fromRow).map((document) => ({ ...document, said: said.get(document.id) ?? '' }));
const index = buildCodeIndex(documents);
const search = (query: string) => searchCodes(index, query).results.map((result) => result.document.id);
const phrasings = parsePhrasings(readFileSync(PHRASINGS_FILE, 'utf8'));
for (const split of ['train', 'test'] as const) {
  if (values.split === split || values.split === 'both') console.log(`${split} (${phrasings[split].length}): ${formatScore(scoreQueries(search, phrasings[split]))}`);
}
