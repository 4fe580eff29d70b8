import { describe, expect, it } from 'vitest';
import { closestWord, rankByWordsMatched, searchTerms } from '../../src/lib/search-query.ts';

describe('searchTerms', () => {
  it('drops stop words and contractions, and maps the field’s synonyms', () => {
    expect(searchTerms("My phone didn't get the 2FA prompt")).toEqual(['phone', 'mfa', 'prompt']);
    expect(searchTerms('I’m locked out, login blocked by CA')).toEqual(['locked', 'sign', 'blocked', 'conditional', 'access']);
  });

  it('leaves out the code prefix, numbers and IDs, but keeps symbolic names', () => {
    expect(searchTerms('AADSTS50999 3a1d0000 2026 Saml2MessageInvalid')).toEqual(['saml2messageinvalid']);
  });
});

describe('closestWord', () => {
  it('reads a typo as the nearest word the pages use', () => {
    expect(closestWord('pasword', ['password', 'passkey'])).toBe('password');
    expect(closestWord('athenticator', ['authenticator'])).toBe('authenticator');
    expect(closestWord('zzzz', ['password'])).toBeNull();
  });
});

describe('rankByWordsMatched', () => {
  it('ranks a page matching the rare word above one matching only common words', () => {
    const ranked = rankByWordsMatched([[{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }], [{ id: 'c', score: 1 }]], () => false, 100);
    expect(ranked[0].id).toBe('c');
  });
});
