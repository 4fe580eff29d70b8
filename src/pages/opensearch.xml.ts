import type { APIRoute } from 'astro';
import { href, searchUrl } from '../lib/site/urls.ts';
import { SITE_NAME } from '../site.ts';

/** Lets browsers add the site as a search engine. */
export const GET: APIRoute = ({ site }) => {
  const template = `${new URL(searchUrl(), site).href}?q={searchTerms}`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${SITE_NAME}</ShortName>
  <Description>Look up Microsoft Entra sign-in error codes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${new URL(href('favicon.svg'), site).href}</Image>
  <Url type="text/html" method="get" template="${template}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
