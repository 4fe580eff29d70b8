/** People's words for codes come from the tuning half of the phrasings only, read as queries are read. */
import { describe, expect, it } from 'vitest';
import { peopleWords } from '../../src/lib/search/people-words.ts';

describe('peopleWords', () => {
  it('reads only train rows, so held-out phrasings never reach the index', () => {
    const words = peopleWords([
      { code: '50011', phrasing: 'Reply URL mismatch after deploying', split: 'train' },
      { code: '50011', phrasing: 'Azure App Service staging slot', split: 'test' },
      { code: '65001', phrasing: 'Need admin approval for Teams app', split: 'test' },
    ]);
    expect(words.get(50011)).toBe('reply url mismatch deploying');
    expect(words.has(65001)).toBe(false);
  });

  it('keeps each word once per code, drops stop words and short words, and maps synonyms as queries do', () => {
    const words = peopleWords([
      { code: 50076, phrasing: 'After I login the 2FA prompt loops', split: 'train' },
      { code: 50076, phrasing: 'The 2FA prompt never ends', split: 'train' },
    ]);
    expect(words.get(50076)).toBe('sign mfa prompt loops never ends');
  });

  it('stops at the cap per code', () => {
    const words = peopleWords([{ code: 1, phrasing: 'alpha bravo charlie delta echo', split: 'train' }], 3);
    expect(words.get(1)).toBe('alpha bravo charlie');
  });
});
