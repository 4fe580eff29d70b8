import { describe, expect, it } from 'vitest';
import { allWords, closestWord, editDistance, rankAllWords, rankByWordsMatched, searchTerms, type TermHit } from '../../src/lib/search/search-query.ts';

describe('searchTerms', () => {
  it('drops stop words and contractions, and maps the field’s synonyms', () => {
    expect(searchTerms("My phone didn't get the 2FA prompt")).toEqual(['phone', 'mfa', 'prompt']);
    expect(searchTerms('I’m locked out, login blocked by CA')).toEqual(['locked', 'sign', 'blocked', 'conditional', 'access']);
  });

  it('leaves out the code prefix, numbers and IDs, but keeps symbolic names', () => {
    expect(searchTerms('AADSTS50999 3a1d0000 2026 Saml2MessageInvalid')).toEqual(['saml2messageinvalid']);
  });

  it.each([
    ['2sv', ['mfa']],
    ['two-factor', ['mfa']],
    ['two-step', ['mfa']],
    ['2-step', ['mfa']],
    ['twofactor', ['mfa']],
    ['twostep', ['mfa']],
    ['multi-factor', ['mfa']],
    ['multifactor', ['mfa']],
    ['lockout', ['locked']],
    ['locked-out', ['locked']],
    ['lockedout', ['locked']],
    ['logon', ['sign']],
    ['log-in', ['sign']],
    ['log-on', ['sign']],
    ['signin', ['sign']],
    ['sign-in', ['sign']],
    ['logins', ['sign']],
    ['b2b', ['guest']],
    ['organization', ['organisation']],
    ['org', ['organisation']],
    ['deactivated', ['disabled']],
    ['pwd', ['password']],
    ['passwd', ['password']],
    ['pw', ['password']],
    ['pass', ['password']],
    ['sms', ['text']],
    ['mobile', ['phone']],
    ['cellphone', ['phone']],
    ['msauth', ['authenticator']],
    ['pta', ['pass-through']],
    ['adfs', ['ad', 'fs']],
  ])('reads %j as the words the pages use', (typed, terms) => {
    expect(searchTerms(typed)).toEqual(terms);
  });

  it('keeps the words the pages use themselves as typed', () => {
    expect(searchTerms('Authenticator OTP expired')).toEqual(['authenticator', 'otp', 'expired']);
  });

  it.each([
    ['log in', ['sign']],
    ['logged  on', ['sign']],
    ['logging in', ['sign']],
    ['log out', ['sign', 'out']],
    ['logged  off', ['sign', 'out']],
    ['signed out everywhere', ['sign', 'out', 'everywhere']],
    ['it keeps logging me out', ['sign', 'out']],
    ['Teams signs you out', ['teams', 'sign', 'out']],
    ['sign-out out', ['sign', 'out']],
    ['pass  through authentication', ['pass-through', 'authentication']],
    ['multi factor', ['mfa']],
    ['multi  factor', ['mfa']],
    ['two step', ['mfa']],
    ['two  factor', ['mfa']],
    ['locked  out', ['locked']],
    ['cond access', ['conditional', 'access']],
    ['cond  access', ['conditional', 'access']],
  ])('reads the phrase %j as one thing, however many spaces it has', (typed, terms) => {
    expect(searchTerms(typed)).toEqual(terms);
  });

  it('reads a curly apostrophe as a straight one', () => {
    expect(searchTerms('the Authenticator’s prompt')).toEqual(['authenticator', 'prompt']);
  });

  it('drops contractions, also those whose stem is no word', () => {
    expect(searchTerms("I can't sign in")).toEqual(['sign']);
    expect(searchTerms("he'll reset it")).toEqual(['reset']);
    expect(searchTerms("passwords needn't expire")).toEqual(['passwords', 'need', 'expire']);
    expect(searchTerms('the app does n’t open')).toEqual(['app', 'open']);
  });

  it('keeps an apostrophe inside a word as part of that word', () => {
    expect(searchTerms("O'Sullivan locked since 9 o'clock")).toEqual(['osullivan', 'locked', 'oclock']);
    expect(searchTerms("the don't-ask-again box")).toEqual(['dont-ask-again', 'box']);
  });

  it('reads quoted and dashed words without their quotes and dashes, and keeps hyphens inside words', () => {
    expect(searchTerms("'blocked' --tenant-- ''token'' multi-tenant app")).toEqual(['blocked', 'tenant', 'token', 'multi-tenant', 'app']);
  });

  it('leaves out the code prefix however it is joined to the code', () => {
    expect(searchTerms('AADSTS aadsts-50126 AADSTS_50126 blocked')).toEqual(['blocked']);
  });

  it('leaves out blanks and hex IDs, but keeps names and words that only contain a digit or hex letters', () => {
    expect(searchTerms('Username: ____ 3a1d 0b6c9d2e')).toEqual(['username']);
    expect(searchTerms('OAuth2 token from a 3rd party deadline2026')).toEqual(['oauth2', 'token', '3rd', 'party', 'deadline2026']);
    expect(searchTerms('face recognition fails')).toEqual(['face', 'recognition', 'fails']);
    expect(searchTerms('B2C sign-up')).toEqual(['b2c', 'sign-up']);
  });

  it('gives each term once, and nothing for an empty query', () => {
    expect(searchTerms('password PASSWORD pwd')).toEqual(['password']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' -- ')).toEqual([]);
  });
});

describe('allWords', () => {
  it('keeps every word of two letters or more, once, for a query of stop words only', () => {
    expect(allWords('Why does it keep happening?')).toEqual(['why', 'does', 'it', 'keep', 'happening']);
    expect(allWords("I did it, I did it again since 2026")).toEqual(['did', 'it', 'again', 'since', '2026']);
  });

  it('leaves out the code prefix', () => {
    expect(allWords('AADSTS AADSTS50126 again')).toEqual(['again']);
  });

  it('finds no word in punctuation or an empty query', () => {
    expect(allWords('?!')).toEqual([]);
    expect(allWords('')).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['password', 'password', 0],
    ['pasword', 'password', 1],
    ['passwordd', 'password', 1],
    ['passwerd', 'password', 1],
    ['passowrd', 'password', 1],
    ['psasword', 'password', 1],
    ['passwrod', 'password', 1],
    ['ab', 'ba', 1],
    ['sign', 'signin', 2],
    ['tokne', 'tonek', 2],
    ['abc', 'ca', 3],
  ])('counts %j to %j as %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('reports every distance beyond the limit as the limit plus one', () => {
    expect(editDistance('ab', 'abcdefg')).toBe(3);
    expect(editDistance('abcd', 'wxyz')).toBe(3);
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('sign', 'signin', 1)).toBe(2);
    expect(editDistance('token', 'taxen', 2)).toBe(2);
  });
});

describe('closestWord', () => {
  it('reads a typo as the nearest word the pages use', () => {
    expect(closestWord('pasword', ['password', 'passkey'])).toBe('password');
    expect(closestWord('athenticator', ['authenticator'])).toBe('authenticator');
    expect(closestWord('zzzz', ['password'])).toBeNull();
  });

  it('prefers the nearest word over a more common one further away, and the more common of two as near', () => {
    expect(closestWord('passwrd', ['passed', 'password'])).toBe('password');
    expect(closestWord('tokem', ['token', 'totem'])).toBe('token');
    expect(closestWord('tokem', ['totem', 'token'])).toBe('totem');
  });

  it('corrects words of four letters or more, but not short words or words with a digit', () => {
    expect(closestWord('pim', ['pin'])).toBeNull();
    expect(closestWord('tokn', ['token'])).toBe('token');
    expect(closestWord('win11', ['win10'])).toBeNull();
  });

  it('allows one edit in words of up to six letters, and two in longer words', () => {
    expect(closestWord('lockd', ['locked'])).toBe('locked');
    expect(closestWord('lockxx', ['locked'])).toBeNull();
    expect(closestWord('blxxked', ['blocked'])).toBe('blocked');
  });
});

describe('rankByWordsMatched', () => {
  const none = () => false;

  it('ranks a page matching the rare word above one matching only common words', () => {
    const ranked = rankByWordsMatched([[{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }], [{ id: 'c', score: 1 }]], none, 100);
    expect(ranked[0].id).toBe('c');
  });

  it('ranks a page matching only a rare word above pages matching only a common one', () => {
    const common = ['b', 'c', 'd', 'e'].map((id) => ({ id, score: 1 }));
    const ranked = rankByWordsMatched([common, [{ id: 'a', score: 1 }]], none, 10);
    expect(ranked.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('says how many of the words each page matched', () => {
    const ranked = rankByWordsMatched([[{ id: 'a', score: 1 }, { id: 'b', score: 1 }], [{ id: 'a', score: 1 }], []], none, 10);
    expect(ranked).toEqual([
      { id: 'a', matched: 2, isCode: false },
      { id: 'b', matched: 1, isCode: false },
    ]);
  });

  it.each([3, 30])("orders pages by Pagefind's score for a word found on every one of %i pages", (pageCount) => {
    const hits = Array.from({ length: pageCount }, (_, index) => ({ id: `page-${index}`, score: index + 1 }));
    const ranked = rankByWordsMatched([hits], none, pageCount);
    expect(ranked.map((hit) => hit.id)).toEqual(hits.map((hit) => hit.id).reverse());
  });

  it("weighs Pagefind's scores against the best match of each word, so that words scored on different scales compare fairly", () => {
    const ofCommonWord = [{ id: 'a', score: 10 }, { id: 'c', score: 1 }, { id: 'd', score: 1 }];
    const ofRareWord = [{ id: 'b', score: 0.1 }];
    expect(rankByWordsMatched([ofCommonWord, ofRareWord], none, 10).map((hit) => hit.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('ranks a code page above a cause page that matches the same words as well', () => {
    const hits = [{ id: 'cause', score: 1 }, { id: 'code', score: 1 }];
    const ranked = rankByWordsMatched([hits, hits], (id) => id === 'code', 10);
    expect(ranked.map((hit) => [hit.id, hit.isCode])).toEqual([['code', true], ['cause', false]]);
  });
});

describe('rankAllWords', () => {
  const hits: TermHit[] = [
    { id: 'cause', score: 1 },
    { id: 'fix', score: 0.2 },
    { id: 'code', score: 0.5 },
  ];
  const isCode = (id: string) => id === 'code';

  it('ranks a code page above a cause page that Pagefind scored up to three times higher', () => {
    expect(rankAllWords(hits, isCode).map((hit) => hit.id)).toEqual(['code', 'cause', 'fix']);
  });

  it("keeps Pagefind's order without a boost, and leaves the hits it was given as they were", () => {
    expect(rankAllWords(hits, isCode, 1).map((hit) => hit.id)).toEqual(['cause', 'code', 'fix']);
    expect(hits.map((hit) => hit.id)).toEqual(['cause', 'fix', 'code']);
  });
});
