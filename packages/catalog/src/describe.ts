/** The lookup the package exports: one code's entry from whatever form of it a person pastes, read by the site's own paste reader. */
import { extractCode } from '../../../src/lib/paste/extract-code.ts';

/**
 * A function that returns the entry of the code in `text` (`AADSTS50058`, `50058`, a whole error
 * message or JSON response), or undefined when the text names no catalogued code.
 */
export function describer<Entry extends { code: number }>(entries: readonly Entry[]): (text: string | number) => Entry | undefined {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  const isKnown = (code: number) => byCode.has(code);
  return (text) => {
    const found = extractCode(String(text), isKnown);
    return found ? byCode.get(found.code) : undefined;
  };
}
