/** Makes pasted text safe to read (look-alike characters folded to ASCII) and safe to show (no controls). */

/**
 * The most text the paste parsers examine. A whole error screen is about 1,000 characters and a JSON
 * error response a few thousand; a sign-in log record names its error code within its first few
 * kilobytes. Anything beyond this is not an error someone copied, and reading it only costs time.
 */
export const MAX_PASTE_LENGTH = 32_768;

/**
 * The longest query a form may send to the server in its address (`/search/?q=…`), in UTF-16 units,
 * which is what `maxlength` counts. Percent-encoded, one unit takes at most 9 bytes (a three-byte UTF-8
 * character; a four-byte one is two units), so 800 units stay under the 8 KB request line that common
 * web servers and CDNs accept; longer requests are refused with HTTP 414 or 431. A whole error screen
 * is a little longer, but its code comes in its first lines.
 */
export const MAX_QUERY_LENGTH = 800;

// Unicode puts every decimal digit in a run of ten, from 0 to 9 (a stability guarantee).
const DECIMAL_DIGIT = /\p{Nd}/u;
const digitValues = new Map<string, string>();

/** The 0-9 value of a decimal digit of any script, worked out once per digit: a long paste repeats the same few. */
function asciiDigit(digit: string): string {
  return digitValues.get(digit) ?? rememberedDigitValue(digit);
}

/** How far the digit is from the 0 of its run of ten, kept for the next time it comes. */
function rememberedDigitValue(digit: string): string {
  const codePoint = digit.codePointAt(0)!;
  let first = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first -= 1;
  const value = String((codePoint - first) % 10);
  // Stryker disable next-line CallExpression: the cache only saves time; without it each digit is worked out again, to the same value
  digitValues.set(digit, value);
  return value;
}

// Digits other than 0-9; dashes and the minus sign; invisible format characters (zero-width spaces,
// soft hyphens, byte-order marks, direction marks); control characters other than tab and line breaks.
// (`[^\P{Nd}0-9]` reads "a digit, but not 0-9"; the `v` flag would say it more plainly, but not every
// browser that visits knows it.)
const FOLDED = /[^\P{Nd}0-9]|[^\P{Pd}-]|\u2212|\p{Cf}|[^\P{Cc}\t\n\r]/gu;

/**
 * The text as the code extractor should read it: compatibility forms folded (full-width `５００１２１`
 * and `ＡＡＤＳＴＳ`, ideographic and no-break spaces, full-width colons), digits of every script as
 * 0-9, every dash as `-`, invisible format characters removed and other control characters turned into
 * spaces. Applying it twice changes nothing.
 */
export function normalisePastedText(text: string): string {
  return text.normalize('NFKC').replace(FOLDED, (character) => {
    if (DECIMAL_DIGIT.test(character)) return asciiDigit(character);
    if (/\p{Cf}/u.test(character)) return '';
    if (/\p{Cc}/u.test(character)) return ' ';
    return '-';
  });
}

// Controls other than tab and line breaks, the bidirectional embeddings, overrides and isolates, and the
// direction marks: any of them can hide or reorder the text around it.
const UNSAFE_TO_SHOW = /[^\P{Cc}\t\n\r]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * The text with every character removed that could hide or reorder what is shown around it, and lone
 * surrogates replaced, for putting pasted or linked text on the page.
 */
export function displaySafe(text: string): string {
  return text.toWellFormed().replace(UNSAFE_TO_SHOW, '');
}

/** Text typed or pasted into a search box, read as the parsers read it, so that `ｍｆａ` finds what `mfa` does. */
export function searchableText(text: string): string {
  return normalisePastedText(text.slice(0, MAX_PASTE_LENGTH)).trim();
}

/** What someone searched for, on one line and at most `max` characters, safe to quote back to them. */
export function quotedQuery(text: string, max = 80): string {
  const line = displaySafe(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
