/** /codes/: every code in one list that tells guides from reference pages, filtered in place, with the filters in the address. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();

const rows = (page: Page) => page.locator('ol.codes > li');
const shown = (page: Page) => page.locator('ol.codes > li:not([hidden])');
const count = (page: Page) => page.locator('[data-filter-count]');

describe('the list of all codes', () => {
  it('lists all 1,509 codes and marks the written guides', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/`);
    expect(await rows(page).count()).toBe(1509);
    const guides = await page.locator('ol.codes > li[data-g]').count();
    expect(guides).toBeGreaterThan(400);
    expect(await page.locator('ol.codes .kind-guide').count()).toBe(guides);
    expect(await page.locator('ol.codes > li:not([data-g]) .kind').first().textContent()).toBe('Reference');
    expect(await count(page).textContent()).toBe('1,509 codes');
  });

  it('filters by code, name or words as you type, says how many match, and keeps the words in the address', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/`);
    await page.getByLabel('Filter by code, name or words').fill('InvalidPasswordExpiredPassword');
    await expect.poll(() => shown(page).count()).toBe(1);
    expect(await shown(page).locator('a').getAttribute('href')).toBe('/codes/50055/');
    await page.getByLabel('Filter by code, name or words').fill('AADSTS50126');
    await expect.poll(() => shown(page).locator('a').first().getAttribute('href')).toBe('/codes/50126/');
    await page.getByLabel('Filter by code, name or words').fill('password expired');
    await expect.poll(() => count(page).textContent()).toMatch(/^\d+ of 1,509 codes$/);
    expect(await count(page).getAttribute('role')).toBe('status');
    expect(new URL(page.url()).searchParams.get('q')).toBe('password expired');
    const texts = await shown(page).allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((text) => /password/i.test(text) && /expired/i.test(text))).toBe(true);
  });

  it('combines category, audience, signal and page-type filters, and a linked view opens filtered', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/`);
    await page.getByLabel('Category', { exact: true }).selectOption('mfa');
    await page.getByLabel('Page', { exact: true }).selectOption('guide');
    const mfaGuides = await shown(page).count();
    expect(mfaGuides).toBeGreaterThan(3);
    expect(await shown(page).evaluateAll((items) => items.every((item) => item.dataset.c === 'mfa' && item.hasAttribute('data-g')))).toBe(true);
    await page.getByLabel('Who can act', { exact: true }).selectOption('admin');
    await page.getByLabel('Signal', { exact: true }).selectOption('security-relevant');
    expect(await shown(page).evaluateAll((items) => items.every((item) => item.dataset.a!.split(' ').includes('admin') && item.dataset.s === 'security-relevant'))).toBe(true);
    const linked = page.url();
    expect(new URL(linked).search).toBe('?category=mfa&audience=admin&signal=security-relevant&page=guide');

    const { page: other } = await openPage(browser());
    await other.goto(linked);
    expect(await shown(other).count()).toBe(await shown(page).count());
    expect(await other.getByLabel('Signal', { exact: true }).inputValue()).toBe('security-relevant');

    await other.goto(`${origin()}/codes/?page=reference`);
    expect(await shown(other).count()).toBe(1509 - (await other.locator('ol.codes > li[data-g]').count()));
  });

  it('works from the keyboard, says when nothing matches, and clears every filter at once', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/`);
    await page.getByLabel('Filter by code, name or words').focus();
    await page.keyboard.type('zzqx');
    await expect.poll(() => page.locator('[data-filter-empty]').isVisible()).toBe(true);
    expect(await shown(page).count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Category', { exact: true }).inputValue()).not.toBe('');
    await page.locator('[data-filter-empty] [data-filter-clear]').click();
    expect(await shown(page).count()).toBe(1509);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('Category', { exact: true }).inputValue()).toBe('');
  });

  it('is a plain list with links to the category pages without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/codes/`);
    expect(await page.locator('form[data-code-filter]').isVisible()).toBe(false);
    expect(await page.locator('nav.category-links a[href^="/categories/"]').count()).toBe(11);
    expect(await shown(page).count()).toBe(1509);
    const { page: scripted } = await openPage(browser());
    await scripted.goto(`${origin()}/codes/`);
    expect(await scripted.locator('nav.category-links').isVisible()).toBe(false);
  });

  it('filters a category page without offering the category', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/categories/mfa/`);
    expect(await page.locator('form[data-code-filter] select[name="category"]').count()).toBe(0);
    const all = await rows(page).count();
    await page.getByLabel('Page', { exact: true }).selectOption('reference');
    expect(await shown(page).count()).toBeLessThan(all);
  });
});
