/** Every internal URL, built once so that a base path (e.g. a GitHub Pages project site) applies everywhere. */

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site, with the base path in front: `href('codes/')` → `/codes/` or `/atlas/codes/`. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const codeUrl = (code: number | string) => href(`codes/${code}/`);
export const causeUrl = (slug: string) => href(`causes/${slug}/`);
export const fixUrl = (slug: string) => href(`fixes/${slug}/`);
export const categoryUrl = (slug: string) => href(`categories/${slug}/`);
export const searchUrl = (query?: string) => href(query === undefined ? 'search/' : `search/?q=${encodeURIComponent(query)}`);

/** Anchors on a code page, stable so that helpdesks can link one cause or one fix. */
export const causeAnchor = (slug: string) => `cause-${slug}`;
export const fixAnchor = (slug: string) => `fix-${slug}`;
/** A guide's entry on /review/, which its "Under review" line links to. */
export const reviewAnchor = (code: number | string) => `code-${code}`;
