import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/catalog.ts';
import { codeSummary, watchlistRow } from '../../lib/publish/api.ts';
import { toCsv } from '../../lib/publish/csv.ts';
import { WATCHLIST_COLUMNS } from '../../schemas/api.ts';

/**
 * Every code as a Microsoft Sentinel watchlist: a CSV with a header on its first line. No byte-order mark,
 * so that the first column's name reaches Sentinel as `Code`, the SearchKey the documentation names.
 */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const rows = catalog.listings.map((entry) => watchlistRow(codeSummary(entry, site!)));
  return new Response(toCsv(WATCHLIST_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
