/** Builds the site, then serves it twice: with `astro preview` and as a plain static host. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const SITE_DIR = join(process.cwd(), '.build-tmp', 'browser-site');
// Overridable, so that two checkouts on one machine can run their browser tests side by side.
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4322);
const STATIC_PORT = Number(process.env.STATIC_PORT ?? 4323);

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
  const origin = `http://127.0.0.1:${PREVIEW_PORT}`;
  execFileSync(process.execPath, ['scripts/build.ts', '--out', SITE_DIR], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: origin } });
  const preview: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--outDir', SITE_DIR, '--port', String(PREVIEW_PORT), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Compressed like a real static host, so that transfer budgets measure what visitors download.
  const server: Server = await serveStatic(SITE_DIR, STATIC_PORT, '/', { gzip: true });
  await waitFor(`${origin}/`, 30_000);
  project.provide('previewOrigin', origin);
  project.provide('staticOrigin', `http://127.0.0.1:${STATIC_PORT}`);
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
