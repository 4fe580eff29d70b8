/**
 * `npm run lighthouse`: builds the site if needed, serves it as a static host would (gzip included), and
 * prints Lighthouse's four scores for the home page, a code page with a guide, a reference page, the list of all
 * codes and the search page. Exits 1 below 100.
 */
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { serveStatic } from './lib/static-server.ts';
import { localCertificate } from './lib/local-certificate.ts';

// Overridable, so that two checkouts on one machine can run it side by side.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4325);
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9333);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('dist/index.html')) {
  const built = spawnSync(process.execPath, ['scripts/build.ts', '--local'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const codes = readdirSync('dist/codes', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
// A written guide with every section, and the first page generated from the catalogue alone.
const guide = existsSync('dist/codes/500121/index.html') ? '500121' : codes[0];
const reference = codes.find((code) => readFileSync(`dist/codes/${code}/index.html`, 'utf8').includes('data-reference'));
const pages = { home: '/', guide: `/codes/${guide}/`, ...(reference && { reference: `/codes/${reference}/` }), 'all codes': '/codes/', search: '/search/?q=password' };

const certificate = localCertificate();
const server = await serveStatic('dist', PORT, '/', { gzip: true, tls: certificate });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // Trusts this run's own certificate, and no other.
  args: [`--remote-debugging-port=${DEBUG_PORT}`, `--ignore-certificate-errors-spki-list=${certificate.spki}`],
});
let lowest = 100;
try {
  console.log(['page'.padEnd(10), ...CATEGORIES.map((category) => category.padStart(15))].join(''));
  for (const [label, path] of Object.entries(pages)) {
    const result = await lighthouse(`https://127.0.0.1:${PORT}${path}`, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = CATEGORIES.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
    lowest = Math.min(lowest, ...scores);
    console.log([label.padEnd(10), ...scores.map((score) => String(score).padStart(15))].join(''));
    // Name the audits that cost points, so that a score below 100 says where to look.
    const weighted = new Set(CATEGORIES.flatMap((category) => result.lhr.categories[category]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
    for (const id of weighted) {
      const audit = result.lhr.audits[id];
      if (audit && audit.score !== null && audit.score < 1) console.log(`  ${path}: ${audit.title}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(lowest === 100 ? 'Every score is 100.' : `The lowest score is ${lowest}; the target is 100.`);
process.exit(lowest === 100 ? 0 : 1);
