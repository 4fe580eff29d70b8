/** How much of the catalogue has written guides, and how much of that is in full depth. */
import { isFullDepth, type DepthInput } from './depth.ts';
import type { CatalogRow } from './catalog-file.ts';

export interface Coverage {
  /** Codes in the catalogue: each gets a page. */
  codes: number;
  guides: number;
  fullDepth: number;
  /** Catalogued codes without a written guide: their pages are generated. */
  referencePages: number;
}

export function coverage(catalog: readonly Pick<CatalogRow, 'code'>[], guides: ReadonlyArray<DepthInput & { code: number }>): Coverage {
  const catalogued = new Set(catalog.map((row) => row.code));
  const written = guides.filter((guide) => catalogued.has(guide.code));
  return { codes: catalogued.size, guides: written.length, fullDepth: written.filter(isFullDepth).length, referencePages: catalogued.size - written.length };
}

export function formatCoverage(result: Coverage): string {
  return `${result.codes} codes: ${result.guides} written guides (${result.fullDepth} in full depth), ${result.referencePages} reference pages.`;
}
