/** Removed cause and fix pages keep their addresses: each says when and why it went and links the codes that cover it now. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseRetired, RETIRED_FILE } from '../../src/lib/site/retired-pages.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const { pages } = parseRetired(readFileSync(RETIRED_FILE, 'utf8'));

describe('removed cause and fix pages', () => {
  it('answer at their old address with the date, the reason and a link to every code that covers them now', () => {
    expect(pages.length).toBeGreaterThan(0);
    const wrong = pages.flatMap((page) => {
      const file = join(site, page.kind, page.slug, 'index.html');
      if (!existsSync(file)) return [`${page.kind}/${page.slug}: no page`];
      const html = readFileSync(file, 'utf8');
      const missing = [`datetime="${page.retired}"`, ...page.see.map((code) => `href="/codes/${code}/"`)].filter((needle) => !html.includes(needle));
      return missing.length > 0 ? [`${page.kind}/${page.slug}: lacks ${missing.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('stay out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    const listed = pages.filter((page) => sitemap.includes(`/${page.kind}/${page.slug}/<`) || readFileSync(join(site, page.kind, page.slug, 'index.html'), 'utf8').includes('data-pagefind-body'));
    expect(listed.map((page) => page.slug)).toEqual([]);
  });
});
