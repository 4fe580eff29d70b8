/** Writes `_redirects` for hosts that read it, so short links answer with a real 301 there. */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { redirectRules } from '../lib/short-links.ts';

export default function hostRules(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'entra-error-atlas:host-rules',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const codes = readdirSync(`${root}/content/codes`).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
        writeFileSync(new URL('_redirects', dir), redirectRules(codes, base));
        logger.info(`wrote _redirects with short links for ${codes.length} codes`);
      },
    },
  };
}
