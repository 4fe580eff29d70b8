/** How each place Microsoft documents a code reads on a page. */
import type { CatalogRow, DocumentedIn } from './catalog-file.ts';

export const DOCUMENTED_LABELS: Record<DocumentedIn, string> = {
  'reference-table': 'Microsoft’s error code reference',
  'sign-in-log-list': 'Microsoft’s sign-in activity error list',
  'lookup-2022': 'Microsoft’s error lookup page',
  'log-list-2025': 'A public list of sign-in log result descriptions (2025)',
  community: 'Community reports only',
};

/** Microsoft's error code reference: the table every code in it is cited from. */
export const OFFICIAL_REFERENCE_URL = 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes';

/** Where a reader can check a place a code is documented in: Microsoft's table, and the public list its 2025 wording comes from. */
export const DOCUMENTED_LINKS: Partial<Record<DocumentedIn, string>> = {
  'reference-table': OFFICIAL_REFERENCE_URL,
  'log-list-2025': 'https://github.com/f-bader/EntraID-ErrorCodes',
};

/** Microsoft's own lookup page for one code. */
export function officialLookupUrl(code: number | string): string {
  return `https://login.microsoftonline.com/error?code=${code}`;
}

/**
 * Whether Microsoft's error lookup is known to have the code, so that a page may point to it as a source: for a code
 * known only from the sign-in log list or the reference table, the lookup page may show nothing.
 */
export function inErrorLookup(row: Pick<CatalogRow, 'documentedIn'>): boolean {
  return row.documentedIn.includes('lookup-2022');
}
