/** Microsoft's error links (`https://login.microsoftonline.com/error?code=50058`) work with only their host swapped for ours. */
import { describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();

describe('/error?code=', () => {
  it.each([
    ['a guide', '/error?code=50058', '50058'],
    ['a guide, with a trailing slash and other parameters', '/error/?client-request-id=0b6c9d2e-5012-4c3b-9e1f-500121aa0001&code=AADSTS50058', '50058'],
    ['a reference page', '/error?code=1000003', '1000003'],
  ])('opens the page of %s', async (_kind, path, code) => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}${path}`);
    await page.waitForURL(`**/codes/${code}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain(`AADSTS${code}`);
  });

  it('gives a code we do not know what the lookup box gives it', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/error?code=99999`);
    await page.waitForURL('**/search/?q=AADSTS99999');
    const notice = page.locator('[data-code-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('AADSTS99999 is not a code we know');
    expect(await notice.locator('a[data-official-link]').getAttribute('href')).toBe('https://login.microsoftonline.com/error?code=99999');
  });

  it('says so when the link names no code, and keeps the box', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/error/?error=invalid_grant`);
    await page.locator('[data-no-code]').waitFor();
    expect(await page.locator('[data-no-code]').textContent()).toContain('This link names no error code');
    expect(page.url()).toBe(`${origin()}/error/?error=invalid_grant`);
    await page.getByLabel('Error code, error message or search words').fill('AADSTS50058');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL('**/codes/50058/');
  });

  it('without JavaScript, says what to do and offers the lookup box', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    const response = await page.goto(`${origin()}/error?code=50058`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Open an error code from its link');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Opening the code\'s page needs JavaScript');
    expect(text).toContain('type them into the box below');
    await expect(page.getByLabel('Error code, error message or search words').isVisible()).resolves.toBe(true);
    expect(await page.locator('main a[href="/codes/50058/"]').count()).toBeGreaterThan(0);
  });
});
