import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrl, siteUrlProblem } from '../../src/lib/site/site-url.ts';

describe('the address a build links to', () => {
  it('is SITE_URL when it is set, over https or plain http', () => {
    expect(siteUrl({ SITE_URL: 'https://errors.example.org' })).toBe('https://errors.example.org');
    expect(siteUrlProblem({ SITE_URL: 'https://errors.example.org' })).toBeUndefined();
    expect(siteUrlProblem({ SITE_URL: 'http://intranet.example.org' })).toBeUndefined();
  });

  it('is refused when SITE_URL is missing, with what to set instead', () => {
    expect(siteUrlProblem({})).toMatchInlineSnapshot(`
      "SITE_URL is not set, so every canonical link, the sitemap, OpenSearch and the API would point to http://localhost:4321.
        Set it to the address the site is published at: SITE_URL=https://errors.example.org npm run build
        (under a path, set BASE_PATH too: BASE_PATH=/entra-error-atlas/), or build for this machine only
        with \`npm run build -- --local\` (which \`npm start\` does)."
    `);
    expect(siteUrlProblem({ SITE_URL: '' })).toBe(siteUrlProblem({}));
  });

  it('is the local address only for a build that asks to be local', () => {
    expect(siteUrlProblem({ LOCAL_BUILD: '1' })).toBeUndefined();
    expect(siteUrl({ LOCAL_BUILD: '1' })).toBe(LOCAL_SITE_URL);
  });

  it('is refused when SITE_URL is not a full web address', () => {
    expect(siteUrlProblem({ SITE_URL: 'errors.example.org' })).toMatchInlineSnapshot(`"SITE_URL "errors.example.org" is not an address: write it in full, with https:// (e.g. https://errors.example.org)"`);
    expect(siteUrlProblem({ SITE_URL: 'ftp://errors.example.org' })).toMatchInlineSnapshot(`"SITE_URL "ftp://errors.example.org" must start with https://"`);
  });
});
