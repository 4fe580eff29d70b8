import { describe, expect, it } from 'vitest';
import { causeOrder, firstCauseLabel, namedAsReading, ticketCauseLabel } from '../../src/lib/site/cause-ranking.ts';

describe('the first cause’s label', () => {
  it('calls a cause the most likely unless its title names it as a reading', () => {
    expect(firstCauseLabel('The password was mistyped')).toBe('Most likely');
    expect(firstCauseLabel('Possibly: the device is off the corporate network')).toBe('Check first');
    expect(firstCauseLabel('  possibly the app sent the code twice')).toBe('Check first');
    expect(firstCauseLabel('On-behalf-of refused; one possible reason is an app-only token')).toBe('Check first');
    expect(firstCauseLabel('Microsoft may have disabled the app (not confirmed by Microsoft)')).toBe('Check first');
  });

  it('reads "Possibly" only as the opening word', () => {
    expect(namedAsReading('The request is not valid, possibly because of invalid characters')).toBe(false);
    expect(namedAsReading('Possibilities of a wrong tenant')).toBe(false);
  });

  it('calls no cause the most likely on a page whose causes Microsoft does not rank', () => {
    expect(firstCauseLabel('The password was mistyped', false)).toBe('Check first');
    expect(ticketCauseLabel('The password was mistyped', false)).toBe('Cause to check first');
    expect(ticketCauseLabel('The password was mistyped')).toBe('Most likely cause');
    expect(causeOrder(false).heading).not.toMatch(/most likely/i);
    expect(causeOrder(false).note).not.toMatch(/most likely first/i);
    expect(causeOrder(true).heading).toBe('Likely causes, most likely first');
  });
});
