/** The machine-readable documents, checked against the published schema. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { CATALOG_FILE, currentMessage, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { collidingTitles, referenceTitle } from '../../src/lib/catalog/listing.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { CodeDetailSchema, CodeIndexSchema, CSV_COLUMNS } from '../../src/schemas/api.ts';
import { enrichmentQuery } from '../../src/lib/publish/kql.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const index = CodeIndexSchema.parse(JSON.parse(read('api/codes.json')));

const catalogue = parseCatalog(readFileSync(CATALOG_FILE, 'utf8')).rows;
const colliding = collidingTitles(catalogue);
const guide = (code: number) => {
  const path = `content/codes/${code}.mdx`;
  if (!existsSync(path)) return undefined;
  return (parseFrontMatter(readFileSync(path, 'utf8')) as { data: { title: string; summary: string; message?: string } }).data;
};

describe('the API', () => {
  it('lists every code page in codes.json', () => {
    const pages = readdirSync(join(site, 'codes')).filter((name) => /^\d+$/.test(name));
    expect(index.count).toBe(pages.length);
    expect(index.codes.map((code) => String(code.code)).sort()).toEqual(pages.sort());
  });

  it('has a detail document for every code that matches the schema', () => {
    for (const summary of index.codes) {
      const detail = CodeDetailSchema.parse(JSON.parse(read(`api/codes/${summary.code}.json`)));
      const row = catalogue.find((entry) => entry.code === summary.code)!;
      expect(detail.title).toBe(guide(summary.code)?.title ?? referenceTitle(row, colliding));
      expect(detail.guide).toBe(guide(summary.code) !== undefined);
      // A guide explains its causes; a generated page holds only what the catalogue knows, never a cause.
      expect(detail.causes.length > 0).toBe(summary.guide);
      expect(detail.causes.every((cause) => cause.fixes.length > 0)).toBe(true);
    }
  });

  it('writes a CSV with the declared columns, one row per code, that the KQL example reads', () => {
    const rows = parse(read('api/codes.csv'), { record_delimiter: '\r\n', bom: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    // Each record carries the catalogue's code and the title and message its page shows.
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(catalogue.map((row) => row.code).sort((a, b) => a - b));
    for (const record of rows.slice(1)) {
      const fields = Object.fromEntries(CSV_COLUMNS.map((column, position) => [column, record[position]]));
      const row = catalogue.find((entry) => entry.code === Number(fields.code))!;
      const written = guide(row.code);
      expect.soft(fields.title, fields.code).toBe(written?.title ?? referenceTitle(row, colliding));
      expect.soft(fields.message, fields.code).toBe(currentMessage(row));
      expect.soft(fields.url, fields.code).toBe(`https://atlas.test/codes/${row.code}/`);
    }
    const declared = /externaldata\(([^)]*)\)/.exec(enrichmentQuery('https://atlas.test/api/codes.csv'))?.[1];
    expect(declared?.split(',').map((column) => /^\s*\['(\w+)'\]:string$/.exec(column)?.[1])).toEqual(rows[0]);
    expect(read('api/index.html')).toContain('https://atlas.test/api/codes.csv');
  });
});

describe('short links and web conventions', () => {
  it.each(['500121', 'AADSTS500121', 'aadsts500121'])('/%s/ leads to the code page', (short) => {
    const page = read(`${short}/index.html`);
    expect(page).toContain('http-equiv="refresh" content="0;url=/codes/500121/"');
    expect(page).toContain('<link rel="canonical" href="https://atlas.test/codes/500121/"');
  });

  it('writes host redirect rules for every short link', () => {
    const rules = read('_redirects');
    for (const code of index.codes) {
      expect(rules).toContain(`/${code.code} /codes/${code.code}/ 301`);
      expect(rules).toContain(`/AADSTS${code.code} /codes/${code.code}/ 301`);
    }
  });

  it('lists every code page in the sitemap, and no short links', () => {
    const sitemap = read('sitemap.xml');
    for (const code of index.codes) expect(sitemap).toContain(`<loc>https://atlas.test/codes/${code.code}/</loc>`);
    expect(sitemap).not.toContain('<loc>https://atlas.test/AADSTS');
  });

  it('describes the search for browsers', () => {
    expect(read('opensearch.xml')).toContain('template="https://atlas.test/search/?q={searchTerms}"');
  });

  it('gives each code page a canonical URL, a description from its summary and Open Graph tags', () => {
    const page = read('codes/500121/index.html');
    const summary = guide(500121)!.summary.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(page).toContain('<link rel="canonical" href="https://atlas.test/codes/500121/">');
    expect(page).toContain(`<meta name="description" content="${summary}">`);
    expect(page).toContain('<meta property="og:title"');
  });

  it('puts a Content-Security-Policy without unsafe-inline scripts on every page', () => {
    for (const path of ['index.html', 'codes/500121/index.html', 'search/index.html', '404.html', '500121/index.html']) {
      const csp = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(read(path))?.[1] ?? '';
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
    expect(read('_headers')).toMatch(/X-Content-Type-Options: nosniff/);
  });
});
