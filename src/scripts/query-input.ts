/** What the browser does to typed or pasted text before it searches or shows it. */

/** Longest query the header box and the search page take; a whole error screen fits. */
export const MAX_QUERY_LENGTH = 4000;

/** Full-width digits and letters as plain ones, so that a code pasted from a wide font is still found. */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').slice(0, MAX_QUERY_LENGTH);
}

/** Text safe to show back to the reader: no control or direction-changing characters, and short. */
export function shownQuery(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g, ' ').replace(/\s+/g, ' ').trim();
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Whether the text holds an ID (a GUID such as a Request ID or Correlation ID) that must stay out of addresses. */
export function holdsIds(text: string): boolean {
  return GUID.test(text);
}
