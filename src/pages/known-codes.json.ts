/** The codes the site knows, for the browser's lookup: fetched on first use, so that no page carries the list. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return Response.json({ pages: catalog.codes.map((code) => Number(code.id)), wanted: catalog.wanted.map((entry) => entry.code) });
};
