import type { APIRoute } from 'astro';
import { loadCatalog, type CodeListing } from '../../../lib/catalog/catalog.ts';
import { codeDetail } from '../../../lib/publish/api.ts';

export async function getStaticPaths() {
  const catalog = await loadCatalog();
  return catalog.listings.map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CodeListing }> = async ({ props, site }) => {
  return Response.json(codeDetail(props.entry, await loadCatalog(), site!));
};
