import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/catalog.ts';
import { codeSummary, csvRow } from '../../lib/publish/api.ts';
import { toCsv } from '../../lib/publish/csv.ts';
import { CSV_COLUMNS } from '../../schemas/api.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const rows = catalog.listings.map((entry) => csvRow(codeSummary(entry, site!)));
  return new Response(toCsv(CSV_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
