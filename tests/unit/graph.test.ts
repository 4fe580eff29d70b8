import { describe, expect, it } from 'vitest';
import { byCodeNumber, causesByFix, codesByCause, symmetricRelated } from '../../src/lib/graph.ts';

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
