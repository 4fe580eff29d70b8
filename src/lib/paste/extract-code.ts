/** Finds the AADSTS code in whatever a user pasted: a bare code, an error screen, a log line or JSON. */
import { MAX_PASTE_LENGTH, normalisePastedText } from './paste-text.ts';

export type CodeSource = 'aadsts' | 'json' | 'labelled' | 'bare';

export interface ExtractedCode {
  code: number;
  /** How the code was recognised; `aadsts` and `json` are certain, `bare` only counts known codes. */
  source: CodeSource;
}

// Known codes have 5 to 7 digits; the bounds keep GUID segments (4, 8, 12 hex digits) out.
const DIGITS = '(\\d{4,8})(?!\\d)';
// Between a label and its value, screens, logs and pretty-printed JSON put a few characters at most.
// Bounding the gap also keeps every pattern linear: an unbounded `\s*` on both sides of an optional
// separator tries every split of a long run of spaces, which made one paste take seconds.
const GAP = '{0,32}';
const AADSTS = new RegExp(`aadsts[\\s:#-]${GAP}${DIGITS}`, 'gi');
const JSON_CODES = new RegExp(`"error_codes"\\s${GAP}:\\s${GAP}\\[\\s${GAP}${DIGITS}`, 'gi');
const LABELLED = new RegExp(
  `(?:error[\\s_]{0,4}code|resulttype|code)["']?[\\s:=]${GAP}["']?${DIGITS}`,
  'gi',
);
// A whole token of digits: not inside a word, a GUID, a decimal or a time.
const BARE = /(?<![\w.:-])(\d{5,7})(?![\w.-]|:\d)/g;

function firstMatch(pattern: RegExp, text: string): number | null {
  for (const match of text.matchAll(pattern)) return Number(match[1]);
  return null;
}

/**
 * Returns the code the text is about, or null. An `AADSTS` prefix wins over everything else, then the
 * first of `error_codes` in a JSON response, then a labelled field (`Error code: 50126`,
 * `ResultType == 50074`). A bare number counts only when it is the whole query or a known code, so
 * that IDs and timestamps are not mistaken for codes. Codes are matched as whole numbers: 50012
 * never matches inside 500121. Only the first {@link MAX_PASTE_LENGTH} characters are read, after
 * {@link normalisePastedText}, and the time taken grows linearly with them.
 */
export function extractCode(text: string, isKnown: (code: number) => boolean): ExtractedCode | null {
  const trimmed = normalisePastedText(text.slice(0, MAX_PASTE_LENGTH)).slice(0, MAX_PASTE_LENGTH).trim();
  if (/^\d{4,8}$/.test(trimmed)) return { code: Number(trimmed), source: 'bare' };

  const prefixed = firstMatch(AADSTS, trimmed);
  if (prefixed !== null) return { code: prefixed, source: 'aadsts' };

  const fromJson = firstMatch(JSON_CODES, trimmed);
  if (fromJson !== null) return { code: fromJson, source: 'json' };

  const labelled = firstMatch(LABELLED, trimmed);
  if (labelled !== null) return { code: labelled, source: 'labelled' };

  for (const match of trimmed.matchAll(BARE)) {
    const code = Number(match[1]);
    if (isKnown(code)) return { code, source: 'bare' };
  }
  return null;
}
