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

/** These pages run no script and load nothing: the policy says so. */
const SHORT_LINK_CSP = "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'";

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

/**
 * The fallback page for one short link: it works on any static host, with a meta refresh for browsers
 * and a plain link for everything else. Written as a file rather than rendered as a route, because at
 * thousands of codes three extra routes per code cost the build more than all code pages together.
 */
export function shortLinkPage({ code, title, target, canonical }: { code: string; title: string; target: string; canonical: string }): string {
  const label = escapeHtml(`AADSTS${code}: ${title}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SHORT_LINK_CSP}">
<title>${label}</title>
<meta http-equiv="refresh" content="0;url=${escapeHtml(target)}">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="robots" content="noindex">
</head>
<body>
<p>This short link leads to <a href="${escapeHtml(target)}">${label}</a>.</p>
</body>
</html>
`;
}
