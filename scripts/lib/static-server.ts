/** A plain static file server, as a generic static host behaves: files, folder index pages, 404.html, no rewrites. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { Server as NetServer } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.xml', '.svg']);

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * The address of a folder with its slash added, always on this server: built from the path as the request
 * encoded it (`%2F`, `%0D` stay escaped, so no header can be split), with one leading slash, so that no
 * browser reads `//host` or `/\\host` in it as another site.
 */
export function folderLocation(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}/${url.search}`;
}

/** Streams a file; a read that fails (a file removed meanwhile) ends that response, not the server. */
function send(file: string, response: Response, gzip = false): void {
  const done = () => undefined;
  if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
  else pipeline(createReadStream(file), response, done);
}

export interface StaticServerOptions {
  /** Compresses text, as real hosts do. */
  gzip?: boolean;
  /** Serves HTTPS and HTTP/2 with this key and certificate, as real hosts do, instead of plain HTTP/1.1. */
  tls?: { key: string; cert: string };
}

/** What the handler needs of a request and a response, which HTTP/1.1 and HTTP/2 both provide. */
interface Request {
  url?: string;
  headers: IncomingHttpHeaders;
}
interface Response extends NodeJS.WritableStream {
  writeHead: (status: number, headers: Record<string, string>) => Response;
}

/** HTTP/1.1 and HTTP/2 servers alike. */
export type StaticServer = Pick<NetServer, 'close' | 'address'>;

/** Serves `dir` under `base` on 127.0.0.1:`port`; resolves once it listens. */
export function serveStatic(dir: string, port: number, base = '/', { gzip = false, tls }: StaticServerOptions = {}): Promise<StaticServer> {
  const handle = (request: Request, response: Response) => {
    try {
      serve(request, response);
    } catch {
      // Whatever a request holds, it costs that request, never the server the other tests are using.
      if ((response as { headersSent?: boolean }).headersSent) response.end();
      else response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    }
  };
  const serve = (request: Request, response: Response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // A malformed escape (`/%/`) names no file: such a host answers with its 404 page.
    const path = decodedPath(url.pathname) ?? '';
    const inside = path.startsWith(base) ? normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '') : undefined;
    let file = inside === undefined ? undefined : join(dir, inside);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: folderLocation(url) }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] });
      send(join(dir, '404.html'), response);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      send(file, response, true);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    send(file, response);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
