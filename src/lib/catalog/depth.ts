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
  return depthGaps(code).length === 0;
}

/** What a page lacks for full depth, in words a contributor can act on; empty when it has it all. */
export function depthGaps(code: DepthInput): string[] {
  return [
    code.causes.length + (code.otherCodes?.length ?? 0) < 2 && 'at least two situations told apart (`causes`, or look-alikes in `otherCodes`)',
    code.audiences.length < 2 && 'more than one audience',
    code.related.length < 1 && 'a related code',
    code.collect.length < 1 && 'something to `collect`',
    !code.signal.detection && 'a `signal.detection` note for analysts',
  ].filter((gap): gap is string => typeof gap === 'string');
}
