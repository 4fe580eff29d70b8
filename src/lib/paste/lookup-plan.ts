/** Decides what a lookup box does with what was typed or pasted, so that pasted error text stays in the page. */
import { extractCode } from './extract-code.ts';
import { normalisePastedText } from './paste-text.ts';

export type LookupPlan =
  /** Open the code's page; the text goes with it only inside the browser. */
  | { kind: 'code-page'; code: number }
  /** Search for `query`, which may travel in the address: a code, or a few words. */
  | { kind: 'search'; query: string }
  /** Send nothing, and show `message` beside the box. */
  | { kind: 'explain'; message: string };

/** The longest text searched as words: a phrase, not a paste. */
export const MAX_SEARCH_WORDS = 200;

/**
 * What makes pasted text personal: an ID, an e-mail address or user name (`someone@…`, `DOMAIN\user`), a long
 * number, a phone number (international with `+`, `(425) 555-0100`, or five pairs such as `06 12 34 56 78`; a
 * date and time such as `2026-12-06 10:30` is none of these), an IPv4 address, or an IPv6 address (hex groups
 * joined by colons, with a letter or `::`, so that 10:30:00 stays a time).
 */
const PERSONAL = [
  /[0-9a-f]{8}-[0-9a-f]{4}-|\S@\S|\w\\\w|\d{9,}/i,
  /\+\d(?:[\s().-]*\d){6,}|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{2}(?:[\s.-]\d{2}){4}\b/,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/,
  /(?:^|[^\w:])(?=[0-9a-f:]*(?:[a-f]|::))(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/i,
];

export const NOTHING_TYPED = 'Paste an error code or the error text, or type a few words to search for.';
export const NO_CODE_FOUND =
  'No error code found in this text, so nothing was sent. Look for a line that starts with AADSTS, or search with a few words of the message.';

/**
 * What to do with `text`: a code we have a page for opens that page; a code without a page is searched
 * by its code alone; text without a code is searched only when it reads like a query (one short line,
 * no IDs or addresses). Anything else is explained rather than sent, so that a pasted error screen,
 * with its user name and request ID, never ends up in an address, a server log or the history.
 */
export function planLookup(text: string, known: { hasPage: (code: number) => boolean; isKnown: (code: number) => boolean }): LookupPlan {
  const found = extractCode(text, known.isKnown);
  if (found && known.hasPage(found.code)) return { kind: 'code-page', code: found.code };
  if (found) return { kind: 'search', query: `AADSTS${found.code}` };
  // Measured after trimming, so that spaces or blank lines around a few words neither cut them nor hide them.
  const typed = text.trim();
  if (typed.length > MAX_SEARCH_WORDS) return { kind: 'explain', message: NO_CODE_FOUND };
  const words = normalisePastedText(typed).trim();
  if (words === '') return { kind: 'explain', message: NOTHING_TYPED };
  if (/[\r\n]/.test(words) || PERSONAL.some((pattern) => pattern.test(words))) return { kind: 'explain', message: NO_CODE_FOUND };
  return { kind: 'search', query: words.replace(/\s+/g, ' ') };
}
