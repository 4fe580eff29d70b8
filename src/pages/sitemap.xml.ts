import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog/catalog.ts';
import { categoryUrl, causeUrl, codeUrl, fixUrl, href } from '../lib/site/urls.ts';
import { CATEGORY_SLUGS } from '../schemas/vocabulary.ts';

/** Every page worth indexing; short links and the search page are left out. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const paths = [
    href(),
    href('codes/'),
    href('categories/'),
    href('causes/'),
    href('fixes/'),
    href('signals/'),
    href('wanted/'),
    href('changes/'),
    href('review/'),
    href('api/'),
    href('about/'),
    ...catalog.listings.map((code) => codeUrl(code.id)),
    ...[...catalog.causes.keys()].map(causeUrl),
    ...[...catalog.fixes.keys()].map(fixUrl),
    ...CATEGORY_SLUGS.map(categoryUrl),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
