/** The built site: every page type, every internal link and anchor, the search index. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/lib/site-links.ts';
import { CATALOG_FILE, parseCatalog } from '../../src/lib/catalog-file.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const codes = readdirSync(join(site, 'codes')).filter((name) => /^\d+$/.test(name));

describe('the built site', () => {
  it.each([
    'index.html',
    'codes/index.html',
    'codes/500121/index.html',
    'causes/mfa-reported-as-fraud/index.html',
    'fixes/unblock-mfa-user-and-clear-risk/index.html',
    'categories/index.html',
    'categories/mfa/index.html',
    'search/index.html',
    'wanted/index.html',
    '404.html',
  ])('has %s', (path) => {
    expect(existsSync(join(site, path))).toBe(true);
  });

  it('has a page for every catalogued code, and for nothing else', () => {
    const catalogued = parseCatalog(readFileSync(CATALOG_FILE, 'utf8')).rows.map((row) => String(row.code));
    expect(codes.sort()).toEqual(catalogued.sort());
    const guides = readdirSync('content/codes').map((name) => name.replace(/\.mdx$/, ''));
    expect(guides.filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('has no broken internal links or anchors', () => {
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('wrote the search index', () => {
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBeGreaterThanOrEqual(codes.length);
  });

  it('indexes each code page under the bare code, the AADSTS code and its filters', () => {
    const page = read('codes/500121/index.html');
    expect(page).toContain('data-pagefind-body');
    expect(page).toMatch(/Error code 500121\b/);
    expect(page).toContain('AADSTS500121');
    expect(page).toContain('data-pagefind-filter="category:Multifactor authentication"');
    expect(page).toContain('data-pagefind-filter="audience:User"');
    expect(page).toContain('data-pagefind-filter="type:Code"');
  });

  it('lays out a code page in the order readers need it', () => {
    const page = read('codes/500121/index.html');
    const order = ['id="start"', 'id="meaning"', 'id="causes"', 'id="collect"', 'id="security"', 'id="related"', 'id="sources"'].map((marker) => page.indexOf(marker));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
