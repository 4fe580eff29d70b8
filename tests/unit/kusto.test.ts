/** Every query the site publishes, and every string it writes into one, read by Microsoft's own Kusto parser. */
import { describe, expect, it } from 'vitest';
import { datatableQuery, enrichmentQuery, HIDE_ROUTINE_FILTER, kqlString, SECURITY_SIGNAL_FILTER, watchlistQuery } from '../../src/lib/publish/kql.ts';
import { kustoErrors, kustoStringValue } from '../kusto.ts';

const HOSTILE_TEXT = [
  'plain',
  'say "hi" \\ now',
  "it's",
  'line one\nline two\r\nline three\rend',
  'tab\there',
  'separators\u2028line\u2029paragraph\u0085next',
  'controls \u0000 \u0001 \u000b \u000c \u001b[31m \u001f \u007f \u0080 \u009f',
  'bidi \u202eevil\u202c and \u2066isolate\u2069',
  'trailing backslash \\',
  '\\u0041 written out, \\" and \\\\',
  '" ; drop table x; print "',
  'non-ASCII: Ünïcödé ✓ 認証 😀',
];

const code = (fields: Record<string, unknown>) =>
  ({ code: 50126, name: null, title: 'T', summary: 'S', message: 'M', category: 'password', audiences: [], signal: 'user-error', guide: true, confidence: null, url: 'https://atlas.test/codes/50126/', ...fields }) as never;

describe('kqlString', () => {
  it.each(HOSTILE_TEXT)('writes %j as one literal that Kusto reads back unchanged', (text) => {
    const literal = kqlString(text);
    expect(kustoErrors(`print value = ${literal}`)).toEqual([]);
    expect(kustoStringValue(literal)).toBe(text);
  });

  it('keeps every literal on one line, with no line or paragraph separator left in it', () => {
    for (const text of HOSTILE_TEXT) expect(kqlString(text)).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
  });

  it('uses the escapes Kusto documents where there is one', () => {
    expect(kqlString('say "hi" \\ now\n\t\r')).toBe('"say \\"hi\\" \\\\ now\\n\\t\\r"');
    expect(kqlString('a\u2028b\u000bc')).toBe('"a\\u2028b\\u000bc"');
  });
});

describe('the published enrichment queries', () => {
  it('reads the CSV with no error', () => {
    expect(kustoErrors(enrichmentQuery('https://atlas.test/api/codes.csv'))).toEqual([]);
  });

  it('reads the CSV from an address holding quotes and backslashes with no error', () => {
    expect(kustoErrors(enrichmentQuery('https://atlas.test/"quoted"\\path/codes.csv'))).toEqual([]);
  });

  it.each([SECURITY_SIGNAL_FILTER, HIDE_ROUTINE_FILTER])('accepts the filter %s after the join', (filter) => {
    expect(kustoErrors(`${enrichmentQuery('https://atlas.test/api/codes.csv')}\n${filter}`)).toEqual([]);
  });

  it('inlines hostile titles in the datatable with no error', () => {
    const codes = HOSTILE_TEXT.map((title, position) => code({ code: 90000 + position, title, category: position % 2 ? null : 'password' }));
    expect(kustoErrors(datatableQuery(codes))).toEqual([]);
  });

  it('enriches sign-ins through the watchlist with no error, with or without the filter', () => {
    expect(kustoErrors(watchlistQuery())).toEqual([]);
    expect(kustoErrors(`${watchlistQuery()}${SECURITY_SIGNAL_FILTER}`)).toEqual([]);
    expect(kustoErrors(watchlistQuery('a "quoted" alias'))).toEqual([]);
  });
});

describe('the parser set up for these tests', () => {
  it('reports the error a reserved word or an unknown column causes', () => {
    expect(kustoErrors('SigninLogs\n| project AtlasTitle = title, UserPrincipalName')).toContain("2:24: KS228 The name 'title' needs to be bracketed as ['title'] to be used in this context.");
    expect(kustoErrors('SigninLogs | where NoSuchColumn == 1')).toHaveLength(1);
    expect(kustoErrors('print "unclosed')).not.toEqual([]);
  });
});
