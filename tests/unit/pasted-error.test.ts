import { describe, expect, it } from 'vitest';
import { capturedIdsPhrase, otherCodeThan } from '../../src/lib/paste/pasted-error.ts';

describe('capturedIdsPhrase', () => {
  it.each([
    [{}, ''],
    [{ timestamp: '2026-11-20T09:14:02Z' }, 'timestamp'],
    [{ requestId: 'r', correlationId: 'c' }, 'Request ID and Correlation ID'],
    [{ correlationId: 'c', timestamp: 't' }, 'Correlation ID and timestamp'],
    [{ requestId: 'r', correlationId: 'c', timestamp: 't' }, 'Request ID, Correlation ID and timestamp'],
  ])('names %j as "%s"', (details, phrase) => {
    expect(capturedIdsPhrase(details)).toBe(phrase);
  });
});

describe('otherCodeThan', () => {
  it('names the code of an error about another code', () => {
    expect(otherCodeThan('500121', 'AADSTS50126: Error validating credentials due to invalid username or password.')).toBe(50126);
    expect(otherCodeThan('500121', '{"error_codes":[50076]}')).toBe(50076);
    expect(otherCodeThan('500121', 'Error code: 53003')).toBe(53003);
  });

  it('says nothing about the page’s own code, a bare number or text without a code', () => {
    expect(otherCodeThan('500121', 'AADSTS500121: Authentication failed during strong authentication request.')).toBeNull();
    expect(otherCodeThan('500121', 'it failed again at 50126 today')).toBeNull();
    expect(otherCodeThan('500121', '50126')).toBeNull();
    expect(otherCodeThan('500121', 'Request Id: 3a1d0000-0000-4000-8000-000000000001')).toBeNull();
  });
});
