/** In `npm run dev`, serves the search index of the last `npm run build`, so that search works while writing. */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** Where `npm run build` leaves the index; the search page reads the same path to say whether there is one. */
export const DEV_INDEX = 'dist/pagefind';

export default function devSearch(): AstroIntegration {
  return {
    name: 'entra-error-atlas:dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const index = join(server.config.root, DEV_INDEX);
        if (!existsSync(join(index, 'pagefind.js'))) {
          logger.warn('Search has no index yet: run `npm run build` once (in another terminal), then reload the search page.');
        }
        const prefix = `${server.config.base.replace(/\/?$/, '/')}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!path.startsWith(prefix)) return next();
          const file = join(index, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
          if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
