/** Whether a code page is written in full depth, derived from what it holds rather than declared. */

export interface DepthInput {
  causes: readonly unknown[];
  related: readonly unknown[];
  audiences: readonly unknown[];
  collect: readonly unknown[];
  signal: { detection?: string };
}

/** Full depth: several ranked causes, more than one audience, related codes, what to collect and a security view. */
export function isFullDepth(code: DepthInput): boolean {
  return (
    code.causes.length >= 2 &&
    code.audiences.length >= 2 &&
    code.related.length >= 1 &&
    code.collect.length >= 1 &&
    Boolean(code.signal.detection)
  );
}
