import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/catalog.ts';
import { codeSummary } from '../../lib/publish/api.ts';
import { datatableQuery } from '../../lib/publish/kql.ts';

/** The enrichment query with every code inlined, ready to paste into Log Analytics. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const text = datatableQuery(catalog.listings.map((entry) => codeSummary(entry, site!)));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
