/** Size budgets over the built site: a code page arrives in the first round trip and loads little else. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/site-links.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const codePages = readdirSync(join(site, 'codes')).filter((name) => /^\d+$/.test(name)).map((code) => `codes/${code}/index.html`);
const KB = 1024;

describe('budgets', () => {
  it('keeps every code page’s HTML within 14 KB gzipped', () => {
    const over = codePages.map((file) => [file, pageWeight(site, file).html] as const).filter(([, size]) => size > 14 * KB);
    expect(over).toEqual([]);
  });

  it('keeps everything a code page loads before interaction within 30 KB gzipped', () => {
    const over = codePages.map((file) => [file, pageWeight(site, file).total] as const).filter(([, size]) => size > 30 * KB);
    expect(over).toEqual([]);
  });

  it('keeps the list of all 1,509 codes within 64 KB of gzipped HTML', () => {
    expect(pageWeight(site, 'codes/index.html').html).toBeLessThanOrEqual(64 * KB);
  });

  it.each(['causes/index.html', 'fixes/index.html'])('keeps %s, a list of every entry, within 64 KB of gzipped HTML', (file) => {
    expect(pageWeight(site, file).html).toBeLessThanOrEqual(64 * KB);
  });

  it('has no render-blocking script on any page', () => {
    const blocking = htmlFiles(site).flatMap((file) => pageWeight(site, file).blockingScripts.map((tag) => `${file}: ${tag}`));
    expect(blocking).toEqual([]);
  });
});
