/** Short, readable names for source links, so that long documentation URLs do not crowd a page or break its layout. */

/**
 * The page's title where content/source-titles.tsv gives one; else "Microsoft's lookup for 50126",
 * "Microsoft’s error code reference", or the site and the last words of the page's path.
 */
export function sourceLabel(url: string, titles: ReadonlyMap<string, string> = new Map()): string {
  const title = titles.get(url);
  if (title) return title;
  const parsed = new URL(url);
  if (parsed.hostname === 'login.microsoftonline.com' && parsed.pathname === '/error') {
    return `Microsoft's lookup for ${parsed.searchParams.get('code') ?? 'this code'}`;
  }
  const site = parsed.hostname === 'learn.microsoft.com' ? 'Learn' : parsed.hostname.replace(/^www\./, '');
  const last = parsed.pathname.split('/').filter(Boolean).pop();
  if (last === undefined) return site;
  if (last === 'reference-error-codes') return 'Microsoft’s error code reference';
  // Only a file type is dropped: the dots of an API reference page (microsoft.identity.client.msalexception) are its name.
  const words = decodeURIComponent(last)
    .replace(/\.(?:html?|aspx|php|pdf|md)$/, '')
    .replace(/^(howto|concept|tutorial|troubleshoot|reference|overview)-/, '')
    .replace(/[-_]+/g, ' ');
  return `${site}: ${words}`;
}
