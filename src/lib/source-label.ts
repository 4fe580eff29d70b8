/** Short, readable names for source links, so that long documentation URLs do not crowd a page or break its layout. */

/** "Microsoft's lookup for 50126", "Error code reference", or the last words of a Learn page's path. */
export function sourceLabel(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === 'login.microsoftonline.com' && parsed.pathname === '/error') {
    return `Microsoft's lookup for ${parsed.searchParams.get('code') ?? 'this code'}`;
  }
  const last = parsed.pathname.split('/').filter(Boolean).pop() ?? parsed.hostname;
  if (last === 'reference-error-codes') return 'Microsoft’s error code reference';
  const words = decodeURIComponent(last).replace(/\.[a-z]+$/, '').replace(/^(howto|concept|tutorial|troubleshoot|reference|overview)-/, '').replace(/[-_]+/g, ' ');
  const site = parsed.hostname === 'learn.microsoft.com' ? 'Learn' : parsed.hostname.replace(/^www\./, '');
  return `${site}: ${words}`;
}
