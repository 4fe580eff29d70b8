/** The built site: every page type, every internal link and anchor, the search index. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/lib/site-links.ts';
import { CATALOG_FILE, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { collidingTitles, referenceTitle } from '../../src/lib/catalog/listing.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { parseSourceTitles, SOURCE_TITLES_FILE, titlesByUrl } from '../../src/lib/site/source-titles.ts';
import { CATEGORY_SLUGS } from '../../src/schemas/vocabulary.ts';
import { OFFICIAL_REFERENCE_URL, POPULAR_CODES } from '../../src/site.ts';
import { normalise, pageText } from './page-text.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const codes = readdirSync(join(site, 'codes')).filter((name) => /^\d+$/.test(name));

describe('the built site', () => {
  const catalogRows = parseCatalog(readFileSync(CATALOG_FILE, 'utf8')).rows;
  const colliding = collidingTitles(catalogRows);
  const guideData = (code: string) => (parseFrontMatter(readFileSync(`content/codes/${code}.mdx`, 'utf8')) as { data: Record<string, unknown> }).data;
  const frontMatter = (path: string) => (parseFrontMatter(readFileSync(path, 'utf8')) as { data: Record<string, unknown> }).data;
  const titleOf = (code: string) => (existsSync(`content/codes/${code}.mdx`) ? String(guideData(code).title) : referenceTitle(catalogRows.find((row) => String(row.code) === code)!, colliding));

  it('opens on the lookup form and links the popular codes', () => {
    const page = read('index.html');
    expect(page).toMatch(/<form[^>]*data-lookup/);
    for (const code of POPULAR_CODES) expect(page, code).toContain(`href="/codes/${code}/"`);
  });

  it('lists every catalogued code, linked, with its title, in the table of codes', () => {
    const page = read('codes/index.html');
    const text = pageText(site, 'codes/index.html');
    for (const row of catalogRows) {
      expect.soft(page.includes(`href="/codes/${row.code}/"`), `link to ${row.code}`).toBe(true);
      expect.soft(text.includes(normalise(titleOf(String(row.code)))), `title of ${row.code}`).toBe(true);
    }
  });

  it('shows a cause with every code that lists it, and a fix with its title', () => {
    const cause = frontMatter('content/causes/mfa-reported-as-fraud.mdx');
    const causePage = read('causes/mfa-reported-as-fraud/index.html');
    expect(pageText(site, 'causes/mfa-reported-as-fraud/index.html')).toContain(normalise(String(cause.title)));
    const listing = readdirSync('content/codes').filter((name) => (frontMatter(`content/codes/${name}`).causes as string[]).includes('mfa-reported-as-fraud'));
    expect(listing.length).toBeGreaterThan(0);
    for (const name of listing) expect(causePage).toContain(`href="/codes/${name.replace('.mdx', '')}/"`);
    const fix = frontMatter('content/fixes/unblock-mfa-user-and-clear-risk.mdx');
    expect(pageText(site, 'fixes/unblock-mfa-user-and-clear-risk/index.html')).toContain(normalise(String(fix.title)));
  });

  it('lists every category, and under each category every code in it', () => {
    const index = read('categories/index.html');
    for (const slug of CATEGORY_SLUGS) expect(index, slug).toContain(`href="/categories/${slug}/"`);
    const mfa = read('categories/mfa/index.html');
    const inMfa = catalogRows.filter((row) => (existsSync(`content/codes/${row.code}.mdx`) ? guideData(String(row.code)).category : row.classification?.category) === 'mfa');
    expect(inMfa.length).toBeGreaterThan(5);
    for (const row of inMfa) expect.soft(mfa.includes(`href="/codes/${row.code}/"`), `link to ${row.code}`).toBe(true);
  });

  it('offers the lookup form on the search and not-found pages, and lists wanted codes', () => {
    for (const path of ['search/index.html', '404.html']) expect(read(path), path).toMatch(/<form[^>]*data-lookup/);
    expect(read('404.html')).toContain('Page not found');
    expect(read('wanted/index.html')).toContain('href="/codes/');
  });

  it('built as a maintainer builds it: the search page has no development-server note', () => {
    expect(read('search/index.html')).not.toContain('The development server searches');
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

  it('names every cited page by its title on every page, never by its address', () => {
    const titles = titlesByUrl(parseSourceTitles(readFileSync(SOURCE_TITLES_FILE, 'utf8')).rows);
    const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
    /** The name of each link on a page, with where it points. */
    const links = (path: string) => [...read(path).matchAll(/<a\b[^>]*?href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, text]) => ({ href: decode(href), text: decode(text) }));
    const pages = (readdirSync(site, { recursive: true }) as string[]).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(codes.length);
    const namedByAddress = pages.flatMap((path) => links(path).filter((link) => titles.has(link.text)).map((link) => `${path}: ${link.text}`));
    expect(namedByAddress).toEqual([]);

    // The Sources list of a written guide and of a reference page, as on a cause's or a fix's page.
    const guideSources = (guideData('500121').sources as string[]).filter((url) => titles.has(url));
    expect(guideSources.length).toBeGreaterThan(0);
    for (const url of guideSources) expect(links('codes/500121/index.html')).toContainEqual({ href: url, text: titles.get(url) });
    const reference = catalogRows.find((row) => !existsSync(`content/codes/${row.code}.mdx`) && row.documentedIn.includes('reference-table'))!;
    expect(links(`codes/${reference.code}/index.html`)).toContainEqual({ href: OFFICIAL_REFERENCE_URL, text: titles.get(OFFICIAL_REFERENCE_URL) });
  });

  it('shows under every fix on a guide the sources that fix cites', () => {
    const guides = readdirSync('content/codes').filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
    const fixSources = (slug: string) => ((parseFrontMatter(readFileSync(`content/fixes/${slug}.mdx`, 'utf8')) as { data: { sources?: string[] } }).data.sources ?? []);
    const missing: string[] = [];
    let fixesSeen = 0;
    for (const code of guides) {
      const page = read(`codes/${code}/index.html`);
      for (const [, slug, body] of page.matchAll(/<article class="fix" id="fix-([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/article>/g)) {
        fixesSeen += 1;
        for (const url of fixSources(slug)) if (!body.includes(`href="${url.replace(/&/g, '&amp;')}"`)) missing.push(`${code}: fix ${slug} does not show ${url}`);
      }
    }
    expect(fixesSeen).toBeGreaterThan(guides.length);
    expect(missing).toEqual([]);
  });

  it('calls no cause the most likely, on the page or in its ticket note, where a guide says Microsoft does not rank them', () => {
    const unranked = readdirSync('content/codes').map((file) => file.replace(/\.mdx$/, '')).filter((code) => guideData(code).causesRanked === false);
    expect(unranked.length).toBeGreaterThan(0);
    for (const code of unranked) {
      const page = read(`codes/${code}/index.html`);
      expect.soft(page, code).not.toMatch(/Most likely|most likely first/);
      expect.soft(page, code).toContain('>Check first<');
      expect.soft(page, code).toContain('Cause to check first');
    }
  });

  it('lays out a code page in the order readers need it', () => {
    const page = read('codes/500121/index.html');
    const order = ['id="start"', 'id="meaning"', 'id="causes"', 'id="collect"', 'id="security"', 'id="related"', 'id="sources"'].map((marker) => page.indexOf(marker));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
