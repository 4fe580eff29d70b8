/** The codes the site knows, for the browser's lookup: fetched on first use, so that no page carries the list. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog/catalog.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  // Every catalogued code has a page, written or generated; none is known without one.
  return Response.json({ pages: catalog.listings.map((code) => Number(code.id)), wanted: [] });
};
