/** The link-preview pictures: one per category and one for the site (see src/lib/site/preview-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_NAME } from '../../site.ts';
import { previewImages, previewSvg } from '../../lib/site/preview-image.ts';
import { renderPreviewPng } from '../../lib/site/preview-png.ts';

export const getStaticPaths = (() => previewImages().map(({ slug, heading, detail }) => ({ params: { image: slug }, props: { heading, detail } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const png = renderPreviewPng(previewSvg({ siteName: SITE_NAME, heading: props.heading as string, detail: props.detail as string }));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
