import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, NO_CODE_FOUND, NOTHING_TYPED, planLookup } from '../../src/lib/lookup-plan.ts';

const pages = new Set([50126, 500121, 50076]);
const wanted = new Set([53099]);
const known = { hasPage: (code: number) => pages.has(code), isKnown: (code: number) => pages.has(code) || wanted.has(code) };
const plan = (text: string) => planLookup(text, known);

const screen = `Sorry, but we're having trouble signing you in.
AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.
User account: someone@contoso.example
Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001`;

describe('planLookup', () => {
  it('opens the page of a code we have, from a code or a whole error screen', () => {
    expect(plan('500121')).toEqual({ kind: 'code-page', code: 500121 });
    expect(plan('５００１２１')).toEqual({ kind: 'code-page', code: 500121 });
    expect(plan(screen)).toEqual({ kind: 'code-page', code: 50076 });
  });

  it('searches a code without a page by the code alone, never by the rest of the paste', () => {
    expect(plan(`AADSTS53099: new. User: someone@contoso.example Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001`)).toEqual({ kind: 'search', query: 'AADSTS53099' });
    expect(plan('AADSTS99999')).toEqual({ kind: 'search', query: 'AADSTS99999' });
  });

  it('searches a few words as they were typed', () => {
    expect(plan('  account   locked ')).toEqual({ kind: 'search', query: 'account locked' });
    expect(plan('IdsLocked')).toEqual({ kind: 'search', query: 'IdsLocked' });
  });

  it.each([
    ['an error screen without a code', screen.replace('AADSTS50076: ', '')],
    ['an e-mail address', 'sign in fails for someone@contoso.example'],
    ['a request ID', 'Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001'],
    ['a long paste on one line', 'word '.repeat(MAX_SEARCH_WORDS)],
    ['a megabyte of text', 'x'.repeat(2 ** 20)],
  ])('sends nothing for %s, and says why', (_, text) => {
    expect(plan(text)).toEqual({ kind: 'explain', message: NO_CODE_FOUND });
  });

  it('asks for something when the box is empty', () => {
    expect(plan(' \n ')).toEqual({ kind: 'explain', message: NOTHING_TYPED });
  });
});
