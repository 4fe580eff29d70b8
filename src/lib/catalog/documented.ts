/** How each place Microsoft documents a code reads on a page. */
import type { CatalogRow, DocumentedIn } from './catalog-file.ts';

export const DOCUMENTED_LABELS: Record<DocumentedIn, string> = {
  'reference-table': 'Microsoft’s error code reference',
  'sign-in-log-list': 'Microsoft’s sign-in activity error list',
  'lookup-2022': 'Microsoft’s error lookup page',
  'log-list-2025': 'Sign-in log result descriptions (2025)',
  community: 'Community reports only',
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
