/** Reads the last segment of an address path as text, whatever a link put into it. */

/**
 * The last non-empty segment of `pathname`, percent-decoded. A malformed escape (`/%/`, `/AADSTS99999%/`)
 * would make `decodeURIComponent` throw; such a segment is read as written instead.
 */
export function lastPathSegment(pathname: string): string {
  const segment = pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
