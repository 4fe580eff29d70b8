/** Writes the short links (/500121, /AADSTS500121, /aadsts500121): `_redirects` for hosts that read it, and a fallback page for each. */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeIndex } from '../schemas/api.ts';
import { redirectRules, shortLinkPage, shortLinkPaths } from '../lib/publish/short-links.ts';

export default function shortLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'entra-error-atlas:short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        // The published catalogue already lists every code with its title and URL.
        const index = JSON.parse(readFileSync(new URL('api/codes.json', dir), 'utf8')) as CodeIndex;
        for (const { code, title, url } of index.codes) {
          const target = `${base}codes/${code}/`;
          for (const path of shortLinkPaths(String(code))) {
            const folder = fileURLToPath(new URL(`${path}/`, dir));
            mkdirSync(folder, { recursive: true });
            writeFileSync(`${folder}index.html`, shortLinkPage({ code: String(code), title, target, canonical: url }));
          }
        }
        writeFileSync(new URL('_redirects', dir), redirectRules(index.codes.map((entry) => String(entry.code)), base));
        logger.info(`wrote short links and _redirects for ${index.codes.length} codes`);
      },
    },
  };
}
