/** A pull request's MDX is code: the build refuses unsafe content before any of it runs, and keeps the old dist/. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = process.cwd();
const sandbox = mkdtempSync(join(tmpdir(), 'atlas-safety-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** A copy of the project whose content holds one malicious page. */
function projectWithMaliciousPage(): { root: string; marker: string } {
  const root = mkdtempSync(join(sandbox, 'project-'));
  // Astro resolves symlinked sources to their real paths: copy everything but node_modules.
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  for (const entry of ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  const page = readFileSync(join(project, 'tests/fixtures/malicious/runs-code.mdx'), 'utf8').replace('code: 50126', 'code: 9999999');
  writeFileSync(join(root, 'content/codes/9999999.mdx'), page);
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'the previous build');
  return { root, marker: join(root, 'MARKER-RAN') };
}

function run(root: string, marker: string, args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, MARKER_FILE: marker, ASTRO_TELEMETRY_DISABLED: '1' } });
}

describe('build safety', () => {
  it('npm run build refuses the page, names the file and line, runs none of it and keeps dist/', () => {
    const { root, marker } = projectWithMaliciousPage();
    const result = run(root, marker, ['scripts/build.ts']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/codes/9999999.mdx:13:1: KB012');
    expect(result.stderr).toContain('content/codes/9999999.mdx:15:1: KB013');
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous build');
  });

  it('a direct astro build is refused by the content guard before the MDX is compiled', () => {
    const { root, marker } = projectWithMaliciousPage();
    const result = run(root, marker, ['node_modules/astro/bin/astro.mjs', 'build']);
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('content/codes/9999999.mdx:13:1: KB012');
    expect(output).toContain('Content has errors, so nothing was built');
    // Refused content is an answer, not a crash.
    expect(output).not.toMatch(/unhandled error|\n\s+at /i);
    expect(existsSync(marker)).toBe(false);
  });
});
