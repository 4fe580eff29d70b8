/** Builds the site, then serves it twice: with `astro preview` and as a plain static host. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const SITE_DIR = join(process.cwd(), '.build-tmp', 'browser-site');

/** Two ports nothing listens on now: several copies of the project may run their browser tests at once. */
async function freePorts(): Promise<[number, number]> {
  const probes = [createServer(), createServer()];
  const ports = await Promise.all(
    probes.map((probe) => new Promise<number>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)))),
  );
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return [ports[0], ports[1]];
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  rmSync(SITE_DIR, { recursive: true, force: true });
  // PREVIEW_PORT and STATIC_PORT fix the ports; otherwise any free ones do.
  const [freePreview, freeStatic] = await freePorts();
  const previewPort = Number(process.env.PREVIEW_PORT ?? freePreview);
  const staticPort = Number(process.env.STATIC_PORT ?? freeStatic);
  const origin = `http://127.0.0.1:${previewPort}`;
  execFileSync(process.execPath, ['scripts/build.ts', '--out', SITE_DIR], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: origin } });
  const preview: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--outDir', SITE_DIR, '--port', String(previewPort), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Compressed like a real static host, so that transfer budgets measure what visitors download.
  const server = await serveStatic(SITE_DIR, staticPort, '/', { gzip: true });
  await waitFor(`${origin}/`, 30_000);
  project.provide('previewOrigin', origin);
  project.provide('staticOrigin', `http://127.0.0.1:${staticPort}`);
  return () => {
    preview.kill();
    server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    previewOrigin: string;
    staticOrigin: string;
  }
}
