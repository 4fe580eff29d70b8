/** Reads the code out of an address shaped like Microsoft's error links (`/error?code=50058`), so that swapping the host of an `error_uri` lands on our page. */
import { extractCode } from './extract-code.ts';

export type ErrorLinkTarget =
  /** A code with a page on this site. */
  | { kind: 'code-page'; code: number }
  /** A code we have no page for: it gets what the lookup box gives such a code. */
  | { kind: 'unknown-code'; code: number }
  /** The address names no code. */
  | { kind: 'no-code' };

/**
 * Where the query string `search` (`?code=50058&foo=bar`) leads. The `code` parameter is read in any
 * letter case and in any form the lookup box accepts (`50058`, `AADSTS50058`, `aadsts 50058`); other
 * parameters are ignored, so that a whole `error_uri` works with only its host replaced.
 */
export function errorLinkTarget(search: string, known: { hasPage: (code: number) => boolean; isKnown: (code: number) => boolean }): ErrorLinkTarget {
  const params = [...new URLSearchParams(search)];
  const value = params.find(([name]) => name.toLowerCase() === 'code')?.[1] ?? '';
  const found = extractCode(value, known.isKnown);
  if (!found) return { kind: 'no-code' };
  return known.hasPage(found.code) ? { kind: 'code-page', code: found.code } : { kind: 'unknown-code', code: found.code };
}
