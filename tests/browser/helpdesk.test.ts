/** Short links, deep links and the ticket note, as a helpdesk agent uses them. */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('short links', () => {
  const servers = [
    ['the preview server', () => inject('previewOrigin')],
    ['a plain static host', () => inject('staticOrigin')],
  ] as const;
  const paths = ['/500121', '/500121/', '/AADSTS500121', '/aadsts500121', '/Aadsts500121'];

  for (const [name, server] of servers) {
    it.each(paths)(`%s lands on the code page on ${name}`, async (path) => {
      const { page } = await openPage(browser());
      await page.goto(`${server()}${path}`);
      await page.waitForURL(`${server()}/codes/500121/`);
      expect(await page.locator('h1').textContent()).toContain('AADSTS500121');
    });
  }

  // Without JavaScript the not-found page cannot redirect, so only a real short-link file gets there.
  // Other spellings (/Aadsts500121) have no file of their own and rely on the not-found page's script.
  const files = ['/500121', '/500121/', '/AADSTS500121', '/aadsts500121'];
  for (const [name, server] of servers) {
    it.each(files)(`%s is a page of its own that leads to the code page on ${name}, without JavaScript`, async (path) => {
      const { page } = await openPage(browser(), { javaScriptEnabled: false });
      const response = await page.goto(`${server()}${path}`);
      expect(response?.status(), 'the short link answers with a page, not a 404').toBeLessThan(400);
      await page.waitForURL(`${server()}/codes/500121/`, { timeout: 5_000 });
      expect(await page.locator('h1').textContent()).toContain('AADSTS500121');
    });
  }

  it('says so when a short link names a code we do not have', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/AADSTS9999999`);
    const notice = page.locator('[data-missing-code]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('AADSTS9999999');
    expect(await notice.locator('[data-official-link]').getAttribute('href')).toBe('https://login.microsoftonline.com/error?code=9999999');
  });
});

describe('deep links', () => {
  it('copies a link to one cause and to one fix', async () => {
    const { page } = await openPage(browser(), clipboard);
    await page.goto(`${origin()}/codes/500121/`);
    await page.locator('#cause-mfa-reported-as-fraud [data-copy-link="cause-mfa-reported-as-fraud"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin()}/codes/500121/#cause-mfa-reported-as-fraud`);
    await page.locator('[data-copy-link="fix-re-register-authenticator-app"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin()}/codes/500121/#fix-re-register-authenticator-app`);
  });

  it.each(['cause-mfa-reported-as-fraud', 'fix-unblock-mfa-user-and-clear-risk', 'fix-re-register-authenticator-app'])('opens a deep link to #%s scrolled to its anchor', async (anchor) => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(`${origin()}/codes/500121/#${anchor}`);
    await page.waitForFunction(() => window.scrollY > 0);
    const position = await page.locator(`#${anchor}`).evaluate((element) => ({ top: element.getBoundingClientRect().top, scrolled: window.scrollY }));
    // The anchor's top sits at the top of the window (within a header's or margin's height), not further down the page.
    expect(position.scrolled).toBeGreaterThan(200);
    expect(position.top).toBeGreaterThanOrEqual(-1);
    expect(position.top).toBeLessThan(120);
  });

  it('copies the KQL query', async () => {
    const { page } = await openPage(browser(), clipboard);
    await page.goto(`${origin()}/codes/500121/`);
    await page.getByRole('button', { name: 'Copy query' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('SigninLogs');
  });
});

describe('the ticket note', () => {
  const requestId = '5c2b7a10-0d1e-4f20-9a3b-123456000001';
  const correlationId = '9f8e7d6c-5b4a-4392-8170-123456000002';
  const pasted = `Sorry, but we're having trouble signing you in.
AADSTS500121: Authentication failed during strong authentication request.
Request Id: ${requestId}
Correlation Id: ${correlationId}
Timestamp: 2026-11-20T09:14:02.000Z`;

  it('carries the IDs from a pasted error screen into the note, and the text never leaves the browser()', async () => {
    const { page, requests } = await openPage(browser(), clipboard);
    await page.goto(`${origin()}/`);
    await page.getByLabel('Error code, error message or search words').fill(pasted);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL('**/codes/500121/');
    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain('AADSTS500121: The second sign-in step (MFA) was not completed');
    expect(note).toContain(`Request ID: ${requestId}`);
    expect(note).toContain(`Correlation ID: ${correlationId}`);
    expect(note).toContain('Timestamp: 2026-11-20T09:14:02.000Z');
    expect(note).toMatch(/Most likely cause: .+/);
    expect(note).toContain('1. ');
    expect(note).toContain(`${origin()}/codes/500121/`);
    const leaked = requests.filter((request) => request.includes(requestId) || request.includes(correlationId) || request.toLowerCase().includes('strong%20authentication'));
    expect(leaked).toEqual([]);
  });

  it('fills in IDs pasted on the code page itself', async () => {
    const { page, requests } = await openPage(browser(), clipboard);
    await page.goto(`${origin()}/codes/500121/`);
    await page.getByLabel('Error text').fill(pasted);
    await expect(page.locator('[data-ticket-preview]').textContent()).resolves.toContain(requestId);
    expect(requests.filter((request) => request.includes(requestId))).toEqual([]);
  });
});
