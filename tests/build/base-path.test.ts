/** The site served under a base path, as a GitHub Pages project site is. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks, htmlFiles } from '../../scripts/lib/site-links.ts';
import { BASE_PATH } from './global-setup.ts';

const site = inject('baseSiteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const read = (path: string) => readFileSync(join(site, path), 'utf8');

describe(`a build under ${BASE_PATH}`, () => {
  it('has no broken links, assets or anchors', () => {
    expect(findBrokenLinks(site, BASE_PATH)).toEqual([]);
  });

  it('links nothing outside the base path', () => {
    const outside = htmlFiles(site).flatMap((file) =>
      [...read(file).matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]).filter((url) => !url.startsWith(BASE_PATH)).map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('points short links, host rules, the search index and the OpenSearch template inside the base path', () => {
    expect(read('500121/index.html')).toContain(`content="0;url=${BASE_PATH}codes/500121/"`);
    expect(read('_redirects')).toContain(`${BASE_PATH}AADSTS500121 ${BASE_PATH}codes/500121/ 301`);
    expect(read('opensearch.xml')).toContain(`template="https://atlas.test${BASE_PATH}search/?q={searchTerms}"`);
    const searchScripts = read('search/index.html').match(/src="([^"]+\.js)"/g) ?? [];
    expect(searchScripts.length).toBeGreaterThan(0);
    expect(searchScripts.every((tag) => tag.includes(BASE_PATH))).toBe(true);
    // The browser scripts build their links (code pages, the Pagefind bundle) from the same base.
    const scripts = readdirSync(join(site, '_astro')).filter((name) => name.endsWith('.js'));
    expect(scripts.some((name) => read(`_astro/${name}`).includes(BASE_PATH))).toBe(true);
  });
});
