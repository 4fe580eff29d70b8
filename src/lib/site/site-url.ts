/** Which address a build links to: the published one from SITE_URL, or this machine's for a local build. */

/** Where `npm run dev` and `npm run preview` serve the site. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** Set by `npm run build -- --local` (and so by `npm start`) for a build that is never published. */
export const LOCAL_BUILD_VARIABLE = 'LOCAL_BUILD';

type Env = Readonly<Record<string, string | undefined>>;

/** The `site` Astro builds with: SITE_URL when it is set, else the local address. */
export function siteUrl(env: Env): string {
  return env.SITE_URL || LOCAL_SITE_URL;
}

/**
 * Why a build with these variables must not run, or undefined when it may. A build for publishing needs
 * SITE_URL: canonical links, og:url, the sitemap, OpenSearch and the API all carry the address, and
 * without it they would all point to localhost. A local build says so explicitly.
 */
export function siteUrlProblem(env: Env): string | undefined {
  const value = env.SITE_URL;
  if (!value) {
    if (env[LOCAL_BUILD_VARIABLE] === '1') return undefined;
    return [
      `SITE_URL is not set, so every canonical link, the sitemap, OpenSearch and the API would point to ${LOCAL_SITE_URL}.`,
      '  Set it to the address the site is published at: SITE_URL=https://errors.example.org npm run build',
      '  (under a path, set BASE_PATH too: BASE_PATH=/entra-error-atlas/), or build for this machine only',
      '  with `npm run build -- --local` (which `npm start` does).',
    ].join('\n');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an address: write it in full, with https:// (e.g. https://errors.example.org)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${value}" must start with https://`;
  return undefined;
}
