/** Accessibility, keyboard use, no JavaScript, colour schemes, phones and third-party requests, on every page type. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, origin } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGE_TYPES = [
  '/',
  '/codes/',
  '/codes/500121/',
  '/causes/mfa-reported-as-fraud/',
  '/fixes/sync-device-clock/',
  '/categories/',
  '/categories/mfa/',
  '/search/?q=authenticator',
  '/wanted/',
  '/signals/',
  '/api/',
  '/about/',
  '/no-such-page/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function settle(page: Page, path: string) {
  await page.goto(`${origin()}${path}`);
  if (path.startsWith('/search/')) await page.locator('[data-search-result]').first().waitFor();
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(PAGE_TYPES)('%s has no violations in light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme });
      await settle(page, path);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${path} (${colorScheme})`).toEqual([]);
    }
  });
});

describe('keyboard only', () => {
  it.each(['/', '/codes/500121/', '/search/?q=authenticator'])('reaches every control on %s, each visibly focused', async (path) => {
    const { page } = await openPage(browser);
    await settle(page, path);
    const controls = await page.locator('a[href]:visible, button:visible, input:visible, textarea:visible').count();
    const seen = new Set<string>();
    for (let step = 0; step < controls + 5; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return { key: element.outerHTML.slice(0, 120), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', visible: box.width > 0 && box.height > 0 };
      });
      if (!focused) continue;
      expect(focused.outline, `focus ring on ${focused.key}`).toBe(true);
      expect(focused.visible, `${focused.key} is visible when focused`).toBe(true);
      seen.add(focused.key);
    }
    expect(seen.size).toBeGreaterThanOrEqual(Math.min(controls, 10));
  });
});

describe('reading without JavaScript', () => {
  it('shows every code in the list and a code page in full', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${origin()}/codes/`);
    expect(await page.locator('ol.codes > li:visible').count()).toBe(1509);
    await page.goto(`${origin()}/codes/500121/`);
    expect(await page.locator('#causes ~ .cause').count()).toBeGreaterThan(1);
    expect(await page.locator('.fix ol li').count()).toBeGreaterThan(3);
    expect(await page.getByRole('button', { name: 'Copy for ticket' }).isVisible()).toBe(false);
  });
});

describe('colour schemes and phones', () => {
  it('follows the light and dark preference', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${origin()}/codes/500121/`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  it.each(PAGE_TYPES)('%s fits a phone screen without sideways scrolling', async (path) => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await settle(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('privacy', () => {
  it('makes no third-party request on any page type', async () => {
    const outside: string[] = [];
    for (const path of PAGE_TYPES) {
      const { page, requests } = await openPage(browser);
      await settle(page, path);
      outside.push(...requests.filter((url) => /^https?:/.test(url) && !url.startsWith(origin())));
    }
    expect(outside).toEqual([]);
  });
});
