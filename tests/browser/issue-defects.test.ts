/** Search that never strands anyone, and code pages that can be acted on at once: each defect a new user met, checked. */
import { describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin, PAGE_TYPES } from './browser.ts';

const browser = browserForFile();

const status = (page: import('playwright-core').Page) => page.locator('[data-search-status]');

describe('search results', () => {
  it('says "Nothing found" only when no word matches, and then offers symptoms and categories', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=xqzzyv%20plokk`);
    await status(page).filter({ hasText: 'Nothing found' }).waitFor();
    expect(await page.locator('[data-nothing-found]').isVisible()).toBe(true);
    expect(await page.locator('[data-nothing-found] a[href^="/categories/"]').count()).toBeGreaterThan(5);
  });

  it('labels each result with its type, counts in good English, and keeps words apart in excerpts', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('multifactor authentication')}`);
    await status(page).filter({ hasText: 'found' }).waitFor();
    const kinds = await page.locator('.results .kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(3);
    expect(kinds.every((kind) => ['Code', 'Cause', 'Fix'].includes(kind))).toBe(true);
    const excerpts = (await page.locator('.result-excerpt').allTextContents()).join(' ');
    expect(excerpts).not.toMatch(/authenticationUser|UserHelpdesk|causeCode|CodeName|tenantsMost/);
    await page.goto(`${origin()}/search/?q=IdsLocked`);
    await status(page).filter({ hasText: 'found' }).waitFor();
    expect(await status(page).textContent()).not.toMatch(/\b1 pages\b/);
  });

  it('reads a misspelled word among well-spelled ones as the closest word, and says so', async () => {
    const { page } = await openPage(browser());
    // "expird" matches by itself; "pasword" matches nothing, which a search of both words would silently drop.
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('pasword expird')}`);
    await status(page).filter({ hasText: 'found' }).waitFor();
    expect(await status(page).textContent()).toContain('searched “password” for “pasword”');
    expect(await page.locator('[data-search-result]').first().getAttribute('href')).toMatch(/\/codes\/50055\/$/);
  });

  it.each(['AADSTS12345678', 'AADSTS50999', '5012'])('never calls %s a known code and does not search the prefix', async (query) => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${query}`);
    const notice = page.locator('[data-code-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('not a code we know');
    expect(await notice.textContent()).not.toMatch(/known code/);
    expect(await notice.locator('a[data-official-link]').getAttribute('href')).toMatch(/^https:\/\/login\.microsoftonline\.com\/error\?code=\d+$/);
    expect(await page.locator('[data-search-result]').count()).toBe(0);
  });

  it('explains where the code is when only the IDs were pasted, and keeps the IDs out of the address', async () => {
    const { page } = await openPage(browser());
    const ids = 'Request Id: 3a1d0000-0000-4000-8000-000000000001\nCorrelation Id: 9e2b0000-0000-4000-8000-000000000002\nTimestamp: 2026-11-20T09:14:02Z';
    await page.goto(`${origin()}/search/?q=${encodeURIComponent(ids)}`);
    await page.locator('[data-ids-notice]').waitFor();
    expect(await page.locator('[data-ids-notice]').textContent()).toContain('AADSTS');
    expect(page.url()).not.toContain('3a1d0000');
    expect(await status(page).textContent()).not.toMatch(/Nothing found/);
  });

  it('keeps the query and says at the top what to do when JavaScript is off', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/search/?q=500121`);
    const notice = page.locator('main .note-top');
    expect(await notice.isVisible()).toBe(true);
    const box = await notice.boundingBox();
    expect(box!.y).toBeLessThan(400);
    expect(await notice.textContent()).toContain('/codes/');
  });
});

describe('the header box', () => {
  it('is a plain GET form with a length limit without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/fixes/re-register-authenticator-app/`);
    const form = page.locator('form[data-header-search]');
    expect(await form.getAttribute('action')).toBe('/search/');
    expect(await form.getAttribute('method')).toBe('get');
    expect(Number(await form.locator('input').getAttribute('maxlength'))).toBeGreaterThan(100);
  });

  it('shows results as you type, moves with the arrow keys, focuses with / and closes with Esc', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/categories/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('account locked');
    const options = page.locator('#header-results [role="option"]');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#header-q').getAttribute('aria-activedescendant')).toBe('header-option-0');
    await page.keyboard.press('Escape');
    expect(await page.locator('#header-results').isHidden()).toBe(true);
  });

  it('sends pasted text to no server: a code goes to its page, other text to /search/ without the text in the address', async () => {
    const { page, requests } = await openPage(browser());
    await page.goto(`${origin()}/about/`);
    await page.locator('#header-q').fill('tenant restrictions');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL('**/search/');
    await status(page).filter({ hasText: 'found' }).waitFor();
    expect(page.url()).not.toContain('restrictions');
    expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
    expect(requests.filter((url) => url.includes('restrictions'))).toEqual([]);
    await page.locator('#header-q').fill('AADSTS50126: Error validating credentials');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL('**/codes/50126/');
  });
});

describe('the code page', () => {
  it('puts a Start here box with the first thing to try on the first screen of a phone, and an on-this-page list', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${origin()}/codes/500121/`);
    const first = page.locator('.start-here li a').first();
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(844 * 1.5);
    expect(await page.locator('nav.toc a[href="#causes"]').count()).toBe(1);
    expect(await page.locator('.start-here li').count()).toBeGreaterThanOrEqual(2);
  });

  it('filters the steps by audience and keeps the choice in the address', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/500121/`);
    await page.getByRole('button', { name: 'Admin', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('for')).toBe('admin');
    expect(await page.locator('.fix-group[data-audience="user"]').first().isHidden()).toBe(true);
    expect(await page.locator('.fix-group[data-audience="admin"]').first().isVisible()).toBe(true);
    await page.goto(`${origin()}/codes/500121/?for=user`);
    expect(await page.getByRole('button', { name: 'User', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.fix-group[data-audience="admin"]').first().isHidden()).toBe(true);
  });

  it('says which IDs a paste captured and links to the ticket note', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/`);
    const pasted = 'AADSTS500121: Authentication failed during strong authentication request.\nRequest Id: 5c2b7a10-0d1e-4f20-9a3b-500121000001\nCorrelation Id: 9f8e7d6c-5b4a-4392-8170-530032000002\nTimestamp: 2026-11-20 09:14:02Z';
    await page.getByLabel('Error code, error message or search words').fill(pasted);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL('**/codes/500121/');
    const banner = page.locator('[data-paste-banner]');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Request ID, Correlation ID and timestamp');
    expect(await banner.locator('a[href="#ticket"]').count()).toBe(1);
  });

  it('warns when the pasted error is about another code', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/500121/`);
    await page.locator('#ticket-paste').fill('AADSTS50126: Error validating credentials due to invalid username or password.');
    const warning = page.locator('[data-ticket-mismatch]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('AADSTS50126');
    expect(await warning.locator('a').getAttribute('href')).toBe('/codes/50126/');
  });

  it('makes fix headings larger than body text and keeps the audience label clear of the title', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/500121/`);
    const sizes = await page.evaluate(() => {
      const heading = document.querySelector('.fix-title')!;
      const body = document.querySelector('.fix p')!;
      const tag = heading.querySelector('.tag')!.getBoundingClientRect();
      const title = heading.querySelector('.tag + span')!.getBoundingClientRect();
      return { heading: parseFloat(getComputedStyle(heading).fontSize), body: parseFloat(getComputedStyle(body).fontSize), gap: title.left - tag.right };
    });
    expect(sizes.heading).toBeGreaterThan(sizes.body);
    expect(sizes.gap).toBeGreaterThanOrEqual(4);
  });
});

describe('finish', () => {
  it('keeps words apart in the footer and on fix pages, and links fix pages back to their codes', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/fixes/retry-and-approve-prompt/`);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/·About|behindAADSTS/);
    expect(await page.locator('#codes + ul a[href^="/codes/"]').count()).toBeGreaterThan(0);
  });

  it('does not tell end users to run commands on the 404 page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/999999/`);
    expect(await page.locator('body').innerText()).not.toContain('npm run');
  });

  it('gives every query on /signals/ a copy button and keeps its lines whole', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${origin()}/signals/`);
    const queries = await page.locator('pre.kql').count();
    expect(queries).toBeGreaterThan(3);
    expect(await page.getByRole('button', { name: /Copy query for/ }).count()).toBe(queries);
    expect(await page.locator('pre.kql').first().evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre');
  });
});

const WIDTHS = [360, 390, 768, 1024, 1280, 1440];

describe('layouts that fit', () => {
  it.each(PAGE_TYPES)('%s never scrolls sideways from 360 to 1440 px', async (path) => {
    const { page } = await openPage(browser());
    const overflowing: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${origin()}${path}`);
      if (path.startsWith('/search/')) await page.locator('[data-search-result]').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${width} px: ${overflow} px too wide`);
    }
    expect(overflowing).toEqual([]);
  });
});
