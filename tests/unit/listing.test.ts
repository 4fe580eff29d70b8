import { describe, expect, it } from 'vitest';
import { humaniseName, listing, referenceTitle } from '../../src/lib/catalog/listing.ts';
import type { CatalogRow } from '../../src/lib/catalog/catalog-file.ts';

const row = (fields: Partial<CatalogRow>): CatalogRow => ({ code: 90033, name: '', documentedIn: ['lookup-2022'], added: '2026-12-03', message: '', logMessage: '', line: 2, ...fields });

describe('referenceTitle', () => {
  it('takes the first sentence of the newest wording', () => {
    expect(referenceTitle(row({ message: 'Old words. More.', logMessage: 'A transient error has occurred. Please try again.' }))).toBe('A transient error has occurred');
  });

  it('cuts a long sentence at a word boundary, keeping placeholders', () => {
    const title = referenceTitle(row({ message: `Resource '{resourceId}' had no entitlements matching required permissions configured on the required resource access for client '{clientId}'.` }));
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title).toMatch(/^Resource '\{resourceId\}' had no entitlements .+…$/);
    expect(title).not.toMatch(/\s…$/);
  });

  it('reads a message of one sentence, and one copied with spaces before it', () => {
    expect(referenceTitle(row({ message: 'Only one sentence!' }))).toBe('Only one sentence');
    expect(referenceTitle(row({ message: '  Copied with spaces around. Second.' }))).toBe('Copied with spaces around');
  });

  it('falls back to the symbolic name in words, then to the number', () => {
    expect(referenceTitle(row({ name: 'SasNonRetryableError' }))).toBe('Sas non retryable error');
    expect(referenceTitle(row({}))).toBe('Sign-in error 90033');
  });
});

describe('listing', () => {
  it('describes a code without a guide from the catalogue, saying so', () => {
    const entry = listing(row({ message: 'A transient error has occurred. Please try again.', classification: { category: 'service', audiences: ['user'], signal: 'transient', confidence: 'guess' } }), undefined);
    expect(entry).toMatchObject({ id: '90033', title: 'A transient error has occurred', category: 'service', signal: 'transient', confidence: 'guess', guide: undefined });
    expect(entry.summary).toContain('No guide is written for AADSTS90033');
  });

  it('prefers the guide’s own words and classification, and drops the AADSTS prefix from its message', () => {
    const guide = { id: '90033', data: { title: 'Our title', summary: 'Our summary of it.', message: 'AADSTS90033: A transient error has occurred.', category: 'service' as const, audiences: ['admin' as const], signal: { kind: 'benign' as const } } };
    const entry = listing(row({ message: 'Catalogue words.', classification: { category: 'mfa', audiences: ['user'], signal: 'transient', confidence: 'guess' } }), guide);
    expect(entry).toMatchObject({ title: 'Our title', summary: 'Our summary of it.', message: 'A transient error has occurred.', category: 'service', audiences: ['admin'], signal: 'benign', confidence: undefined });
  });
});

describe('titles of generated pages', () => {
  it.each([
    ['InvalidReplyTo', 'Invalid reply to'],
    ['MFA_Required', 'MFA required'],
    ['UserAccountNotFound', 'User account not found'],
    ['SAMLTokenInvalid', 'SAML token invalid'],
    ['Double__Underscore', 'Double underscore'],
    ['Ids_Locked', 'Ids locked'],
    ['SAMLRequestInvalid', 'SAML request invalid'],
    ['MFARequired', 'MFA required'],
    ['Token2Expired', 'Token2 expired'],
    ['already spaced  Words', 'already spaced words'],
    ['_Leading', 'Leading'],
    ['snake_case_name', 'snake case name'],
    ['Failed_Sign-In', 'Failed Sign-In'],
    ['ErrorToken2', 'Error Token2'],
  ])('%s reads as %s', (name, expected) => {
    expect(humaniseName(name)).toBe(expected);
  });

  it('ends the first sentence at the first full stop, question or exclamation mark followed by a space', () => {
    expect(referenceTitle(row({ message: 'Version 2.0 is required. Try again.' }))).toBe('Version 2.0 is required');
    expect(referenceTitle(row({ message: 'Is it you? Sign in.' }))).toBe('Is it you');
    expect(referenceTitle(row({ message: 'Stop!! Now.' }))).toBe('Stop');
    expect(referenceTitle(row({ message: 'No full stop at all' }))).toBe('No full stop at all');
  });

  it('drops an AADSTS prefix from the message, and only at the start', () => {
    expect(referenceTitle(row({ message: 'AADSTS90033: A transient error. Retry.' }))).toBe('A transient error');
    expect(referenceTitle(row({ message: 'AADSTS90033:A transient error.' }))).toBe('A transient error');
    expect(referenceTitle(row({ message: 'See AADSTS90033: for more.' }))).toBe('See AADSTS90033: for more');
  });

  it('keeps a sentence of exactly 90 characters, and cuts one of 91 to 89 plus an ellipsis', () => {
    const ninety = `${'word '.repeat(17)}abcde`;
    expect(ninety).toHaveLength(90);
    expect(referenceTitle(row({ message: `${ninety}.` }))).toBe(ninety);
    const cut = referenceTitle(row({ message: `${ninety}f.` }));
    expect(cut).toBe(`${'word '.repeat(17).trimEnd()}…`);
  });

  it('cuts at the last space only when it leaves more than 40 characters', () => {
    const at40 = `${'a'.repeat(40)} ${'b'.repeat(60)}.`;
    expect(referenceTitle(row({ message: at40 }))).toBe(`${at40.slice(0, 89)}…`);
    const at41 = `${'a'.repeat(41)} ${'b'.repeat(60)}.`;
    expect(referenceTitle(row({ message: at41 }))).toBe(`${'a'.repeat(41)}…`);
  });

  it('cuts a long sentence without spaces late in it at the limit', () => {
    const long = `${'a'.repeat(30)} ${'b'.repeat(80)}.`;
    expect(referenceTitle(row({ message: long }))).toBe(`${long.slice(0, 89)}…`);
  });
});

describe('listing names and classification', () => {
  const guide = (name?: string, message?: string) => ({ id: '90033', data: { title: 'T', summary: 'S', ...(name ? { name } : {}), ...(message ? { message } : {}), category: 'service' as const, audiences: ['admin' as const], signal: { kind: 'benign' as const } } });

  it('takes Microsoft’s name from the catalogue first, then from the guide, else none', () => {
    expect(listing(row({ name: 'FromCatalogue' }), guide('FromGuide')).name).toBe('FromCatalogue');
    expect(listing(row({}), guide('FromGuide')).name).toBe('FromGuide');
    expect(listing(row({}), guide()).name).toBe('');
    expect(listing(row({}), undefined).name).toBe('');
  });

  it('uses the catalogue’s message for a guide that quotes none, and keeps a guide’s message that has no prefix', () => {
    expect(listing(row({ message: 'Catalogue words.' }), guide()).message).toBe('Catalogue words.');
    expect(listing(row({ message: 'Catalogue words.' }), guide(undefined, 'Guide words AADSTS1: x.')).message).toBe('Guide words AADSTS1: x.');
    expect(listing(row({ message: 'Catalogue words.' }), guide(undefined, 'AADSTS90033:No space after the colon.')).message).toBe('No space after the colon.');
  });

  it('names the symbolic name in the summary of a generated page', () => {
    expect(listing(row({ name: 'SomeName', message: 'M.' }), undefined).summary).toBe("No guide is written for AADSTS90033 (SomeName) yet. This page gives Microsoft's message, where it is documented and what to collect for the helpdesk.");
  });

  it('leaves an unclassified generated page without category, audiences, signal or confidence', () => {
    expect(listing(row({ message: 'M.' }), undefined)).toMatchObject({ category: undefined, audiences: [], signal: undefined, confidence: undefined });
  });
});
