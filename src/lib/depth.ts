/** Whether a code page is written in full depth, derived from what it holds rather than declared. */

export interface DepthInput {
  causes: readonly unknown[];
  /** Look-alike situations that Microsoft reports with codes of their own. */
  otherCodes?: readonly unknown[];
  related: readonly unknown[];
  audiences: readonly unknown[];
  collect: readonly unknown[];
  signal: { detection?: string };
}

/**
 * Full depth: the page tells at least two situations apart (its own ranked causes, or look-alikes that Microsoft
 * gives codes of their own), and has more than one audience, related codes, what to collect and a security view.
 */
export function isFullDepth(code: DepthInput): boolean {
  return (
    code.causes.length + (code.otherCodes?.length ?? 0) >= 2 &&
    code.audiences.length >= 2 &&
    code.related.length >= 1 &&
    code.collect.length >= 1 &&
    Boolean(code.signal.detection)
  );
}
