import { describe, expect, it } from 'vitest';
import { displaySafe, MAX_PASTE_LENGTH, MAX_QUERY_LENGTH, normalisePastedText, quotedQuery, searchableText } from '../../src/lib/paste/paste-text.ts';

describe('normalisePastedText', () => {
  it.each([
    ['full-width digits', '５００１２１', '500121'],
    ['full-width letters and colon', 'ＡＡＤＳＴＳ５００１２１：', 'AADSTS500121:'],
    ['ideographic and no-break spaces', 'Error\u3000code\u00a0500121', 'Error code 500121'],
    ['Arabic-Indic digits', '٥٠٠١٢١', '500121'],
    ['Extended Arabic-Indic and Devanagari digits', '۵۰۰۱۲۱ ५००१२१', '500121 500121'],
    ['mathematical bold digits', '𝟓𝟎𝟎𝟏𝟐𝟏', '500121'],
    ['dashes and the minus sign', 'a\u2010b\u2013c\u2212d\ufe63e', 'a-b-c-d-e'],
    ['a zero-width space and a soft hyphen inside a code', 'AADSTS50\u200b1\u00ad26', 'AADSTS50126'],
    ['a byte-order mark and direction marks', '\ufeff\u202eAADSTS50126\u200f', 'AADSTS50126'],
    ['control characters', 'AADSTS50126\u0000x\u0007y', 'AADSTS50126 x y'],
  ])('folds %s', (_, text, expected) => {
    expect(normalisePastedText(text)).toBe(expected);
  });

  it('keeps tabs, line breaks and ASCII as they are', () => {
    const text = 'Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001\r\n\tTimestamp: 2026-11-20T09:14:02Z';
    expect(normalisePastedText(text)).toBe(text);
  });

  it('changes nothing when applied twice', () => {
    const once = normalisePastedText('ＡＡＤＳＴＳ５００１２１\u200b ٥ \u2212 \u0000');
    expect(normalisePastedText(once)).toBe(once);
  });
});

describe('displaySafe', () => {
  it('removes the overrides, isolates and marks that reorder text', () => {
    expect(displaySafe('Nothing found for “\u202egnp.exe\u202c”')).toBe('Nothing found for “gnp.exe”');
    expect(displaySafe('\u2066a\u2067b\u2068c\u2069\u200e\u200f\u061c')).toBe('abc');
  });

  it('removes control characters but keeps tabs and line breaks', () => {
    expect(displaySafe('a\u0000b\u0007c\u001bd\u009be\tf\ng\r\n')).toBe('abcde\tf\ng\r\n');
  });

  it('replaces a lone surrogate and keeps everything else', () => {
    expect(displaySafe('x\ud800y')).toBe('x\ufffdy');
    expect(displaySafe('５００１２１ 😀 naïve')).toBe('５００１２１ 😀 naïve');
  });
});

describe('MAX_QUERY_LENGTH', () => {
  it('keeps the longest query, percent-encoded, under an 8 KB request line', () => {
    const worst = '€'.repeat(MAX_QUERY_LENGTH);
    expect(`GET /search/?q=${encodeURIComponent(worst)} HTTP/1.1`.length).toBeLessThan(8192);
  });
});

describe('searchableText', () => {
  it('folds full-width words, drops invisible characters and trims', () => {
    expect(searchableText('  ｍｆａ　ｐｒｏｍｐｔ\u200b \n')).toBe('mfa prompt');
  });

  it('reads no further than a paste parser does', () => {
    expect(searchableText(`${'a'.repeat(MAX_PASTE_LENGTH)}tail`)).toHaveLength(MAX_PASTE_LENGTH);
  });
});

describe('quotedQuery', () => {
  it('puts a multi-line paste on one line without controls or direction overrides', () => {
    expect(quotedQuery('AADSTS50126:\n\tError\u202e validating\u0007')).toBe('AADSTS50126: Error validating');
    expect(quotedQuery('\n  mfa prompt\t\n')).toBe('mfa prompt');
  });

  it('cuts a long query with an ellipsis at the length asked for', () => {
    const quoted = quotedQuery('word '.repeat(40), 30);
    expect(quoted).toHaveLength(30);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quotedQuery('x'.repeat(30), 30)).toBe('x'.repeat(30));
  });
});
