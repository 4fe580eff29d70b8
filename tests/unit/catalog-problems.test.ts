/** What a contributor reads for each mistake in content/catalog.tsv, and the edge cases of reading it. */
import { describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS, currentMessage, formatCatalog, isCalendarDate, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';

const header = CATALOG_COLUMNS.join('\t');
const line = (...fields: string[]) => fields.join('\t');
const good = line('50053', 'IdsLocked', 'reference-table', '2026-11-22', '', '', '', '', 'The account is locked.', '');
const classified = line('90033', '', 'lookup-2022', '2026-12-03', 'service', 'user,admin', 'transient', 'sure', 'A transient error has occurred.', '');
const problemsOf = (text: string) => parseCatalog(text).problems.map(({ rule, line: at, column, message, hint }) => `${rule} ${at}:${column} ${message}${hint ? ` | ${hint}` : ''}`);

describe('catalogue problems', () => {
  it('say how to fix each mistake', () => {
    expect(problemsOf('code\tname\n')).toMatchInlineSnapshot(`
      [
        "KB040 1:1 the header is not the catalogue header | the first line must be: code<TAB>name<TAB>documented_in<TAB>added<TAB>category<TAB>audiences<TAB>signal<TAB>confidence<TAB>message<TAB>log_message",
      ]
    `);
    expect(problemsOf(`${header}\n50053\tIdsLocked\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:1 the line has 2 fields, not 10 | separate the columns with one tab each; leave a field empty rather than dropping it",
      ]
    `);
    expect(problemsOf(`${header}\n${good.replace('50053', '050053')}\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:1 "050053" is not a code | write the digits only, without AADSTS: a code of 4 to 8 digits (1000 to 99999999)",
      ]
    `);
    expect(problemsOf(`${header}\n${good}\n${good}\n`)).toMatchInlineSnapshot(`
      [
        "KB041 3:1 code 50053 is listed twice (first on line 2) | keep one line per code",
      ]
    `);
    expect(problemsOf(`${header}\n${good.replace('IdsLocked', 'Ids Locked')}\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:7 "Ids Locked" is not a symbolic name | Microsoft’s names are one word of letters, digits and underscores",
      ]
    `);
    expect(problemsOf(`${header}\n${good.replace('reference-table', '')}\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:17 the code says nowhere where it is documented | list one or more of reference-table, sign-in-log-list, lookup-2022, log-list-2025, community",
      ]
    `);
    expect(problemsOf(`${header}\n${good.replace('reference-table', 'reference-table,blog')}\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:17 "blog" is not a place codes are documented | use reference-table, sign-in-log-list, lookup-2022, log-list-2025, community",
      ]
    `);
    expect(problemsOf(`${header}\n${good.replace('2026-11-22', '22/11/2026')}\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:33 "22/11/2026" is not a date | write the day the code was added as YYYY-MM-DD",
      ]
    `);
    expect(problemsOf(`${header}\n${classified.replace('service', 'network')}\n`)).toMatchInlineSnapshot(`
      [
        "KB042 2:31 "network" is not a category | use one of mfa, conditional-access, password, account-state, device, application, consent, token-session, federation, tenant, service, or leave it empty for a guess whose message fits none of them",
      ]
    `);
    expect(problemsOf(`${header}\n${classified.replace('user,admin', '')}\n`)).toMatchInlineSnapshot(`
      [
        "KB042 2:39 "" is not a list of audiences | list, most likely first, from user, helpdesk, admin, developer",
      ]
    `);
    expect(problemsOf(`${header}\n${classified.replace('user,admin', 'user,boss')}\n`)).toMatchInlineSnapshot(`
      [
        "KB042 2:39 "boss" is not a list of audiences | list, most likely first, from user, helpdesk, admin, developer",
      ]
    `);
    expect(problemsOf(`${header}\n${classified.replace('transient', 'noise')}\n`)).toMatchInlineSnapshot(`
      [
        "KB042 2:50 "noise" is not a signal | use one of benign, interrupt, transient, user-error, misconfiguration, policy, unclassified, security-relevant",
      ]
    `);
    expect(problemsOf(`${header}\n${classified.replace('\tsure\t', '\tmaybe\t')}\n`)).toMatchInlineSnapshot(`
      [
        "KB042 2:60 "maybe" is not a confidence | write sure, or guess where Microsoft’s words leave it open",
      ]
    `);
  });

  it('report every problem of a line, each at its own column', () => {
    expect(problemsOf(`${header}\n${line('x', '1bad', 'blog', 'today', '', '', '', '', '', '')}\n`)).toMatchInlineSnapshot(`
      [
        "KB040 2:1 "x" is not a code | write the digits only, without AADSTS: a code of 4 to 8 digits (1000 to 99999999)",
        "KB040 2:3 "1bad" is not a symbolic name | Microsoft’s names are one word of letters, digits and underscores",
        "KB040 2:8 "blog" is not a place codes are documented | use reference-table, sign-in-log-list, lookup-2022, log-list-2025, community",
        "KB040 2:13 "today" is not a date | write the day the code was added as YYYY-MM-DD",
      ]
    `);
  });

  it.each([
    ['a code with a suffix', good.replace('50053', '50053x')],
    ['a code with a prefix', good.replace('50053', 'x50053')],
    ['a name with a trailing space', good.replace('IdsLocked', 'IdsLocked ')],
    ['a name starting with a digit', good.replace('IdsLocked', '9Ids')],
    ['a date with a suffix', good.replace('2026-11-22', '2026-11-22x')],
    ['a date with a prefix', good.replace('2026-11-22', 'x2026-11-22')],
  ])('refuse %s', (_, text) => {
    expect(parseCatalog(`${header}\n${text}\n`).problems).toHaveLength(1);
  });
});

describe('reading the catalogue', () => {
  it('accepts a byte-order mark, Windows line ends and blank lines', () => {
    const { rows, problems } = parseCatalog(`\uFEFF${header}\r\n${good}\r\n\r\n  \r\n${classified}\r\n`);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.code, row.line])).toEqual([[50053, 2], [90033, 5]]);
  });

  it('keeps a row without classification free of one, and reads a list of places', () => {
    const { rows } = parseCatalog(`${header}\n${good.replace('reference-table', 'reference-table,,community')}\n`);
    expect(rows[0].documentedIn).toEqual(['reference-table', 'community']);
    expect('classification' in rows[0]).toBe(false);
  });

  it.each(['999', '123456789', '9007199254740993', '123456789012345678901234'])('refuses %s, outside the catalogue’s range of codes', (code) => {
    expect(problemsOf(`${header}\n${good.replace('50053', code)}\n`)).toEqual([`KB040 2:1 "${code}" is not a code | write the digits only, without AADSTS: a code of 4 to 8 digits (1000 to 99999999)`]);
  });

  it('turns tabs and line breaks in a message into single spaces when writing', () => {
    const text = formatCatalog([{ code: 1000, name: '', documentedIn: ['community'], added: '2026-01-01', message: ' one\t\ttwo\r\nthree ', logMessage: 'a\n\nb' }]);
    expect(text).toBe(`${header}\n1000\t\tcommunity\t2026-01-01\t\t\t\t\tone two three\ta b\n`);
    expect(parseCatalog(text).rows[0]).toMatchObject({ message: 'one two three', logMessage: 'a b' });
  });

  it('prefers the sign-in log wording as the current message', () => {
    expect(currentMessage({ message: 'Old.', logMessage: 'New.' })).toBe('New.');
    expect(currentMessage({ message: 'Old.', logMessage: '' })).toBe('Old.');
  });

  it('accepts only whole dates', () => {
    expect(isCalendarDate('2026-11-22')).toBe(true);
    expect(isCalendarDate(' 2026-11-22')).toBe(false);
    expect(isCalendarDate('2026-11-22 ')).toBe(false);
  });
});
