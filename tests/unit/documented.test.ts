import { describe, expect, it } from 'vitest';
import { inErrorLookup } from '../../src/lib/catalog/documented.ts';

describe('inErrorLookup', () => {
  it('points to Microsoft’s lookup only for a code the catalogue found there', () => {
    expect(inErrorLookup({ documentedIn: ['reference-table', 'lookup-2022'] })).toBe(true);
    expect(inErrorLookup({ documentedIn: ['reference-table'] })).toBe(false);
    expect(inErrorLookup({ documentedIn: ['log-list-2025', 'community'] })).toBe(false);
  });
});
