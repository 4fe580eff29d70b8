/** Hostile pastes and links: nothing freezes, nothing pasted leaves the page, nothing from a link reaches the ticket note. */
import { describe, expect, inject, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/paste/paste-text.ts';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();

const BOX = 'Error code, error message or search words';
const requestId = '5c2b7a10-0d1e-4f20-9a3b-777777000001';

describe('the home page box, with JavaScript', () => {
  it('answers a paste of "Error code" and 200,000 spaces at once', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/`);
    await page.getByLabel(BOX).fill(`Error code${' '.repeat(200_000)}x`);
    const started = Date.now();
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.locator('[data-lookup-message]').filter({ hasText: 'No error code found' }).waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['a code without a page', `AADSTS99999: Something new happened.\nUser: someone@contoso.example\nRequest Id: ${requestId}`, /\/search\/\?q=AADSTS99999$/],
    ['no code at all', `Sorry, but we're having trouble signing you in.\nUser: someone@contoso.example\nRequest Id: ${requestId}`, null],
  ])('sends nothing of a paste with %s to the server', async (_, pasted, destination) => {
    const { page, requests } = await openPage(browser());
    await page.goto(`${origin()}/`);
    await page.getByLabel(BOX).fill(pasted);
    await page.getByRole('button', { name: 'Look up' }).click();
    if (destination) await page.waitForURL(destination);
    else await page.locator('[data-lookup-message]').filter({ hasText: 'nothing was sent' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((request) => request.includes(requestId) || request.includes('contoso') || request.includes('someone'))).toEqual([]);
  });

  it('reads full-width digits', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/`);
    await page.getByLabel(BOX).fill('ＡＡＤＳＴＳ５００１２１');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL('**/codes/500121/');
  });
});

describe('the home page box, without JavaScript', () => {
  it('takes a short query', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/`);
    await page.getByLabel(BOX).fill('AADSTS50126');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL('**/search/?q=AADSTS50126');
  });

  it('cuts a long paste to what an address can carry and says so, instead of failing with HTTP 431', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/`);
    // Playwright's text selectors skip <noscript>, even when JavaScript is off and it shows.
    const note = page.locator('form.lookup noscript p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(`up to ${MAX_QUERY_LENGTH.toLocaleString('en')} characters`);
    await page.getByLabel(BOX).fill(`AADSTS50126: ${'x'.repeat(100_000)}`);
    const [response] = await Promise.all([page.waitForResponse((answer) => answer.url().includes('/search/?q=')), page.getByRole('button', { name: 'Look up' }).click()]);
    expect(response.status()).toBe(200);
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('the ticket note', () => {
  it('is not filled from a link', async () => {
    const { page } = await openPage(browser());
    const crafted = `AADSTS50076: Please call +1 555 0100 now.\nRequest Id: ${requestId}`;
    await page.goto(`${origin()}/search/?q=${encodeURIComponent(crafted)}`);
    await page.waitForURL('**/codes/50076/');
    const preview = page.locator('[data-ticket-preview]');
    await expect(preview.textContent()).resolves.toContain('Request ID: (not given');
    expect(await preview.textContent()).not.toContain(requestId);
    expect(await page.getByLabel('Error text').inputValue()).toBe('');
  });
});

// `astro preview` answers a malformed address with its own error page; a static host serves 404.html.
describe('the 404 page on a static host', () => {
  const host = () => inject('staticOrigin');

  it.each(['/%/', '/AADSTS99999%/', '/%E0%A4%A/'])('handles %s without an error', async (path) => {
    const { page } = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${host()}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(errors).toEqual([]);
  });

  it('names the code of a malformed address', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${host()}/AADSTS99999%/`);
    await page.locator('[data-missing-code]').waitFor();
    expect(await page.locator('[data-missing-label]').textContent()).toBe('AADSTS99999');
  });
});

describe('a page framed by another site', () => {
  it('shows only a link that opens it in its own window', async () => {
    const { page } = await openPage(browser());
    // A blank page is another origin than the site.
    await page.setContent(`<iframe src="${origin()}/codes/500121/" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('link', { name: 'Open this page of Entra Error Atlas in its own window' }).waitFor();
    expect(await frame.locator('h1').count()).toBe(0);
    expect(await frame.getByRole('link').getAttribute('target')).toBe('_top');
  });
});
