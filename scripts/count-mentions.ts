/**
 * `node scripts/count-mentions.ts --docs <git dir>… --library <git dir>… [--write]`: counts, in the newest commit of
 * each fetched repository, the files that mention each catalogued code, adds the catalogue's lists and the threads in
 * tests/fixtures/phrasings/threads-seen.tsv, and prints (or writes) content/code-frequency.tsv. Not part of the build:
 * it needs snapshots of public repositories that are not kept here (see content/code-frequency.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { countTextsPerCode, frequencyTsv } from './lib/code-mentions.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(
  {
    docs: { type: 'string', multiple: true, default: [] },
    library: { type: 'string', multiple: true, default: [] },
    write: { type: 'boolean', default: false },
  },
  'usage: node scripts/count-mentions.ts --docs <git dir>… --library <git dir>… [--write]',
);

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** The text of every file at HEAD that git's word-bounded search finds an AADSTS code in. */
function mentioningFiles(dir: string): string[] {
  let listing = '';
  try {
    listing = git(dir, 'grep', '-I', '-i', '-l', '-w', '-z', '-E', 'AADSTS[0-9]+', 'HEAD');
  } catch (error) {
    // git grep exits 1 when nothing matches; a real failure has something on stderr.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return listing.split('\0').filter(Boolean).map((spec) => git(dir, 'show', spec));
}

function countIn(dirs: string[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const dir of dirs) {
    const counts = countTextsPerCode(mentioningFiles(dir));
    console.error(`${dir} ${git(dir, 'rev-parse', 'HEAD').trim()}: ${[...counts.values()].reduce((a, b) => a + b, 0)} mentions of ${counts.size} codes`);
    for (const [code, n] of counts) total.set(code, (total.get(code) ?? 0) + n);
  }
  return total;
}

const catalog = readFileSync('content/catalog.tsv', 'utf8').trimEnd().split('\n').slice(1).map((line) => line.split('\t'));
const threadRows = readFileSync('tests/fixtures/phrasings/threads-seen.tsv', 'utf8').trimEnd().split('\n').slice(1);
const threads = countTextsPerCode(threadRows.map((row) => row.split('\t')[1] ?? ''));
const docs = countIn(values.docs);
const library = countIn(values.library);

const rows = catalog.map(([code = '', , documentedIn = '']) => ({
  code,
  lists: documentedIn.split(',').filter((list) => list && list !== 'community').length,
  docFiles: docs.get(code) ?? 0,
  libraryFiles: library.get(code) ?? 0,
  threads: threads.get(code) ?? 0,
}));
const tsv = frequencyTsv(rows);
if (values.write) writeFileSync('content/code-frequency.tsv', tsv);
else process.stdout.write(tsv);
