/** Transfer budgets that only a browser can measure: what the first search downloads. */
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './browser.ts';

const FIRST_SEARCH_BUDGET = 100 * 1024;

/** What a request cost on the wire. Chromium reports no body size for a web worker's script, so that is counted as a host would send it, compressed. */
async function transferred(request: Request): Promise<[string, number]> {
  const sizes = await request.sizes();
  let body = sizes.responseBodySize;
  const response = await request.response();
  if (body === 0 && response?.status() === 200) body = gzipSync(await response.body()).length;
  return [new URL(request.url()).pathname, body + sizes.responseHeadersSize];
}

const browser = browserForFile();

describe('budgets', () => {
  it('the first search, from an empty cache, transfers at most 100 KB', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const responses: Promise<[string, number]>[] = [];
    page.on('requestfinished', (request) => responses.push(transferred(request)));
    await page.goto(`${inject('staticOrigin')}/search/?q=${encodeURIComponent('password expired')}`);
    await page.locator('[data-search-result]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(responses);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([path, size]) => `${path} ${(size / 1024).toFixed(1)}`);
    console.log(`first search: ${(total / 1024).toFixed(1)} KB over ${sizes.length} requests; largest: ${largest.join(', ')}`);
    expect(sizes.length).toBeGreaterThan(3);
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
