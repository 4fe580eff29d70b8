/** The exports security analysts use, as built: every KQL query parses in Kusto, one set of security signals, files that open as intended. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { ELEMENT_NODE, parse as parseHtml, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { describe, expect, inject, it } from 'vitest';
import { CodeIndexSchema, CSV_COLUMNS, WATCHLIST_COLUMNS } from '../../src/schemas/api.ts';
import { kustoErrors } from '../kusto.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const bytes = (path: string) => readFileSync(join(site, path));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (text: string) => text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => (name[0] === '#' && name !== '#39' ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole)));

/** The decoded text of every element of a built page that matches `test`. */
function texts(page: string, test: (node: Node) => boolean): string[] {
  const found: string[] = [];
  const textOf = (node: Node): string => (node.type === TEXT_NODE ? decode(node.value) : (node.children ?? []).map(textOf).join(''));
  walkSync(parseHtml(read(page)), (node) => {
    if (node.type === ELEMENT_NODE && test(node)) found.push(textOf(node));
  });
  return found;
}
const queriesOn = (page: string) => texts(page, (node) => node.name === 'code' && 'data-kql' in node.attributes);
const inlineCodeOn = (page: string) => texts(page, (node) => node.name === 'code');

describe('every KQL query the site publishes', () => {
  const published = [
    ...['api/codes.kql', 'api/sentinel-watchlist.kql'].map((path) => [path, read(path)] as const),
    ...['api/index.html', 'signals/index.html'].flatMap((page) => queriesOn(page).map((query, position) => [`${page} query ${position + 1}`, query] as const)),
  ];

  it('includes the datatable, both queries on /api/, the watchlist query and the per-code queries on /signals/', () => {
    expect(published.filter(([name]) => name.startsWith('api/index.html'))).toHaveLength(3);
    expect(published.filter(([name]) => name.startsWith('signals/index.html')).length).toBeGreaterThan(15);
  });

  it.each(published)('%s parses in Kusto with no error', (_, query) => {
    expect(kustoErrors(query)).toEqual([]);
  });

  it.each(inlineCodeOn('api/index.html').filter((text) => text.startsWith('| where')))('the filter %s on /api/ parses after the enrichment', (filter) => {
    expect(kustoErrors(`${read('api/codes.kql')}${filter}`)).toEqual([]);
  });
});

describe('security signals', () => {
  const pageCodes = [...read('signals/index.html').matchAll(/id="code-(\d+)"/g)].map((match) => Number(match[1])).sort((a, b) => a - b);
  const csv = parse(read('api/codes.csv'), { record_delimiter: '\r\n', bom: true, columns: true }) as Record<(typeof CSV_COLUMNS)[number], string>[];
  const index = CodeIndexSchema.parse(JSON.parse(read('api/codes.json')));

  it('are the same codes on /signals/, in the API and under the filter /api/ recommends on the CSV', () => {
    const filter = inlineCodeOn('api/index.html').find((text) => text.includes('AtlasSignal =='));
    const wanted = /AtlasSignal == "([^"]+)"/.exec(filter ?? '')?.[1];
    expect(wanted).toBeDefined();
    const fromCsv = csv.filter((row) => row.signal === wanted).map((row) => Number(row.code));
    const fromApi = index.codes.filter((code) => code.signal === wanted).map((code) => code.code);
    expect(pageCodes.length).toBeGreaterThan(0);
    expect(pageCodes).toEqual(fromCsv);
    expect(pageCodes).toEqual(fromApi);
  });

  it('are counted on the page as the sum of those with and without a guide, and the guesses are marked', () => {
    const lead = texts('signals/index.html', (node) => node.name === 'p' && node.attributes.class === 'lead')[0].replace(/\s+/g, ' ');
    const guesses = index.codes.filter((code) => pageCodes.includes(code.code) && code.confidence === 'guess');
    const guides = index.codes.filter((code) => pageCodes.includes(code.code) && code.guide);
    expect(lead).toContain(`${pageCodes.length} codes are signals: ${guides.length} have a guide`);
    expect(lead).toContain(`${guesses.length} of them a guess`);
    expect(read('signals/index.html').split('(classification is a guess)').length - 1).toBe(guesses.length);
    expect(csv.filter((row) => row.confidence === 'guess' && pageCodes.includes(Number(row.code)))).toHaveLength(guesses.length);
  });
});

describe('the CSV and the watchlist', () => {
  it('marks the CSV as UTF-8 for Excel, and leaves the watchlist without a mark for Sentinel', () => {
    expect([...bytes('api/codes.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(read('api/sentinel-watchlist.csv').startsWith('"Code","Name","Title"')).toBe(true);
  });

  it('has one watchlist row per code, the code first', () => {
    const rows = parse(read('api/sentinel-watchlist.csv'), { record_delimiter: '\r\n' }) as string[][];
    const index = CodeIndexSchema.parse(JSON.parse(read('api/codes.json')));
    expect(rows[0]).toEqual([...WATCHLIST_COLUMNS]);
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(index.codes.map((code) => code.code));
    expect(rows.slice(1).every((row) => row.length === WATCHLIST_COLUMNS.length)).toBe(true);
  });

  it('documents the watchlist on /signals/ and /api/, with its alias and SearchKey', () => {
    for (const page of ['signals/index.html', 'api/index.html']) {
      const html = read(page);
      expect(html).toContain('href="/api/sentinel-watchlist.csv"');
      expect(html).toContain('<code>Code</code> as the');
      expect(html).toContain("_GetWatchlist(&quot;EntraErrorAtlas&quot;)");
    }
  });
});

describe('the Atom feed', () => {
  it('is well-formed XML to a conforming parser', () => {
    const parser = new SaxesParser({ xmlns: true });
    let entries = 0;
    parser.on('error', (error) => {
      throw error;
    });
    parser.on('opentag', (tag) => {
      if (tag.local === 'entry') entries++;
    });
    parser.write(read('changes.xml')).close();
    expect(entries).toBeGreaterThan(0);
  });
});
