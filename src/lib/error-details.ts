/** Pulls the IDs a support ticket needs out of pasted error text; runs in the browser only. */

export interface ErrorDetails {
  requestId?: string;
  correlationId?: string;
  timestamp?: string;
}

const GUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
// The error screen says "Request Id", token responses say "Trace ID" / "trace_id": the same value.
const REQUEST = new RegExp(`(?:request|trace)[ _-]?id"?\\s*[:=]\\s*"?${GUID}`, 'i');
const CORRELATION = new RegExp(`correlation[ _-]?id"?\\s*[:=]\\s*"?${GUID}`, 'i');
const TIMESTAMP = /timestamp"?\s*[:=]\s*"?(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)/i;

export function parseErrorDetails(text: string): ErrorDetails {
  const details: ErrorDetails = {};
  const request = REQUEST.exec(text)?.[1];
  const correlation = CORRELATION.exec(text)?.[1];
  const timestamp = TIMESTAMP.exec(text)?.[1];
  if (request) details.requestId = request.toLowerCase();
  if (correlation) details.correlationId = correlation.toLowerCase();
  if (timestamp) details.timestamp = timestamp;
  return details;
}
