/**
 * `npm run build [-- --out DIR] [-- --local]`: builds into a fresh folder and only then replaces dist/ (or DIR).
 * Validation runs first, inside the Astro build: the content guard integration refuses bad content
 * before Astro loads any of it, and prints every problem. The search index is written afterwards, in
 * this process, once Astro's process has ended: run together, the two would need twice the memory.
 * A build for publishing needs SITE_URL; `--local` builds for this machine (http://localhost:4321).
 * A failed or interrupted build (Ctrl+C, SIGTERM) leaves the output as it was and no staging folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_BUILD_VARIABLE } from '../src/lib/site/site-url.ts';
import { closeSearchIndex, writeSearchIndex } from './lib/search-index.ts';
import { htmlFiles } from './lib/site-links.ts';
import { removeIfEmpty, removeStaleStaging, stagingFolders } from './lib/staging.ts';
import { readCommandLine } from './lib/command-line.ts';

const root = process.cwd();
const { values } = readCommandLine({ out: { type: 'string', default: 'dist' }, local: { type: 'boolean', default: false } }, 'usage: npm run build [-- --out DIR] [-- --local]');
const dist = resolve(root, values.out);
const tmp = join(root, '.build-tmp');
const { staging, previous } = stagingFolders(tmp, process.pid);

let pages: ChildProcess | undefined;
let replaced = false;

// Whatever ends this process, a half-written staging folder goes with it.
process.on('exit', () => {
  if (!replaced) rmSync(staging, { recursive: true, force: true });
  removeIfEmpty(tmp);
});

function stop(signal: NodeJS.Signals, code: number) {
  console.error(`\nStopped by ${signal}; ${values.out} is unchanged.`);
  const exit = () => process.exit(code);
  if (pages && pages.exitCode === null && pages.signalCode === null) {
    pages.once('exit', exit);
    pages.kill(signal);
  } else {
    void closeSearchIndex().finally(exit);
  }
}
process.once('SIGINT', () => stop('SIGINT', 130));
process.once('SIGTERM', () => stop('SIGTERM', 143));
process.once('SIGHUP', () => stop('SIGHUP', 129));

/** Stops with the reason (Astro prints its own) and leaves the previous output untouched. */
function fail(reason?: string): never {
  if (reason) console.error(reason);
  console.error(`The build failed; ${values.out} is unchanged.`);
  process.exit(1);
}

for (const name of removeStaleStaging(tmp)) console.error(`Removed .build-tmp/${name}, left by a build that was killed.`);
mkdirSync(tmp, { recursive: true });
console.log('Building the site (set ASTRO_LOG_LEVEL=info to see every page)…');
const env = values.local ? { ...process.env, [LOCAL_BUILD_VARIABLE]: '1' } : process.env;
pages = spawn(process.execPath, [join(import.meta.dirname, 'lib/build-pages.ts'), staging], { cwd: root, stdio: 'inherit', env });
const status = await new Promise<number | null>((done) => {
  pages!.once('exit', (code) => done(code));
  pages!.once('error', (error) => {
    console.error(error.message);
    done(1);
  });
});
if (status !== 0) fail();
let indexed = 0;
try {
  indexed = await writeSearchIndex(staging);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const html = htmlFiles(staging);
const stats = JSON.parse(readFileSync(join(staging, 'api/stats.json'), 'utf8')) as { codes: number; guides: number; referencePages: number; openReviewQuestions: number };
// Swap at the very end, in one synchronous step that no signal handler can interrupt, so that a failed
// build never leaves a half-written dist/.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
replaced = true;
rmSync(previous, { recursive: true, force: true });
const count = (n: number) => n.toLocaleString('en');
const local = values.local ? ' It links to http://localhost:4321: a local build, not for publishing.' : '';
console.log(`Built ${count(html.length)} pages and a search index of ${count(indexed)} pages into ${values.out}/.${local}
  ${count(stats.codes)} codes: ${count(stats.guides)} written guides, ${count(stats.referencePages)} reference pages; ${count(stats.openReviewQuestions)} open review questions (/review/).`);
