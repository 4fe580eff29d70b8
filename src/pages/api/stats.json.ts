import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/catalog.ts';
import { API_SCHEMA_VERSION } from '../../schemas/api.ts';

/** The catalogue in numbers; `npm run build` prints them. */
export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return Response.json({
    schemaVersion: API_SCHEMA_VERSION,
    codes: catalog.listings.length,
    guides: catalog.codes.length,
    referencePages: catalog.reference.length,
    openReviewQuestions: catalog.codes.filter((code) => code.data.needsReview).length,
  });
};
