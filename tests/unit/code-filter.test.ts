import { describe, expect, it } from 'vitest';
import { filterCount, filterWords, rowMatches, type FilterRow, type Filters } from '../../src/lib/catalog/code-filter.ts';

const none: Filters = { q: '', category: '', audience: '', signal: '', page: '' };
const guide: FilterRow = { text: '50053 aadsts50053 account is locked idslocked', category: 'account-state', audiences: ['user', 'helpdesk'], signal: 'security-relevant', guide: true };
const reference: FilterRow = { text: '90033 aadsts90033 a transient error has occurred', category: 'service', audiences: ['user'], signal: 'transient', guide: false };
const shown = (filters: Partial<Filters>, words: string[] = []) => [guide, reference].filter((row) => rowMatches(row, { ...none, ...filters }, words)).map((row) => row.text.split(' ')[0]);

describe('rowMatches', () => {
  it('shows every row when no filter is set', () => {
    expect(shown({})).toEqual(['50053', '90033']);
  });

  it.each([
    ['a category', { category: 'service' }, ['90033']],
    ['an audience any row lists', { audience: 'helpdesk' }, ['50053']],
    ['an audience both list', { audience: 'user' }, ['50053', '90033']],
    ['a signal', { signal: 'security-relevant' }, ['50053']],
    ['written guides', { page: 'guide' }, ['50053']],
    ['reference pages', { page: 'reference' }, ['90033']],
    ['a category and a signal that no row has together', { category: 'service', signal: 'security-relevant' }, []],
  ])('keeps only the rows with %s', (_, filters, codes) => {
    expect(shown(filters)).toEqual(codes);
  });

  it('needs every word somewhere in the code, title or name', () => {
    expect(shown({}, ['locked', 'aadsts50053'])).toEqual(['50053']);
    expect(shown({}, ['locked', 'transient'])).toEqual([]);
    expect(shown({}, ['500'])).toEqual(['50053']);
  });
});

describe('filterWords', () => {
  it('splits on any run of spaces, lower-cased, with no empty words', () => {
    expect(filterWords('  Account\tLOCKED  ')).toEqual(['account', 'locked']);
    expect(filterWords('   ')).toEqual([]);
  });
});

describe('filterCount', () => {
  it('counts all codes, or how many of them a filter leaves, with thousands separated', () => {
    expect(filterCount(1509, 1509, false)).toBe('1,509 codes');
    expect(filterCount(12, 1509, true)).toBe('12 of 1,509 codes');
    expect(filterCount(0, 1509, true)).toBe('0 of 1,509 codes');
  });
});
