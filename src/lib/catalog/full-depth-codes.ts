/** Reads `content/full-depth.txt`: the codes the site has committed to covering in full depth, one per line, `#` for comments. */

export const FULL_DEPTH_FILE = 'content/full-depth.txt';

export function parseFullDepth(text: string): number[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map(Number);
}
