import { describe, expect, it } from 'vitest';
import { describer } from '../../packages/catalog/src/describe.ts';
import { catalogDate, catalogVersion, publishedManifest, typeDeclarations } from '../../scripts/lib/catalog-package.ts';
import { CodeSummarySchema } from '../../src/schemas/api.ts';
import { CATEGORY_SLUGS } from '../../src/schemas/vocabulary.ts';

describe('catalogVersion', () => {
  it('writes the catalogue’s date as a semantic version, without leading zeros', () => {
    expect(catalogVersion('2026-12-06')).toBe('2026.12.6');
    expect(catalogVersion('2027-01-10')).toBe('2027.1.10');
  });

  it('refuses anything but a YYYY-MM-DD date', () => {
    expect(() => catalogVersion('2026-12-6')).toThrowErrorMatchingInlineSnapshot(`[Error: "2026-12-6" is not a date in the form YYYY-MM-DD]`);
    expect(() => catalogVersion(' 2026-12-06')).toThrow();
    expect(() => catalogVersion('2026-12-06x')).toThrow();
  });
});

describe('catalogDate', () => {
  it('reads the feed’s own date, not an entry’s', () => {
    const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Entra Error Atlas: what changed</title>
  <updated>2026-12-06T00:00:00Z</updated>
  <entry><updated>2026-11-30T00:00:00Z</updated></entry>
</feed>`;
    expect(catalogDate(feed)).toBe('2026-12-06');
  });

  it('says what is wrong with a file that is not the feed', () => {
    expect(() => catalogDate('<feed></feed>')).toThrowErrorMatchingInlineSnapshot(`[Error: changes.xml: no <updated> date; is it the Atom feed of a finished build?]`);
  });
});

describe('typeDeclarations', () => {
  const types = typeDeclarations();

  it('declares every field of the API’s entry, and only those', () => {
    const declared = [...types.matchAll(/^ {2}(\w+): /gm)].map((match) => match[1]);
    expect(declared).toEqual(Object.keys(CodeSummarySchema.shape));
  });

  it('spells out the fixed vocabularies as literal types', () => {
    expect(types).toContain(`export type Category = ${CATEGORY_SLUGS.map((slug) => `'${slug}'`).join(' | ')};`);
    expect(types).toMatch(/^export type Signal = .*'security-relevant'.*;$/m);
    expect(types).toContain('export declare function describe(text: string | number): CatalogEntry | undefined;');
  });
});

describe('publishedManifest', () => {
  it('sets the version and drops only the flag that keeps the workspace unpublished', () => {
    expect(publishedManifest({ name: '@entra-error-atlas/catalog', version: '0.0.0', private: true, files: ['index.js'] }, '2026.12.6')).toEqual({
      name: '@entra-error-atlas/catalog',
      version: '2026.12.6',
      files: ['index.js'],
    });
  });
});

describe('describer', () => {
  const entries = [{ code: 50058, title: 'Silent sign-in' }, { code: 500121, title: 'MFA' }];
  const lookup = describer(entries);

  it('finds a code in every form people paste', () => {
    expect(lookup('AADSTS50058')).toBe(entries[0]);
    expect(lookup('50058')).toBe(entries[0]);
    expect(lookup(500121)).toBe(entries[1]);
    expect(lookup('Error: AADSTS500121: Authentication failed during strong authentication request.')).toBe(entries[1]);
    expect(lookup('{"error":"invalid_grant","error_codes":[50058]}')).toBe(entries[0]);
  });

  it('returns nothing for a code outside the catalogue or text without a code', () => {
    expect(lookup('AADSTS99999')).toBeUndefined();
    expect(lookup('50059')).toBeUndefined();
    expect(lookup('my account is locked')).toBeUndefined();
    expect(lookup('')).toBeUndefined();
  });
});
