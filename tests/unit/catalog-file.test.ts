import { describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS, formatCatalog, isCalendarDate, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { coverage } from '../../src/lib/catalog/coverage.ts';

const header = CATALOG_COLUMNS.join('\t');
const line = (...fields: string[]) => fields.join('\t');
const good = line('50053', 'IdsLocked', 'reference-table,sign-in-log-list', '2026-11-22', '', '', '', '', 'The account is locked.', '');
const classified = line('90033', '', 'lookup-2022', '2026-12-03', 'service', 'user,admin', 'transient', 'sure', 'A transient error has occurred. Please try again.', '');

describe('parseCatalog', () => {
  it('reads codes, names, places, dates, classification and both wordings', () => {
    const { rows, problems } = parseCatalog(`${header}\n${good}\n${classified}\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { code: 50053, name: 'IdsLocked', documentedIn: ['reference-table', 'sign-in-log-list'], added: '2026-11-22', message: 'The account is locked.', logMessage: '', line: 2 },
      { code: 90033, name: '', documentedIn: ['lookup-2022'], added: '2026-12-03', classification: { category: 'service', audiences: ['user', 'admin'], signal: 'transient', confidence: 'sure' }, message: 'A transient error has occurred. Please try again.', logMessage: '', line: 3 },
    ]);
  });

  it('reads a file saved with a byte-order mark, and keeps the characters of every field', () => {
    const odd = line('70000', '', 'community', '2026-12-03', '', '', '', '', 'Starts\uFEFF with a mark inside.', '');
    for (const file of [`\uFEFF${header}\n${odd}\n`, `${header}\n${odd}\n`]) {
      const { rows, problems } = parseCatalog(file);
      expect(problems).toEqual([]);
      expect(rows.map((row) => row.message)).toEqual(['Starts\uFEFF with a mark inside.']);
    }
  });

  it('reads no rows at all under a wrong header', () => {
    expect(parseCatalog(`code\tname\n${good}\n`).rows).toEqual([]);
  });

  it('reads a guess without a category, and writes it back so', () => {
    const text = `${header}\n${classified.replace('\tservice\t', '\t\t').replace('\tsure\t', '\tguess\t')}\n`;
    const { rows, problems } = parseCatalog(text);
    expect(problems).toEqual([]);
    expect(rows[0]?.classification).toEqual({ category: undefined, audiences: ['user', 'admin'], signal: 'transient', confidence: 'guess' });
    expect(formatCatalog(rows)).toBe(text);
  });

  it('reads a list of audiences with a trailing comma as the list', () => {
    const { rows, problems } = parseCatalog(`${header}\n${classified.replace('user,admin', 'user,admin,')}\n`);
    expect(problems).toEqual([]);
    expect(rows[0]?.classification?.audiences).toEqual(['user', 'admin']);
  });

  it('writes back what it read, in numeric order', () => {
    const text = `${header}\n${good}\n${classified}\n`;
    const { rows } = parseCatalog(`${header}\n${classified}\n${good}\n`);
    expect(formatCatalog(rows)).toBe(text);
  });

  it.each([
    ['a wrong header', 'code\tname\n', 'KB040 1:1 the header is not the catalogue header'],
    ['a missing field', `${header}\n50053\tIdsLocked\n`, 'KB040 2:1 the line has 2 fields, not 10'],
    ['a code with letters', `${header}\n${good.replace('50053', 'AADSTS50053')}\n`, 'KB040 2:1 "AADSTS50053" is not a code'],
    ['a code listed twice', `${header}\n${good}\n${good}\n`, 'KB041 3:1 code 50053 is listed twice (first on line 2)'],
    ['an unknown place', `${header}\n${good.replace('reference-table,', 'blog,')}\n`, 'KB040 2:17 "blog" is not a place codes are documented'],
    ['an impossible date', `${header}\n${good.replace('2026-11-22', '2026-02-30')}\n`, 'KB040 2:50 "2026-02-30" is not a date'],
    ['an unknown category', `${header}\n${classified.replace('service', 'network')}\n`, 'KB042 2:31 "network" is not a category'],
    ['an unknown audience', `${header}\n${classified.replace('user,admin', 'user,boss')}\n`, 'KB042 2:39 "boss" is not a list of audiences'],
    ['an unknown signal', `${header}\n${classified.replace('transient', 'noise')}\n`, 'KB042 2:50 "noise" is not a signal'],
    ['a half-filled classification', `${header}\n${classified.replace('\tsure\t', '\t\t')}\n`, 'KB042 2:60 "" is not a confidence'],
    ['a sure classification without its category', `${header}\n${classified.replace('\tservice\t', '\t\t')}\n`, 'KB042 2:31 a classification marked sure names its category'],
  ])('reports %s with its rule, line and column', (_, text, expected) => {
    const { rows, problems } = parseCatalog(text);
    expect(problems.map((problem) => `${problem.rule} ${problem.line}:${problem.column} ${problem.message}`)).toEqual([expected]);
    expect(rows.some((row) => row.line === problems[0]?.line)).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each([['2026-12-03', true], ['2024-02-29', true], ['2026-02-30', false], ['2026-13-01', false], ['2026-1-01', false], ['yesterday', false], ['x2026-12-03', false], ['2026-12-03x', false], [' 2026-12-03', false]])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('coverage', () => {
  const page = (code: number, causes: string[]) => ({ code, causes, related: [], audiences: ['user'], collect: [], signal: {} });
  it('counts catalogued codes, guides and generated pages, ignoring guides the catalogue lacks', () => {
    expect(coverage([{ code: 1 }, { code: 2 }, { code: 3 }], [page(1, ['a']), page(4, ['a'])])).toEqual({ codes: 3, guides: 1, fullDepth: 0, referencePages: 2 });
  });
});
