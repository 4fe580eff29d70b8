import { describe, expect, it } from 'vitest';
import { groupByAudience, groupByTitle, mainCategory } from '../../src/lib/catalog/directory.ts';

describe('groupByTitle', () => {
  it('keeps the order of the keys, sorts each group by title and leaves out empty groups', () => {
    const items = [
      { title: 'beta', key: 'b' },
      { title: 'Alpha', key: 'b' },
      { title: 'gamma', key: 'a' },
      { title: 'stray', key: undefined },
    ];
    expect(groupByTitle(items, ['a', 'c', 'b'], (item) => item.key)).toEqual([
      ['a', [{ title: 'gamma', key: 'a' }]],
      ['b', [{ title: 'Alpha', key: 'b' }, { title: 'beta', key: 'b' }]],
    ]);
  });
});

describe('groupByAudience', () => {
  it('orders the groups user, helpdesk, admin, developer', () => {
    const fixes = [
      { title: 'Rotate the secret', audience: 'developer' as const },
      { title: 'Unblock the account', audience: 'admin' as const },
      { title: 'Check the clock', audience: 'user' as const },
      { title: 'Find the sign-in', audience: 'helpdesk' as const },
    ];
    expect(groupByAudience(fixes).map(([audience]) => audience)).toEqual(['user', 'helpdesk', 'admin', 'developer']);
  });
});

describe('mainCategory', () => {
  it('is the category most codes are in', () => {
    expect(mainCategory(['password', 'mfa', 'mfa', undefined])).toBe('mfa');
  });
  it('takes the earlier category on a tie', () => {
    expect(mainCategory(['password', 'mfa'])).toBe('mfa');
    expect(mainCategory(['mfa', 'password'])).toBe('mfa');
  });
  it('is undefined when no code has a category', () => {
    expect(mainCategory([undefined, undefined])).toBeUndefined();
    expect(mainCategory([])).toBeUndefined();
  });
});
