/** How each place Microsoft documents a code reads on a page. */
import type { DocumentedIn } from './catalog-file.ts';

export const DOCUMENTED_LABELS: Record<DocumentedIn, string> = {
  'reference-table': 'Microsoft’s error code reference',
  'sign-in-log-list': 'Microsoft’s sign-in activity error list',
  'lookup-2022': 'Microsoft’s error lookup page',
  'log-list-2025': 'Sign-in log result descriptions (2025)',
  community: 'Community reports only',
};
