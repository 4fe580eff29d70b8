/** One definition of a security signal, for the page, the API, the CSV and the KQL filter. */
import { describe, expect, it } from 'vitest';
import { isSecuritySignal, securitySignals } from '../../src/lib/publish/signals.ts';
import { SECURITY_SIGNAL_FILTER } from '../../src/lib/publish/kql.ts';

const entry = (id: string, signal: string | null | undefined, guide: boolean, confidence: 'sure' | 'guess' | null = guide ? null : 'sure') => ({ id, signal: signal as never, guide: guide ? { id } : undefined, confidence });

const entries = [
  entry('1', 'security-relevant', true),
  entry('2', 'security-relevant', false, 'guess'),
  entry('3', 'user-error', true),
  entry('4', 'security-relevant', false, 'sure'),
  entry('5', undefined, false, null),
  entry('6', 'benign', false, 'guess'),
];

describe('securitySignals', () => {
  it('counts every security-relevant code, guide or not, and keeps guesses apart', () => {
    const { guides, catalogued, guesses } = securitySignals(entries);
    expect(guides.map((item) => item.id)).toEqual(['1']);
    expect(catalogued.map((item) => item.id)).toEqual(['2', '4']);
    expect(guesses.map((item) => item.id)).toEqual(['2']);
  });

  it('gives the same codes as a filter on the exported signal column', () => {
    const { guides, catalogued } = securitySignals(entries);
    const wanted = /AtlasSignal == "([^"]+)"/.exec(SECURITY_SIGNAL_FILTER)![1];
    const exported = entries.filter((item) => item.signal === wanted).map((item) => item.id);
    expect([...guides, ...catalogued].map((item) => item.id).sort()).toEqual(exported);
    expect(entries.filter(isSecuritySignal).map((item) => item.id)).toEqual(exported);
  });
});
