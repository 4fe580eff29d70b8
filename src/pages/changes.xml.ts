import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog/catalog.ts';
import { atomFeed } from '../lib/publish/atom.ts';
import { changeLog } from '../lib/publish/changes.ts';
import { changeSources } from '../lib/publish/change-sources.ts';
import { codeUrl, href } from '../lib/site/urls.ts';
import { SITE_NAME } from '../site.ts';

/** The list of changes as an Atom feed: one entry per day and kind of change. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const absolute = (path: string) => new URL(path, site).href;
  const xml = atomFeed({
    title: `${SITE_NAME}: what changed`,
    pageUrl: absolute(href('changes/')),
    feedUrl: absolute(href('changes.xml')),
    changes: changeLog(changeSources(catalog.listings)),
    codeUrl: (code) => absolute(codeUrl(code)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
