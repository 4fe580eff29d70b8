/** Refuses a build without SITE_URL unless it is explicitly local, so that no published page links to localhost. */
import type { AstroIntegration } from 'astro';
import { siteUrlProblem } from '../lib/site/site-url.ts';

export default function siteUrlGuard(): AstroIntegration {
  return {
    name: 'entra-error-atlas:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // The dev server, preview and type checks serve or read the site locally; only a build publishes it.
        const problem = command === 'build' ? siteUrlProblem(process.env) : undefined;
        if (problem) throw new Error(problem);
      },
    },
  };
}
