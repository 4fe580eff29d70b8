import { describe, expect, it } from 'vitest';
import { errorLinkTarget } from '../../src/lib/paste/error-link.ts';

const pages = new Set([50058, 500121]);
const wanted = new Set([53099]);
const known = { hasPage: (code: number) => pages.has(code), isKnown: (code: number) => pages.has(code) || wanted.has(code) };
const target = (search: string) => errorLinkTarget(search, known);

describe('errorLinkTarget', () => {
  it('opens the page of the code Microsoft’s error link names', () => {
    expect(target('?code=50058')).toEqual({ kind: 'code-page', code: 50058 });
    expect(target('code=500121')).toEqual({ kind: 'code-page', code: 500121 });
  });

  it('reads the code in the forms people write it, and the parameter in any letter case', () => {
    expect(target('?code=AADSTS50058')).toEqual({ kind: 'code-page', code: 50058 });
    expect(target('?code=aadsts%2050058')).toEqual({ kind: 'code-page', code: 50058 });
    expect(target('?code=AADSTS50058%3A+Silent+sign-in+failed')).toEqual({ kind: 'code-page', code: 50058 });
    expect(target('?Code=50058')).toEqual({ kind: 'code-page', code: 50058 });
  });

  it('ignores every other parameter, before or after the code', () => {
    expect(target('?code=50058&client-request-id=0b6c9d2e-5012-4c3b-9e1f-500121aa0001')).toEqual({ kind: 'code-page', code: 50058 });
    expect(target('?trace=500121&code=50058')).toEqual({ kind: 'code-page', code: 50058 });
  });

  it('tells a code without a page from an address without a code', () => {
    expect(target('?code=99999')).toEqual({ kind: 'unknown-code', code: 99999 });
    expect(target('?code=53099')).toEqual({ kind: 'unknown-code', code: 53099 });
    expect(target('?code=AADSTS7000000')).toEqual({ kind: 'unknown-code', code: 7000000 });
  });

  it('finds no code where the address names none', () => {
    expect(target('')).toEqual({ kind: 'no-code' });
    expect(target('?code=')).toEqual({ kind: 'no-code' });
    expect(target('?code=invalid_grant')).toEqual({ kind: 'no-code' });
    expect(target('?error=50058')).toEqual({ kind: 'no-code' });
    expect(target('?code=%E0%A4%A')).toEqual({ kind: 'no-code' });
  });
});
