/** Pulls the IDs a support ticket needs out of pasted error text; runs in the browser only. */
import { MAX_PASTE_LENGTH, normalisePastedText } from './paste-text.ts';

export interface ErrorDetails {
  requestId?: string;
  correlationId?: string;
  timestamp?: string;
}

const GUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
// Between a label and its value there are a few spaces at most; the bound keeps each search linear.
const SEPARATOR = '"?\\s{0,32}[:=]\\s{0,32}"?';
// The error screen says "Request Id"; token responses say "Trace ID" / "trace_id", which Microsoft's reference table
// describes as "a unique identifier for the request": both are read as the request's ID.
const REQUEST = new RegExp(`(?:request|trace)[ _-]?id${SEPARATOR}${GUID}`, 'i');
const CORRELATION = new RegExp(`correlation[ _-]?id${SEPARATOR}${GUID}`, 'i');
const ANY_ID = new RegExp(GUID, 'i');
const TIMESTAMP = new RegExp(`timestamp${SEPARATOR}(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?)`, 'i');

/** The IDs found in the first {@link MAX_PASTE_LENGTH} characters of `text`, in time linear in them. */
export function parseErrorDetails(pasted: string): ErrorDetails {
  const text = normalisePastedText(pasted.slice(0, MAX_PASTE_LENGTH)).slice(0, MAX_PASTE_LENGTH);
  const details: ErrorDetails = {};
  const request = REQUEST.exec(text)?.[1];
  const correlation = CORRELATION.exec(text)?.[1];
  const timestamp = TIMESTAMP.exec(text)?.[1];
  if (request) details.requestId = request.toLowerCase();
  if (correlation) details.correlationId = correlation.toLowerCase();
  if (timestamp) details.timestamp = timestamp;
  return details;
}

/**
 * Whether the first {@link MAX_PASTE_LENGTH} characters of `text` hold an ID (a GUID, such as a Request ID or
 * Correlation ID), which must stay out of addresses.
 */
export function holdsIds(text: string): boolean {
  return ANY_ID.test(text.slice(0, MAX_PASTE_LENGTH));
}
