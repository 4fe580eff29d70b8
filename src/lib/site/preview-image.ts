/**
 * The picture a link preview shows (Teams, Slack, ticket systems): the site's mark, its name and what the
 * page is about, as SVG for the PNG renderer. One per category, not one per code: see bench/RESULTS.md.
 */
import { CATEGORIES, CATEGORY_SLUGS, type Category } from '../../schemas/vocabulary.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);

/** `heading` in large type under the site's name, `detail` below it; both are text, never markup. */
export function previewSvg({ siteName, heading, detail }: { siteName: string; heading: string; detail: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#0b57d0"/>
<g transform="translate(72 72) scale(3.5)"><rect width="32" height="32" rx="7" fill="#ffffff"/><path d="M9 22 16 8l7 14M11.8 17h8.4" fill="none" stroke="#0b57d0" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></g>
<text x="208" y="150" font-family="DejaVu Sans" font-size="44" fill="#ffffff">${escapeXml(siteName)}</text>
<text x="72" y="360" font-family="DejaVu Sans" font-weight="bold" font-size="60" fill="#ffffff">${escapeXml(heading)}</text>
<text x="72" y="450" font-family="DejaVu Sans" font-size="36" fill="#e8f0fe">${escapeXml(detail)}</text>
</svg>
`;
}

/** Every preview picture: the site's, for pages about no one category, and one per category. */
export function previewImages(): { slug: string; heading: string; detail: string; alt: string }[] {
  const site = { slug: 'site', heading: 'Sign-in errors, explained', detail: 'Every Microsoft Entra ID (AADSTS) error code', alt: 'Entra Error Atlas: sign-in errors, explained' };
  const categories = CATEGORY_SLUGS.map((slug) => ({
    slug,
    heading: CATEGORIES[slug].label,
    detail: 'Microsoft Entra ID (AADSTS) sign-in errors',
    alt: `Entra Error Atlas: ${CATEGORIES[slug].label}`,
  }));
  return [site, ...categories];
}

/** The picture for a page: its category's, or the site's. */
export function previewFor(category: Category | undefined): { path: string; alt: string } {
  const image = previewImages().find((candidate) => candidate.slug === (category ?? 'site'))!;
  return { path: `previews/${image.slug}.png`, alt: image.alt };
}
