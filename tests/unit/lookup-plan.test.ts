import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, NO_CODE_FOUND, NOTHING_TYPED, planLookup } from '../../src/lib/paste/lookup-plan.ts';

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
    expect(plan('account locked\u0007')).toEqual({ kind: 'search', query: 'account locked' });
    expect(plan('IdsLocked')).toEqual({ kind: 'search', query: 'IdsLocked' });
    expect(plan('account locked 3 times after the 1.0-2004-beta update')).toEqual({ kind: 'search', query: 'account locked 3 times after the 1.0-2004-beta update' });
  });

  it('searches words of up to MAX_SEARCH_WORDS characters, whatever spaces or blank lines are around them', () => {
    const longest = 'x'.repeat(MAX_SEARCH_WORDS);
    expect(plan(longest)).toEqual({ kind: 'search', query: longest });
    expect(plan(`\n\n${longest}   `)).toEqual({ kind: 'search', query: longest });
    expect(plan(`${' '.repeat(MAX_SEARCH_WORDS)}account locked`)).toEqual({ kind: 'search', query: 'account locked' });
    expect(plan(`${' '.repeat(150)}${'word '.repeat(19)}locked`)).toEqual({ kind: 'search', query: `${'word '.repeat(19)}locked` });
    expect(plan(`${longest}x`)).toEqual({ kind: 'explain', message: NO_CODE_FOUND });
  });

  it.each([
    ['an error screen without a code', screen.replace('AADSTS50076: ', '')],
    ['an e-mail address', 'sign in fails for someone@contoso.example'],
    ['a request ID', 'Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001'],
    ['a DOMAIN\\user name', 'cannot sign in as CONTOSO\\jdoe'],
    ['an IPv4 address', 'blocked from 203.0.113.45 today'],
    ['an IPv6 address', 'blocked from 2001:db8::8a2e:370:7334'],
    ['a phone number', 'no text to +1 (425) 555-0100'],
    ['a phone number with dots', 'prompt never reached 06.12.34.56.78'],
    ['a phone number without a country code', 'calls to 425 555 0100 fail'],
    ['a long paste on one line', 'word '.repeat(MAX_SEARCH_WORDS)],
    ['a megabyte of text', 'x'.repeat(2 ** 20)],
  ])('sends nothing for %s, and says why', (_, text) => {
    expect(plan(text)).toEqual({ kind: 'explain', message: NO_CODE_FOUND });
  });

  it.each(['sign in failed at 10:30:45', 'failed 2026-12-06 10:30 again', 'MFA prompt not received', 'error 2026-12-06 sign-in', 'Windows 11 24H2'])('still searches everyday words such as %j', (text) => {
    expect(plan(text)).toEqual({ kind: 'search', query: text });
  });

  it('asks for something when the box is empty', () => {
    expect(plan(' \n ')).toEqual({ kind: 'explain', message: NOTHING_TYPED });
    expect(plan('\u200b')).toEqual({ kind: 'explain', message: NOTHING_TYPED });
    expect(plan('\u0000')).toEqual({ kind: 'explain', message: NOTHING_TYPED });
  });

  it('says why nothing was sent in words a person can act on', () => {
    expect(NOTHING_TYPED).toMatchInlineSnapshot(`"Paste an error code or the error text, or type a few words to search for."`);
    expect(NO_CODE_FOUND).toMatchInlineSnapshot(
      `"No error code found in this text, so nothing was sent. Look for a line that starts with AADSTS, or search with a few words of the message."`,
    );
  });
});
