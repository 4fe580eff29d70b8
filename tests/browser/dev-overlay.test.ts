/**
 * `npm run dev` on a pull request's hostile content: the error overlay shows what the content quotes as text
 * and runs none of it, and content nested thousands of levels deep does not stop the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, openPage } from './browser.ts';

const browser = browserForFile();
const project = process.cwd();
const sandbox = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
let server: ChildProcess | undefined;
let origin = '';
let output = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  // A scratch copy of the project, so that the broken file never touches the working tree.
  symlinkSync(join(project, 'node_modules'), join(sandbox, 'node_modules'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(project, entry), join(sandbox, entry), { recursive: true });
  const page = join(sandbox, 'content/codes/50126.mdx');
  const hostile = readFileSync(page, 'utf8').replace('collect:\n', 'collect:\n  - "<img src=x onerror=window.__pwned=1>"\n');
  writeFileSync(page, `${hostile}\n<Path to="<img src=x onerror=window.__pwned=2>" />\n\n<Blink>x</Blink>\n`);
  // 6,000 nested list items in 12 KB, which used to stop the server.
  const deep = join(sandbox, 'content/codes/50053.mdx');
  writeFileSync(deep, `${readFileSync(deep, 'utf8')}\n${'- '.repeat(6000)}deep\n`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: sandbox,
    // As a maintainer runs it: Vitest's NODE_ENV=test makes Astro's dev server answer every page with 404.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      await fetch(`${origin}/about/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`npm run dev did not start:\n${output}`);
}, 200_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(sandbox, { recursive: true, force: true });
});

describe('npm run dev with hostile content', () => {
  it('shows every problem in the overlay as text, and runs nothing the content holds', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin}/about/`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 60_000 }).catch((error) => {
      throw new Error(`${String(error)}\n${output}`);
    });
    const message = overlay.locator('#message-content');
    await expect.poll(() => message.textContent(), { timeout: 30_000 }).toContain('KB024');
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('the admin-center path "<img src=x onerror=window.__pwned=2>" is not in the list of known paths');
    expect(text).toContain('"collect[0]" contains HTML (<img src=x onerror=window.__pwned=1…)');
    expect(text).toContain('the only components allowed are <Note>, <Warning>, <Steps>, <Path>, <CodeLink>, <Kbd>');
    expect(text).toContain('KB037 the text nests more than 50 levels deep');
    expect(await message.locator('img, note, warning, path').count()).toBe(0);
    // Give an image that failed to load the time to fire its handler.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('keeps serving, however deep the content nests', async () => {
    expect(server?.exitCode).toBeNull();
    expect((await fetch(`${origin}/about/`)).status).toBe(200);
    expect(output).not.toContain('Maximum call stack size exceeded');
  });
});
