/**
 * `npm run build [-- --out DIR]`: builds into a fresh folder and only then replaces dist/ (or DIR).
 * Validation runs first, inside the Astro build: the content guard integration refuses bad content
 * before Astro loads any of it, and prints every problem. The search index is written afterwards, in
 * this process, once Astro's process has ended: run together, the two would need twice the memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from './lib/search-index.ts';
import { htmlFiles } from './lib/site-links.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const dist = resolve(root, values.out);
const staging = join(root, '.build-tmp', `dist-${process.pid}`);
const previous = join(root, '.build-tmp', `previous-${process.pid}`);

/** Stops with the reason (Astro prints its own) and leaves the previous output untouched. */
function fail(reason?: string): never {
  rmSync(staging, { recursive: true, force: true });
  if (reason) console.error(reason);
  console.error(`The build failed; ${values.out} is unchanged.`);
  process.exit(1);
}

mkdirSync(join(root, '.build-tmp'), { recursive: true });
console.log('Building the site (set ASTRO_LOG_LEVEL=info to see every page)…');
const pages = spawnSync(process.execPath, [join(import.meta.dirname, 'lib/build-pages.ts'), staging], { cwd: root, stdio: 'inherit' });
if (pages.status !== 0) fail(pages.error?.message);
let indexed = 0;
try {
  indexed = await writeSearchIndex(staging);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const html = htmlFiles(staging);
const stats = JSON.parse(readFileSync(join(staging, 'api/stats.json'), 'utf8')) as { codes: number; guides: number; referencePages: number; openReviewQuestions: number };
// Swap at the very end, so that a failed build never leaves a half-written dist/.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
const count = (n: number) => n.toLocaleString('en');
console.log(`Built ${count(html.length)} pages and a search index of ${count(indexed)} pages into ${values.out}/.
  ${count(stats.codes)} codes: ${count(stats.guides)} written guides, ${count(stats.referencePages)} reference pages; ${count(stats.openReviewQuestions)} open review questions (/review/).`);
