import { describe, expect, it } from 'vitest';
import type { CodeDocument } from '../../src/lib/search/code-index.ts';
import { markRanges, matchReason, rankCodes, sameWord, shareOfTerms } from '../../src/lib/search/search-rank.ts';

const doc = (id: number, fields: Partial<CodeDocument> = {}): CodeDocument => ({
  id,
  name: '',
  title: '',
  message: '',
  symptoms: [],
  screens: [],
  causes: '',
  guide: false,
  met: 0,
  ...fields,
});

const ranked = (hits: [number, number][], documents: CodeDocument[], terms: string[]) =>
  rankCodes(
    hits.map(([id, score]) => ({ id, score, matched: [] })),
    new Map(documents.map((document) => [document.id, document])),
    terms,
  ).map((result) => result.document.id);

describe('rankCodes', () => {
  it('puts a written guide before a reference page that scored higher on a few words of its message', () => {
    const documents = [
      doc(9002332, { message: 'Application is configured to use notification of an unrelated kind.' }),
      doc(500121, { guide: true, title: 'The second step failed', symptoms: ['authenticator notification never came'] }),
    ];
    expect(ranked([[9002332, 10], [500121, 6]], documents, ['authenticator', 'notification', 'arrive'])).toEqual([500121, 9002332]);
  });

  it('keeps a reference page first when the query is close to its message', () => {
    const documents = [
      doc(90002, { message: 'Tenant not found. This might happen if there are no active subscriptions for the tenant.' }),
      doc(50034, { guide: true, title: 'The account does not exist' }),
    ];
    expect(ranked([[90002, 10], [50034, 6]], documents, ['tenant', 'found', 'active', 'subscriptions'])).toEqual([90002, 50034]);
  });

  it('breaks a tie by how often each code is met, then by the lower code', () => {
    const documents = [doc(3, { guide: true, met: 0.1 }), doc(2, { guide: true, met: 0.9 }), doc(1, { guide: true, met: 0.1 })];
    expect(ranked([[3, 5], [2, 5], [1, 5]], documents, ['x'])).toEqual([2, 1, 3]);
  });

  it('lets frequency decide only near-ties, never over a clearly better match', () => {
    const documents = [doc(1, { guide: true, met: 0 }), doc(2, { guide: true, met: 1 })];
    expect(ranked([[1, 10], [2, 8]], documents, ['x'])).toEqual([1, 2]);
    expect(ranked([[1, 10], [2, 9.5]], documents, ['x'])).toEqual([2, 1]);
  });

  it('drops hits it has no document for', () => {
    expect(ranked([[7, 1]], [], ['x'])).toEqual([]);
  });
});

describe('matchReason', () => {
  const document = doc(90094, {
    guide: true,
    title: 'An administrator must approve the app',
    message: 'Admin consent is required for the permissions requested by this application.',
    symptoms: ['need admin approval to use the app', 'the app asks for permissions'],
    screens: ['Need admin approval'],
  });

  it('shows the screen line when the words are the screen’s, marking each word', () => {
    const why = matchReason(document, ['need', 'admin', 'approval']);
    expect(why.kind).toBe('screen');
    expect(why.marks.map(([start, end]) => why.text.slice(start, end))).toEqual(['Need', 'admin', 'approval']);
  });

  it('prefers the line that holds more of the words', () => {
    expect(matchReason(document, ['admin', 'approval', 'use', 'app'])).toMatchObject({ kind: 'symptom', text: 'need admin approval to use the app' });
    expect(matchReason(document, ['consent', 'required'])).toMatchObject({ kind: 'message' });
  });

  it('falls back to the message, unmarked, when no line holds a word', () => {
    expect(matchReason(document, ['zebra'])).toEqual({ kind: 'message', text: document.message, marks: [] });
  });
});

describe('word matching', () => {
  it('matches a stem or a cut-short word with the word a page uses', () => {
    expect(sameWord('expired', 'expir')).toBe(true);
    expect(sameWord('locked', 'lock')).toBe(true);
    expect(sameWord('app', 'application')).toBe(false);
    expect(sameWord('sign', 'signal')).toBe(false);
  });

  it('measures how much of a query a message holds', () => {
    expect(shareOfTerms('The password is expired.', ['password', 'expir'])).toBe(1);
    expect(shareOfTerms('The password is expired.', ['password', 'locked'])).toBe(0.5);
    expect(shareOfTerms('anything', [])).toBe(0);
  });

  it('marks whole words only', () => {
    expect(markRanges('Sign in, then signal', ['sign'])).toEqual([[0, 4]]);
  });
});
