/** How much of the known-code list has pages, and how much of that is in full depth. */
import { isFullDepth, type DepthInput } from './depth.ts';
import type { KnownCode } from './known-codes.ts';

export interface Coverage {
  known: number;
  pages: number;
  fullDepth: number;
  wanted: number[];
  /** Pages for codes that the known-code list lacks: the list must be extended. */
  unlisted: number[];
}

export function coverage(known: readonly KnownCode[], pages: ReadonlyArray<DepthInput & { code: number }>): Coverage {
  const withPage = new Set(pages.map((page) => page.code));
  const listed = new Set(known.map((entry) => entry.code));
  return {
    known: known.length,
    pages: pages.length,
    fullDepth: pages.filter(isFullDepth).length,
    wanted: known.filter((entry) => !withPage.has(entry.code)).map((entry) => entry.code),
    unlisted: pages.filter((page) => !listed.has(page.code)).map((page) => page.code),
  };
}

export function formatCoverage(result: Coverage): string {
  return `${result.pages} code pages (${result.fullDepth} in full depth); ${result.known - result.wanted.length} of ${result.known} known codes covered, ${result.wanted.length} wanted.`;
}
