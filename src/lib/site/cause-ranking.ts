/**
 * How a page ranks its causes. A cause whose title names it as a reading Microsoft does not confirm ("Possibly: …",
 * "… one possible reason …", "not confirmed by Microsoft") is still listed first to check, but is not called the
 * most likely. A page whose causes are all documented, but which Microsoft does not rank, sets `causesRanked: false`:
 * its causes are listed in the order to check them and none is called the most likely.
 */
export function namedAsReading(causeTitle: string): boolean {
  return /^possibly\b|\bone possible reason\b|\bnot confirmed by Microsoft\b/i.test(causeTitle.trim());
}

/** Whether the first cause is only the one to check first, not the most likely. */
function checkedFirst(causeTitle: string, ranked: boolean): boolean {
  return !ranked || namedAsReading(causeTitle);
}

/** The label of the first cause on the page. */
export function firstCauseLabel(causeTitle: string, ranked = true): string {
  return checkedFirst(causeTitle, ranked) ? 'Check first' : 'Most likely';
}

/** The first cause's line label in the ticket note. */
export function ticketCauseLabel(causeTitle: string, ranked = true): string {
  return checkedFirst(causeTitle, ranked) ? 'Cause to check first' : 'Most likely cause';
}

/** The heading over a page's causes, and the sentence under Start here that says how they are ordered. */
export function causeOrder(ranked: boolean): { heading: string; note: string } {
  return ranked
    ? { heading: 'Likely causes, most likely first', note: 'Causes are listed most likely first.' }
    : { heading: 'Possible causes, in the order to check them', note: 'Microsoft does not say which cause is most common; they are listed in the order to check them.' };
}
