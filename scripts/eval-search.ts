/**
 * `npm run eval:search -- [--site DIR] [--split train|test|both]`: scores the compact index of codes on the real
 * phrasings (tests/fixtures/phrasings/phrasings.tsv) in Node, with the browser's own query pipeline
 * (src/lib/search/code-search.ts): how often the right code is first and among the first three, for every phrasing
 * and for those labelled as describing the situation (`kind`).
 *
 * The documents are the site's (DIR/code-index.json, built from content/ and the catalogue). The default split is
 * `train`, the one to tune on: the held-out `test` split is read only when asked for, to report, never to tune.
 * With `--guesses`, it also scores a support engineer's three guesses per phrasing (GUESSES_FILE) beside search's
 * results on the same phrasings: how far a reader of the sentence alone gets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fromRow, type CodeDocumentRow } from '../src/lib/search/code-index.ts';
import { buildCodeIndex, searchCodes } from '../src/lib/search/code-search.ts';
import { GUESSES_FILE, parseGuesses, parsePhrasings, PHRASINGS_FILE, queriesOf, type Phrasing } from '../src/lib/search/phrasings.ts';
import { formatScore, scoreQueries } from './lib/search-bench.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(
  { site: { type: 'string', default: 'dist' }, split: { type: 'string', default: 'train' }, guesses: { type: 'boolean', default: false } },
  'usage: npm run eval:search -- [--site DIR] [--split train|test|both] [--guesses]',
);
if (!['train', 'test', 'both'].includes(values.split)) {
  console.error(`--split must be train, test or both, not "${values.split}".`);
  process.exit(1);
}
const indexFile = `${values.site}/code-index.json`;
if (!existsSync(indexFile)) {
  console.error(`${indexFile} does not exist: build the site first (npm run build -- --local), or name its folder with --site.`);
  process.exit(1);
}
const index = buildCodeIndex((JSON.parse(readFileSync(indexFile, 'utf8')) as CodeDocumentRow[]).map(fromRow));
const search = (query: string) => searchCodes(index, query).results.map((result) => result.document.id);
const { rows, problems } = parsePhrasings(readFileSync(PHRASINGS_FILE, 'utf8'));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
for (const split of ['train', 'test'] as const) {
  if (values.split !== split && values.split !== 'both') continue;
  const all = queriesOf(rows, split);
  const describing = queriesOf(rows, split, 'describes');
  console.log(`${split} (${all.length}): ${formatScore(scoreQueries(search, all))}`);
  console.log(`${split}, only the sentences that describe the situation (${describing.length}): ${formatScore(scoreQueries(search, describing))}`);
}

if (values.guesses) {
  const { guesses, problems: guessProblems } = parseGuesses(readFileSync(GUESSES_FILE, 'utf8'));
  const known = new Set(rows.map((row) => row.phrasing));
  const unknown = [...guesses.keys()].filter((phrasing) => !known.has(phrasing)).map((phrasing) => `${GUESSES_FILE}: "${phrasing}" is not in ${PHRASINGS_FILE}`);
  if (guessProblems.length + unknown.length > 0) {
    console.error([...guessProblems, ...unknown].join('\n'));
    process.exit(1);
  }
  const reader = (query: string) => guesses.get(query) ?? [];
  const guessed = (kind?: Phrasing['kind']) => rows.filter((row) => guesses.has(row.phrasing) && (kind === undefined || row.kind === kind)).map((row): [string, number] => [row.phrasing, Number(row.code)]);
  for (const [label, queries] of [['every guessed phrasing', guessed()], ['the guessed phrasings that describe the situation', guessed('describes')]] as const) {
    console.log(`${label} (${queries.length}): a support engineer's guesses ${formatScore(scoreQueries(reader, queries))}; search ${formatScore(scoreQueries(search, queries))}`);
  }
}
