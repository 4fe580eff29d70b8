/** Short links such as /500121 and /AADSTS500121, as fallback pages and as host redirect rules. */

/** The short paths (without base or slashes) that lead to one code's page. */
export function shortLinkPaths(code: string): string[] {
  return [code, `AADSTS${code}`, `aadsts${code}`];
}

/**
 * Redirect rules in the `_redirects` format that Netlify and Cloudflare Pages read: each short path,
 * with and without a trailing slash, moves permanently to the code page.
 */
export function redirectRules(codes: readonly string[], base: string): string {
  const prefix = base.replace(/\/?$/, '/');
  return codes
    .flatMap((code) =>
      shortLinkPaths(code).flatMap((path) => [`${prefix}${path} ${prefix}codes/${code}/ 301`, `${prefix}${path}/ ${prefix}codes/${code}/ 301`]),
    )
    .join('\n')
    .concat('\n');
}
