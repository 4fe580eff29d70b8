/** Transfer budgets that only a browser can measure: what the first search downloads. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const FIRST_SEARCH_BUDGET = 150 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('budgets', () => {
  it('the first search, from an empty cache, transfers at most 150 KB', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: Promise<number>[] = [];
    page.on('requestfinished', (request) => responses.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
    await page.goto(`${inject('staticOrigin')}/search/?q=${encodeURIComponent('password expired')}`);
    await page.locator('[data-search-result]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const transferred = (await Promise.all(responses)).reduce((sum, size) => sum + size, 0);
    console.log(`first search: ${(transferred / 1024).toFixed(1)} KB over ${responses.length} requests`);
    expect(responses.length).toBeGreaterThan(3);
    expect(transferred).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
