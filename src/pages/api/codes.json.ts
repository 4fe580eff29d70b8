import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/catalog.ts';
import { codeSummary } from '../../lib/publish/api.ts';
import { API_SCHEMA_VERSION } from '../../schemas/api.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const codes = catalog.listings.map((entry) => codeSummary(entry, site!));
  return Response.json({ schemaVersion: API_SCHEMA_VERSION, count: codes.length, codes });
};
