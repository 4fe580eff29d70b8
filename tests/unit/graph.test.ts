import { describe, expect, it } from 'vitest';
import { byCodeNumber, causesByFix, codesByCause, codesByFix, pick, SAME_MESSAGE_LIMIT, SAME_OPENING_LIMIT, sameMessage, sharingText, symmetricRelated } from '../../src/lib/catalog/graph.ts';

const codes = [
  { id: '500121', causes: ['clock-drift', 'prompt-denied'], related: ['50074'] },
  { id: '50074', causes: ['prompt-denied'], related: [] },
  { id: '1000000', causes: ['clock-drift'], related: ['50074', '99999', '1000000'] },
];

describe('reverse links', () => {
  it('lists every code that names a cause, in numeric order', () => {
    expect(codesByCause(codes).get('clock-drift')).toEqual(['500121', '1000000']);
    expect(codesByCause(codes).get('prompt-denied')).toEqual(['50074', '500121']);
  });

  it('lists every cause that names a fix', () => {
    const causes = [
      { id: 'clock-drift', fixes: ['sync-clock'] },
      { id: 'prompt-denied', fixes: ['retry', 'sync-clock'] },
    ];
    expect(causesByFix(causes).get('sync-clock')).toEqual(['clock-drift', 'prompt-denied']);
    expect(causesByFix(causes).get('retry')).toEqual(['prompt-denied']);
  });

  it('lists the codes a fix serves through its causes, each once, cause by cause', () => {
    const byFix = codesByFix(new Map([['sync-clock', ['clock-drift', 'prompt-denied']], ['orphan', ['no-codes']]]), codesByCause(codes));
    expect(byFix.get('sync-clock')).toEqual(['500121', '1000000', '50074']);
    expect(byFix.get('orphan')).toEqual([]);
  });

  it('shows related codes on both pages, ignoring self-links and codes without a page', () => {
    const related = symmetricRelated(codes);
    expect(related.get('50074')).toEqual(['500121', '1000000']);
    expect(related.get('500121')).toEqual(['50074']);
    expect(related.get('1000000')).toEqual(['50074']);
  });

  it('orders codes as numbers', () => {
    expect(['1000000', '16003', '500121', '50126'].sort(byCodeNumber)).toEqual(['16003', '50126', '500121', '1000000']);
  });
});

describe('symmetricRelated order', () => {
  it('lists related codes in numeric order, whatever order they were written in', () => {
    const related = symmetricRelated([
      { id: '50126', causes: [], related: ['1000000', '50074', '16003'] },
      { id: '16003', causes: [], related: [] },
      { id: '50074', causes: [], related: [] },
      { id: '1000000', causes: [], related: [] },
    ]);
    expect(related.get('50126')).toEqual(['16003', '50074', '1000000']);
  });
});

describe('pick', () => {
  it('resolves references in the order written, leaving out those that do not exist', () => {
    const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
    expect(pick(map, [{ id: 'c' }, { id: 'missing' }, { id: 'a' }])).toEqual([3, 1]);
    expect(pick(map, [])).toEqual([]);
  });
});

describe('sameMessage', () => {
  it('links the codes that share a message word for word, only where a few do, and never through an empty message', () => {
    const boilerplate = Array.from({ length: SAME_MESSAGE_LIMIT + 1 }, (_, index) => ({ id: String(900 + index), message: 'Internal use.' }));
    const others = sameMessage([
      { id: '90061', message: 'Request to External OIDC endpoint failed.' },
      { id: '501661', message: 'Request to External OIDC endpoint failed.' },
      { id: '50166', message: 'Request to External OIDC endpoint failed.' },
      { id: '90062', message: 'Request to External OIDC endpoint failed' },
      { id: '1', message: '' },
      { id: '2', message: '' },
      ...boilerplate,
    ]);
    expect(Object.fromEntries(others)).toEqual({ '90061': ['50166', '501661'], '501661': ['50166', '90061'], '50166': ['90061', '501661'] });
  });

  it('treats placeholders as the same whatever their names (900821, 900812, 200121)', () => {
    const others = sameMessage([
      { id: '900821', message: "Unsupported WS-Federation message of type '{type}'." },
      { id: '900812', message: "Unsupported WS-Federation message of type '{name}'." },
      { id: '200121', message: "Unsupported WS-Federation message of type {messageType}." },
    ]);
    expect(others.get('900821')).toEqual(['900812']);
  });

  it('still links a group of exactly the limit', () => {
    const group = Array.from({ length: SAME_MESSAGE_LIMIT }, (_, index) => ({ id: String(10 + index), message: 'Same.' }));
    expect(sameMessage(group).get('10')).toHaveLength(SAME_MESSAGE_LIMIT - 1);
  });
});

describe('sharingText', () => {
  it('groups codes by any shared text up to the limit given', () => {
    const codes = ['750019', '7500110', '7500111'].map((id) => ({ id, text: 'The query string hash could not be computed' }));
    expect(sharingText(codes, SAME_OPENING_LIMIT).get('750019')).toEqual(['7500110', '7500111']);
    expect(sharingText(codes, 2).size).toBe(0);
  });
});
