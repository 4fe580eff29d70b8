import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog.ts';
import { codeSummary } from '../../lib/api.ts';
import { toCsv } from '../../lib/csv.ts';
import { CSV_COLUMNS } from '../../schemas/api.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const rows = catalog.codes.map((entry) => {
    const summary = codeSummary(entry, site!);
    return CSV_COLUMNS.map((column) => summary[column]);
  });
  return new Response(toCsv(CSV_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
