/** Characters that published text must not carry as they are: what XML 1.0 forbids, and what breaks or reorders a line. */

/**
 * Outside XML 1.0's `Char` production: C0 controls other than tab, line feed and carriage return, the
 * non-characters U+FFFE and U+FFFF, and surrogates without their pair. A feed holding one is not XML.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD, the sign readers show for "a character was lost here". */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

/**
 * Characters a one-line field (a catalogue message, a title) has no reason to hold: every C0 and C1
 * control including tab and line breaks, DEL, the Unicode line and paragraph separators, the
 * bidirectional overrides and isolates that reorder how a line reads, and whatever XML forbids.
 */
// eslint-disable-next-line no-control-regex
const UNEXPECTED_IN_A_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface ControlCharacter {
  /** Offset in the text, in UTF-16 code units (a column is this plus one). */
  index: number;
  /** As a reader would name it: `U+000B`. */
  name: string;
}

/** The first character of `text` that a one-line field should not hold, or undefined; for validation to report at file:line:col. */
export function findControlCharacter(text: string): ControlCharacter | undefined {
  const match = UNEXPECTED_IN_A_LINE.exec(text);
  if (!match) return undefined;
  return { index: match.index, name: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
