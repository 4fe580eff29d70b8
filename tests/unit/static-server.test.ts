/** The static server behaves as a plain host: files, folder index pages, redirects to the slash, its 404 page, gzip, and HTTPS with HTTP/2. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, constants } from 'node:http2';
import { connect as connectTcp } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCertificate } from '../../scripts/lib/local-certificate.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(site, 'codes/50126'), { recursive: true });
  writeFileSync(join(site, 'codes/50126/index.html'), '<h1>AADSTS50126</h1>');
  writeFileSync(join(site, '404.html'), '<h1>Not found</h1>');
  writeFileSync(join(site, 'data.bin'), Buffer.from([0, 1, 2]));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

async function withServer(options: Parameters<typeof serveStatic>[3], run: (port: number) => Promise<void>) {
  // Port 0 lets the system pick a free one.
  const server: StaticServer = await serveStatic(site, 0, '/', options);
  try {
    await run((server.address() as AddressInfo).port);
  } finally {
    server.close();
  }
}

describe('serveStatic over HTTP/1.1', () => {
  it('serves folder index pages, redirects a folder without its slash, and answers a missing file with 404.html', async () => {
    await withServer({}, async (port) => {
      const page = await fetch(`http://127.0.0.1:${port}/codes/50126/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<h1>AADSTS50126</h1>');
      const redirect = await fetch(`http://127.0.0.1:${port}/codes/50126?x=1`, { redirect: 'manual' });
      expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/codes/50126/?x=1']);
      const missing = await fetch(`http://127.0.0.1:${port}/codes/99999/`);
      expect([missing.status, await missing.text()]).toEqual([404, '<h1>Not found</h1>']);
    });
  });

  it('compresses text when asked to and the browser accepts gzip, and never binary files', async () => {
    await withServer({ gzip: true }, async (port) => {
      const page = await fetch(`http://127.0.0.1:${port}/codes/50126/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers.get('content-encoding')).toBe('gzip');
      const binary = await fetch(`http://127.0.0.1:${port}/data.bin`, { headers: { 'accept-encoding': 'gzip' } });
      expect(binary.headers.get('content-encoding')).toBeNull();
      expect([...new Uint8Array(await binary.arrayBuffer())]).toEqual([0, 1, 2]);
    });
  });
});

/** Sends `requestLine` as it is, on a socket of its own, and returns the status line and headers of the answer (or '' when the connection is closed without one). */
function rawRequest(port: number, requestLine: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer.split('\r\n\r\n')[0]));
    socket.on('error', () => resolve(answer));
  });
}

describe('serveStatic given hostile request lines', () => {
  it('never redirects off its own origin', async () => {
    await withServer({}, async (port) => {
      for (const path of ['/%2F%2Fevil.com/..%2Fcodes', '/%5C%5Cevil.com/..%2Fcodes', '/%2F%5Cevil.com/../codes', '//evil.com/codes']) {
        const answer = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
        const location = answer.headers.get('location');
        expect(answer.status, path).toBe(301);
        expect(new URL(location ?? '', `http://127.0.0.1:${port}/`).origin, `${path} → ${location}`).toBe(`http://127.0.0.1:${port}`);
        expect(location).toMatch(/^\/[^/\\]/);
      }
    });
  });

  it('answers CR and LF in the path, escaped or bare, and keeps serving', async () => {
    await withServer({}, async (port) => {
      const split = await rawRequest(port, 'GET /codes/x%0D%0ASet-Cookie:%20pwned=1/..%2F50126 HTTP/1.1');
      expect(split).toMatch(/^HTTP\/1\.1 301 /);
      expect(split).not.toMatch(/^Set-Cookie/im);
      expect(await rawRequest(port, 'GET /codes\r/50126/ HTTP/1.1')).toMatch(/^HTTP\/1\.1 400 /);
      expect(await rawRequest(port, 'GET /codes/\n50126/ HTTP/1.1')).toMatch(/^(?:HTTP\/1\.1 [45]\d\d |$)/);
      const page = await fetch(`http://127.0.0.1:${port}/codes/50126/`);
      expect([page.status, await page.text()]).toEqual([200, '<h1>AADSTS50126</h1>']);
    });
  });
});

describe('serveStatic with a certificate', () => {
  it('speaks HTTP/2 over TLS, with the same files and compression', async () => {
    const certificate = localCertificate();
    expect(certificate.spki).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    await withServer({ gzip: true, tls: certificate }, async (port) => {
      const session = connect(`https://127.0.0.1:${port}`, { ca: certificate.cert });
      try {
        const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
          const stream = session.request({ [constants.HTTP2_HEADER_PATH]: '/codes/50126/', 'accept-encoding': 'gzip' });
          const chunks: Buffer[] = [];
          let received: Record<string, unknown> = {};
          stream.on('response', (responseHeaders) => (received = responseHeaders));
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve({ headers: received, body: Buffer.concat(chunks) }));
          stream.on('error', reject);
        });
        expect(headers[constants.HTTP2_HEADER_STATUS]).toBe(200);
        expect(headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(body).toString()).toBe('<h1>AADSTS50126</h1>');
      } finally {
        session.close();
      }
    });
  });
});
