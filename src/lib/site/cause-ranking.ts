/**
 * How a page ranks the first cause. A cause whose title names it as a reading Microsoft does not confirm ("Possibly:
 * …", "… one possible reason …", "not confirmed by Microsoft") is still listed first to check, but is not called the
 * most likely.
 */
export function namedAsReading(causeTitle: string): boolean {
  return /^possibly\b|\bone possible reason\b|\bnot confirmed by Microsoft\b/i.test(causeTitle.trim());
}

/** The label of the first cause, on the page and in the ticket note. */
export function firstCauseLabel(causeTitle: string): string {
  return namedAsReading(causeTitle) ? 'Check first' : 'Most likely';
}
