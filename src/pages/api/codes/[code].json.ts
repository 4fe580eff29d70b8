import type { APIRoute } from 'astro';
import { loadCatalog, type CodeEntry } from '../../../lib/catalog.ts';
import { codeDetail } from '../../../lib/api.ts';

export async function getStaticPaths() {
  const catalog = await loadCatalog();
  return catalog.codes.map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CodeEntry }> = async ({ props, site }) => {
  return Response.json(codeDetail(props.entry, await loadCatalog(), site!));
};
