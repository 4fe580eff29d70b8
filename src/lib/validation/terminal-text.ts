/**
 * Text from content, the catalogue or a downloaded list made safe to print to a terminal or a CI log: it can
 * neither move the cursor, recolour, set the clipboard (OSC 52), start a new line, nor issue a GitHub
 * workflow command.
 */
import { BIDI_CONTROLS, BIDI_MARKS, C0_C1_CONTROLS, LINE_SEPARATORS } from '../site/control-characters.ts';

/**
 * Characters that a terminal or log viewer acts on instead of showing: C0 controls (newline, escape, bell),
 * DEL, C1 controls (U+009B is a one-byte CSI to some terminals), the Unicode line and paragraph separators,
 * and the bidirectional controls that reorder what is shown ("Trojan Source").
 */
const INVISIBLE = new RegExp(`[${C0_C1_CONTROLS}${BIDI_MARKS}${LINE_SEPARATORS}${BIDI_CONTROLS}]`, 'g');

/** `text` with every control character written out as a visible escape (`\x1b`, `\n`, `\u202e`), on one line. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (character) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    if (named[character]) return named[character];
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * The message of a GitHub workflow command (`::error …::MESSAGE`). GitHub documents `%`, CR and LF as the
 * characters to escape (`%25`, `%0D`, `%0A`); CR and LF are already written out by {@link visible}, so that
 * the annotation reads as the terminal line does.
 */
export function annotationData(text: string): string {
  return visible(text).replace(/%/g, '%25');
}

/**
 * A property value of a workflow command (`file=…,title=…`): as {@link annotationData}, and `:` and `,` too,
 * which would otherwise end the property list or start another property (a comma in a file name could set the title).
 */
export function annotationProperty(text: string): string {
  return annotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
