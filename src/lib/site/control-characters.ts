/** Characters that published text must not carry as they are: what XML 1.0 forbids. */

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
