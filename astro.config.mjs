// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentGuard from './src/integrations/content-guard.ts';
import shortLinks from './src/integrations/short-links.ts';
import devSearch from './src/integrations/dev-search.ts';
import siteUrlGuard from './src/integrations/site-url-guard.ts';
import { siteUrl } from './src/lib/site/site-url.ts';

export default defineConfig({
  // A build without SITE_URL is refused unless it is local (`npm run build -- --local`): see site-url-guard.
  site: siteUrl(process.env),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  // One cached stylesheet for every page: inlined, it would come again with each page and push the longest
  // code pages past 14 KB of HTML.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The search index is written by scripts/build.ts once Astro has finished (see there). @astrojs/mdx compiles
  // the site's own pages in src/pages (about.mdx); contributed content is rendered as data (src/loaders/).
  integrations: [contentGuard(), siteUrlGuard(), mdx(), shortLinks(), devSearch()],
  // Lets the Astro extension for VS Code complete and check the front matter of content files (CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  security: {
    csp: {
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: { build: { assetsInlineLimit: 0 } },
});
