/**
 * `npm run screenshots`: takes the README's screenshots again from the built site (builds it first if `dist/` is
 * missing), so that they show the pages as they are. `--site DIR` shoots another build; `--out DIR` writes
 * elsewhere; `--all` adds every page at 390 and 1280 px, light and dark, for looking the site over.
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { README_SCREENSHOTS, reviewScreenshots } from './lib/screenshots.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(
  { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots' }, all: { type: 'boolean', default: false } },
  'usage: npm run screenshots [-- --site DIR] [--out DIR] [--all]',
);
const site = values.site;
if (!existsSync(join(site, 'index.html'))) {
  if (site !== 'dist') throw new Error(`${site}/index.html does not exist: build the site there first`);
  const built = spawnSync(process.execPath, ['scripts/build.ts', '--local'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
// Overridable, so that two checkouts on one machine can run it side by side.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4326);
const server = await serveStatic(site, PORT, '/');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
mkdirSync(values.out, { recursive: true });
try {
  for (const shot of values.all ? [...README_SCREENSHOTS, ...reviewScreenshots()] : README_SCREENSHOTS) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme, javaScriptEnabled: shot.javaScript ?? true });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${shot.path}`, { waitUntil: 'networkidle' });
    const file = join(values.out, shot.file);
    await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
    console.log(`${file}  ${shot.path} at ${shot.width} px, ${shot.scheme}${shot.javaScript === false ? ', without JavaScript' : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
