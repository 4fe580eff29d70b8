/** The compact index of codes that the search box downloads first (src/lib/search/code-index.ts). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog/catalog.ts';
import { codeDocuments, toRow } from '../lib/search/code-index.ts';
import { loadCodeFrequency, loadScreens } from '../lib/search/search-data.ts';
import { screenLines, screensByCode } from '../lib/catalog/screens.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const screens = screensByCode(loadScreens(new Set(catalog.listings.map((listing) => listing.code))));
  const met = loadCodeFrequency();
  const documents = codeDocuments(
    catalog.listings.map((listing) => ({
      code: listing.code,
      name: listing.name,
      message: listing.message,
      guide: listing.guide && {
        title: listing.guide.data.title,
        symptoms: listing.guide.data.symptoms,
        causes: listing.guide.data.causes.map((cause) => cause.id),
      },
    })),
    (code) => (screens.get(code) ?? []).flatMap(screenLines),
    (code) => met.get(code) ?? 0,
  );
  return Response.json(documents.map(toRow));
};
