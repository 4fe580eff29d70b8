import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/catalog.ts';
import { codeSummary, csvRow } from '../../lib/publish/api.ts';
import { toCsv } from '../../lib/publish/csv.ts';
import { CSV_COLUMNS } from '../../schemas/api.ts';

/** Every code as CSV, marked as UTF-8 so that Excel shows its non-ASCII letters. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const rows = catalog.listings.map((entry) => csvRow(codeSummary(entry, site!)));
  return new Response(toCsv(CSV_COLUMNS, rows, { bom: true }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
