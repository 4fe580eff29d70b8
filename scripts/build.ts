/**
 * `npm run build [-- --out DIR]`: builds into a fresh folder and only then replaces dist/ (or DIR).
 * Validation runs first, inside the build: the content guard integration refuses bad content before
 * Astro loads any of it, and prints every problem.
 */
import { build } from 'astro';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const root = process.cwd();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const dist = resolve(root, values.out);
const staging = join(root, '.build-tmp', `dist-${process.pid}`);
const previous = join(root, '.build-tmp', `previous-${process.pid}`);

mkdirSync(join(root, '.build-tmp'), { recursive: true });
try {
  await build({ root, outDir: staging });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`${error instanceof Error ? error.message : String(error)}\nThe build failed; ${values.out} is unchanged.`);
  process.exit(1);
}
// Swap at the very end, so that a failed build never leaves a half-written dist/.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`Built the site into ${values.out}.`);
