/**
 * Every page: shown inside another site's frame, replace the page with a link that opens it on its own.
 * Where the host applies `_headers`, `frame-ancestors 'none'` and `X-Frame-Options` stop the frame first;
 * GitHub Pages sends neither, and a CSP meta tag cannot carry `frame-ancestors`.
 */
function framedByAnotherSite(): boolean {
  if (window.top === window.self) return false;
  try {
    return window.top?.location.origin !== location.origin;
  } catch {
    // Reading another origin's location throws: the frame belongs to someone else.
    return true;
  }
}

if (framedByAnotherSite()) {
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_top';
  link.rel = 'noopener';
  link.textContent = 'Open this page of Entra Error Atlas in its own window';
  const notice = document.createElement('p');
  notice.append(link);
  document.body.replaceChildren(notice);
}
