/** `npm start` serves the local build and ends its output with the address to open, as the README says. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('the preview server npm start runs', () => {
  it('prints the address as its last line, and serves the site there', async () => {
    const siteDir = inject('siteDir');
    expect(inject('buildError')).toBe('');
    const port = await freePort();
    // As a person runs it: no telemetry setting of our own, so that Astro's notice would show if it came.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'ASTRO_TELEMETRY_DISABLED' && name !== 'NODE_ENV' && !name.startsWith('VITEST')));
    const server = spawn(process.execPath, ['scripts/preview.ts', '--out', siteDir, '--port', String(port)], { env });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toContain('http://');
      // Whatever Astro would print after starting comes within a moment.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const lines = output.trim().split('\n');
      expect(lines.at(-1)).toMatch(new RegExp(`Open http://localhost:${port}/$`));
      expect(output).not.toContain('--host');
      expect((await fetch(`http://localhost:${port}/codes/50126/`)).status).toBe(200);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
