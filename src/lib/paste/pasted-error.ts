/** What a code page says back about an error pasted into it. */
import type { ErrorDetails } from './error-details.ts';
import { extractCode } from './extract-code.ts';

/** "Request ID, Correlation ID and timestamp": the details found, in the order the error screen shows them. */
export function capturedIdsPhrase(details: ErrorDetails): string {
  const names = [details.requestId && 'Request ID', details.correlationId && 'Correlation ID', details.timestamp && 'timestamp'].filter(Boolean) as string[];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * The code a pasted error is certainly about, when it is not the page's own; otherwise null. Only an
 * AADSTS prefix, a JSON `error_codes` list or a labelled field counts: a bare number may be anything.
 */
export function otherCodeThan(pageCode: string, text: string): number | null {
  // Stryker disable next-line ArrowFunction,BooleanLiteral: which bare numbers are known does not matter, as bare ones are ignored below.
  const found = extractCode(text, () => false);
  return found && found.source !== 'bare' && String(found.code) !== pageCode ? found.code : null;
}
