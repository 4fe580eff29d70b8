/** A person pastes whatever they see and lands on the right page in one step. */
import { describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();

const errorScreen = `Sign in
Sorry, but we're having trouble signing you in.
AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.
Trace ID: 5c2b7a10-0d1e-4f20-9a3b-500121000001
Correlation ID: 9f8e7d6c-5b4a-4392-8170-530032000002
Timestamp: 2026-11-20 09:14:02Z`;
const jsonResponse = '{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.","error_codes":[50126],"timestamp":"2026-11-20 09:14:02Z","trace_id":"3a1d0000-0000-4000-8000-000000000001","correlation_id":"9e2b0000-0000-4000-8000-000000000002"}';

const cases: [string, string][] = [
  ['500121', '500121'],
  ['AADSTS500121', '500121'],
  ['aadsts 53003', '53003'],
  ['Error code: 500121', '500121'],
  ['ResultType == 50074', '50074'],
  [errorScreen, '50076'],
  [jsonResponse, '50126'],
];

describe('the home page box', () => {
  it.each(cases)('takes %j straight to its code page', async (text, code) => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/`);
    await page.getByLabel('Error code, error message or search words').fill(text);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL(`**/codes/${code}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain(`AADSTS${code}`);
  });
});

describe('/search/?q=', () => {
  it.each(cases)('sends %j to its code page', async (text, code) => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent(text)}`);
    await page.waitForURL(`**/codes/${code}/`);
  });

  it('shows Pagefind results, best first, as links', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('IdsLocked account locked')}`);
    const first = page.locator('[data-search-result]').first();
    await first.waitFor();
    const links = await page.locator('[data-search-result]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    // The code page itself first, then other pages, each once.
    expect(links[0]).toBe('/codes/50053/');
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links).size).toBe(links.length);
    expect(links.every((link) => /^\/(codes|causes|fixes|categories)\//.test(link ?? ''))).toBe(true);
    expect(await first.textContent()).toContain('AADSTS50053');
  });

  it('shows markup in a result’s title and excerpt as text, keeping only the highlight', async () => {
    const { page } = await openPage(browser());
    // A search index whose page holds markup in its text, served in place of the built one.
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `export async function options() {}
export async function init() {}
export async function search() {
  return { results: [{ id: '1', data: async () => ({ url: '/codes/50053/', meta: { title: 'Title <b>bold</b> <img src=x>' }, excerpt: 'Before <mark>locked</mark> <img src="x" data-injected><b data-injected>bold</b> &lt;script&gt;alert(1)&lt;/script&gt; after', content: '', word_count: 1, filters: {}, anchors: [], weighted_locations: [], locations: [], raw_content: '', raw_url: '/codes/50053/', sub_results: [] }) }] };
}
export async function debouncedSearch(query) { return search(query); }`,
      }),
    );
    // Words that no code holds: the page falls back to the full text, which this index stands in for.
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('xqzzyv plokk')}`);
    const result = page.locator('[data-search-results] li').first();
    await result.waitFor();
    expect(await page.locator('[data-search-results] img, [data-search-results] b, [data-search-results] script, [data-injected]').count()).toBe(0);
    expect(await result.locator('mark').allTextContents()).toEqual(['locked']);
    const text = await result.textContent();
    expect(text).toContain('Title <b>bold</b> <img src=x>');
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('shows ten results at first and more on request', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=${encodeURIComponent('password')}`);
    await page.locator('[data-search-result]').first().waitFor();
    expect(await page.locator('[data-search-result]').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.locator('[data-search-result]').nth(10).waitFor();
    expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(10);
  });

  it('finds a code by its symbolic name', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/search/?q=IdsLocked`);
    const first = page.locator('[data-search-result]').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/codes/50053/');
  });

  it('shows a query of HTML as text and runs nothing', async () => {
    const { page } = await openPage(browser());
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`${origin()}/search/?q=${encodeURIComponent(attack)}`);
    await page.locator('[data-search-status]').filter({ hasText: 'found' }).or(page.locator('[data-search-status]').filter({ hasText: 'Nothing' })).waitFor();
    expect(dialogs).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.getByLabel('Error code, error message or search words').inputValue()).toBe(attack);
  });

  it('takes a code without a written guide to its reference page, never to a "known code" notice', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/wanted/`);
    const wanted = await page.locator('tbody tr td:first-child').first().textContent();
    if (!wanted) return expect(await page.locator('main').textContent()).toContain('Every');
    const code = /\d+/.exec(wanted)![0];
    await page.goto(`${origin()}/search/?q=${code}`);
    await page.waitForURL(`**/codes/${code}/`);
  });
});
