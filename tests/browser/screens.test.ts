/** People who have no code find their screen's words: on /screens/ without JavaScript, and in search with the line they matched. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScreens } from '../../src/lib/catalog/screens.ts';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();
const { screens } = parseScreens(readFileSync('content/screens.yaml', 'utf8'), { has: () => true } as unknown as Set<number>);

describe('What does your screen say?', () => {
  it('is linked from the home page and lists every screen with its codes, without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/`);
    await page.locator('main a[href="/screens/"]').first().click();
    expect(await page.locator('h1').textContent()).toBe('What does your screen say?');
    for (const screen of screens) {
      const section = page.locator(`section#${screen.id}`);
      expect(await section.locator('.screen-frame').textContent()).toContain(screen.headline ?? screen.sentence);
      const codes = await section.locator('.screen-codes a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(codes).toEqual(screen.codes.map((code) => `/codes/${code}/`));
      expect(await section.locator('.sources a').count()).toBeGreaterThanOrEqual(screen.sources.length);
    }
  });

  it('is offered when a search finds nothing', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=xqzzyv%20plokk`);
    await page.locator('[data-search-status]').filter({ hasText: 'Nothing found' }).waitFor();
    expect(await page.locator('[data-nothing-found] a[href="/screens/"]').isVisible()).toBe(true);
  });

  it('is offered on the search page when JavaScript is off', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/search/?q=need%20admin%20approval`);
    expect(await page.locator('main .note-top a[href="/screens/"]').isVisible()).toBe(true);
  });
});

describe('why a result matched', () => {
  it('shows the screen line a query quotes, its words marked, and the code behind it first', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('need admin approval')}`);
    const first = page.locator('[data-search-results] li').first();
    await first.waitFor();
    expect(await first.locator('a[data-search-result]').getAttribute('href')).toMatch(/^\/codes\/(90094|65001)\/$/);
    expect(await first.locator('.result-excerpt').textContent()).toBe('Screen: Need admin approval');
    expect(await first.locator('mark').allTextContents()).toEqual(['Need', 'admin', 'approval']);
  });

  it('keeps markup typed into the query as text', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('<img src=x data-injected> locked <b data-injected>account</b>')}`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('[data-injected], [data-search-results] img, [data-search-results] b').count()).toBe(0);
  });

  it('searches the full text of every page only when asked', async () => {
    const { page, requests } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('account locked')}`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);
    await page.locator('[data-full-text]').click();
    await page.locator('[data-search-status]').filter({ hasText: /pages? found/ }).waitFor();
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(await page.locator('.results .kind').allTextContents()).toContain('Cause');
  });
});
