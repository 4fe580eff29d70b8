import { describe, expect, it } from 'vitest';
import { humaniseName, listing, referenceTitle } from '../../src/lib/listing.ts';
import type { CatalogRow } from '../../src/lib/catalog-file.ts';

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

  it('falls back to the symbolic name in words, then to the number', () => {
    expect(referenceTitle(row({ name: 'SasNonRetryableError' }))).toBe('Sas non retryable error');
    expect(referenceTitle(row({}))).toBe('Sign-in error 90033');
  });
});

describe('humaniseName', () => {
  it.each([['InvalidReplyTo', 'Invalid reply to'], ['MFA_Required', 'MFA required'], ['UserAccountNotFound', 'User account not found']])('%s → %s', (name, expected) => {
    expect(humaniseName(name)).toBe(expected);
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
