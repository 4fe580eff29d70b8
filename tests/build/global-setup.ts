/** Builds the site once for every test that reads the built output: at the root, and under a base path. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export const BASE_PATH = '/entra-error-atlas/';

/** The environment a maintainer's shell gives the build: without Vitest's NODE_ENV=test, which makes Astro build in development mode. */
const shellEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));

function build(out: string, env: Record<string, string>): string | undefined {
  rmSync(out, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, ['scripts/build.ts', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...shellEnv, ...env } });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

export default function setup(project: TestProject) {
  const siteDir = join(process.cwd(), '.build-tmp', 'test-site');
  const baseSiteDir = join(process.cwd(), '.build-tmp', 'test-site-base');
  // Let the other tests run and report; the build tests fail with the build's own message.
  const error = build(siteDir, { SITE_URL: 'https://atlas.test' }) ?? build(baseSiteDir, { SITE_URL: 'https://atlas.test', BASE_PATH });
  project.provide('siteDir', error ? '' : siteDir);
  project.provide('baseSiteDir', error ? '' : baseSiteDir);
  project.provide('buildError', error ?? '');
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseSiteDir: string;
    buildError: string;
  }
}
