import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanHint } from '../../src/lib/validation/did-you-mean.ts';

describe('didYouMean', () => {
  it('suggests nothing when there is nothing to choose from', () => {
    expect(didYouMean('clock-drift', [])).toBeUndefined();
  });

  it('allows two edits for short names and a third of the length for long ones', () => {
    expect(didYouMean('clok-drft', ['clock-drift'])).toBe('clock-drift');
    expect(didYouMean('abc', ['xyz'])).toBeUndefined();
    expect(didYouMean('device-clok-drft-x', ['device-clock-drift'])).toBe('device-clock-drift');
    expect(didYouMean('dvice-clok-drft-xyz', ['device-clock-drift'])).toBeUndefined();
  });

  it('phrases the hint as a question, or gives none', () => {
    expect(didYouMeanHint('clok-drift', ['clock-drift', 'other'])).toBe('did you mean "clock-drift"?');
    expect(didYouMeanHint('unrelated', ['clock-drift'])).toBeUndefined();
  });
});
