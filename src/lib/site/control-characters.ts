/** Characters that text must not carry as they are where it is published or printed: one list of the ranges. */

/** C0 controls (newline, escape, bell), DEL and the C1 controls (U+009B is a one-byte CSI to some terminals). */
export const C0_C1_CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f';
/** The Unicode line and paragraph separators: a line break to JavaScript, Kusto and many viewers. */
export const LINE_SEPARATORS = '\\u2028\\u2029';
/** Bidirectional embeddings, overrides and isolates: they reorder how the rest of a line is shown ("Trojan Source"). */
export const BIDI_CONTROLS = '\\u202a-\\u202e\\u2066-\\u2069';
/** The invisible bidirectional marks (Arabic letter mark, left-to-right and right-to-left marks). */
export const BIDI_MARKS = '\\u061c\\u200e\\u200f';

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
