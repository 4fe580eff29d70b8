import { describe, expect, it } from 'vitest';
import { extractCode } from '../../src/lib/paste/extract-code.ts';
import { MAX_PASTE_LENGTH } from '../../src/lib/paste/paste-text.ts';

const known = new Set([16003, 50012, 50074, 50076, 50126, 53003, 500121, 530032, 1000000]);
const isKnown = (code: number) => known.has(code);
const codeIn = (text: string) => extractCode(text, isKnown)?.code ?? null;

describe('extractCode', () => {
  it.each([
    ['500121', 500121],
    ['  500121\n', 500121],
    ['AADSTS500121', 500121],
    ['aadsts500121', 500121],
    ['aadsts 53003', 53003],
    ['AADSTS: 50126', 50126],
    ['Error code: 500121', 500121],
    ['error code 53003', 53003],
    ['ResultType == 50074', 50074],
    ['SigninLogs | where ResultType == "50074"', 50074],
    ['status.errorCode: 1000000', 1000000],
    ['"errorCode": 50126', 50126],
    ['"ResultType": "50074"', 50074],
  ])('finds the code in %j', (text, code) => {
    expect(codeIn(text)).toBe(code);
  });

  it('reads a full error screen with IDs and a timestamp', () => {
    const screen = [
      'Sorry, but we’re having trouble signing you in.',
      'AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 00000003-0000-0000-c000-000000000000.',
      'Trace ID: 0b6c9d2e-5012-4c3b-9e1f-500121aa0000',
      'Correlation ID: 7f3e2a10-1234-4cde-8a9b-530032000000',
      'Timestamp: 2026-11-20 09:14:02Z',
    ].join('\n');
    expect(extractCode(screen, isKnown)).toEqual({ code: 50076, source: 'aadsts' });
  });

  it('reads error_codes from a JSON token response', () => {
    const json = `{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\\r\\nTrace ID: 1\\r\\n","error_codes":[50126],"timestamp":"2026-11-20 09:14:02Z","trace_id":"3a1d","correlation_id":"9e2b"}`;
    expect(codeIn(json)).toBe(50126);
    expect(extractCode('{"error_codes": [ 53003 ], "error":"access_denied"}', isKnown)).toEqual({
      code: 53003,
      source: 'json',
    });
  });

  it('prefers the AADSTS code over other digits in the text', () => {
    expect(codeIn('Sign-in 50126 failed earlier; now AADSTS53003: Access has been blocked')).toBe(53003);
  });

  it('never lets an exact code lose to a longer code with the same leading digits', () => {
    expect(codeIn('50012')).toBe(50012);
    expect(codeIn('AADSTS50012')).toBe(50012);
    expect(codeIn('AADSTS500121')).toBe(500121);
    expect(codeIn('53003')).toBe(53003);
    expect(codeIn('AADSTS530032')).toBe(530032);
    expect(codeIn('the code was 530032 again')).toBe(530032);
  });

  it('returns an unknown code when the prefix or the whole query makes it certain', () => {
    expect(extractCode('AADSTS99999: something new', isKnown)).toEqual({ code: 99999, source: 'aadsts' });
    expect(codeIn('123456')).toBe(123456);
  });

  // Codes have at most 8 digits: a longer number is something else, and never a code cut out of it.
  it.each([
    ['AADSTS123456789'],
    ['AADSTS 5001210000'],
    ['aadsts: 500121999'],
    ['123456789'],
    ['5001219999'],
    ['{"error_codes":[123456789]}'],
    ['Error code: 123456789'],
    ['ResultType == 500121000'],
    ['ticket 500121500121 closed'],
    ['sign-in 1234567890123456789012345678901234567890 failed'],
  ])('reads no code out of the longer number in %j', (text) => {
    expect(codeIn(text)).toBeNull();
  });

  it('still finds the real code next to a longer number', () => {
    expect(codeIn('Ref 123456789: AADSTS50126 invalid password')).toBe(50126);
    expect(codeIn('order 1234567890, code 500121')).toBe(500121);
    expect(extractCode('12345678', isKnown)).toEqual({ code: 12345678, source: 'bare' });
    expect(extractCode('AADSTS12345678', isKnown)).toEqual({ code: 12345678, source: 'aadsts' });
  });

  it.each([
    [''],
    ['my phone keeps asking me to approve'],
    ['Trace ID: 0b6c9d2e-5012-4c3b-9e1f-12345678abcd'],
    ['Timestamp: 2026-11-20 09:14:02.5001210Z'],
    ['order 123456 shipped'],
    ['x500121y'],
  ])('finds no code in %j', (text) => {
    expect(codeIn(text)).toBeNull();
  });
});

describe('extractCode sources and edges', () => {
  it('says how it recognised each code', () => {
    expect(extractCode('  123456 \n', isKnown)).toEqual({ code: 123456, source: 'bare' });
    expect(extractCode('Error code: 99998', isKnown)).toEqual({ code: 99998, source: 'labelled' });
    expect(extractCode('the sign-in failed with 500121 again', isKnown)).toEqual({ code: 500121, source: 'bare' });
  });

  it('reads a known code followed by a colon and text, but not one that is part of a time', () => {
    expect(codeIn('Sign-in failed with 500121: try again')).toBe(500121);
    expect(codeIn('at 50126:30 it failed')).toBeNull();
  });

  it('does not take a number at the start of a sentence for a whole query', () => {
    expect(codeIn('123456 shipped today')).toBeNull();
  });
});

describe('extractCode on hostile pastes', () => {
  const run = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  // Each of these took seconds while the patterns backtracked; `npm run bench:parse` measures their time.
  it.each([
    ['"Error code" and 100,000 spaces', `Error code${run(' ', 100_000)}x`],
    ['"AADSTS" and 100,000 spaces', `AADSTS${run(' ', 100_000)}x`],
    ['"code:" and 100,000 separators', `code${run(' : = ', 100_000)}x`],
    ['"error_codes" and 100,000 spaces', `"error_codes"${run(' ', 100_000)}x`],
    ['100,000 characters of repeated labels', run('Error code AADSTS- code= ', 100_000)],
    ['100,000 digits', run('5001210', 100_000)],
    ['a megabyte of spaces after a label', `Error code${run(' ', 2 ** 20)}x`],
    ['a megabyte of words and numbers', run('my phone asked 123456 times ', 2 ** 20)],
  ])('finds no code in %s', (_, text) => {
    expect(codeIn(text)).toBeNull();
  });

  it('reads full-width digits and letters, as an IME types them', () => {
    expect(codeIn('５００１２１')).toBe(500121);
    expect(codeIn('ＡＡＤＳＴＳ５３００３：アクセスがブロックされました')).toBe(53003);
    expect(codeIn('Ｅｒｒｏｒ ｃｏｄｅ：５００１２１')).toBe(500121);
  });

  it('reads a code split by an invisible character or preceded by a byte-order mark', () => {
    expect(codeIn('AADSTS50\u200b126')).toBe(50126);
    expect(codeIn('\ufeff500121')).toBe(500121);
  });

  it('finds a code at the start of a megabyte paste, and none beyond what a screen can hold', () => {
    const filler = run('lorem ipsum ', 2 ** 20);
    expect(codeIn(`AADSTS53003: blocked\n${filler}`)).toBe(53003);
    expect(codeIn(`${run(' x', MAX_PASTE_LENGTH)} AADSTS53003`)).toBeNull();
  });

  it('reads no further than that, whether folding look-alikes shortens the paste or lengthens it', () => {
    // Invisible characters are dropped, and one compatibility character (㍿) becomes four.
    expect(codeIn(`${'\u200b'.repeat(MAX_PASTE_LENGTH)}AADSTS53003`)).toBeNull();
    expect(codeIn(`${'㍿'.repeat(MAX_PASTE_LENGTH / 2)}AADSTS53003`)).toBeNull();
    expect(codeIn(`${'\u200b'.repeat(MAX_PASTE_LENGTH - 20)}AADSTS53003`)).toBe(53003);
  });
});
