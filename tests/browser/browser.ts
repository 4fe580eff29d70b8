/** Starts Debian's Chromium through playwright-core; never downloads a browser. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    // Without these, Chromium keeps trying to reach Google's services from a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('The browser is used before the file’s tests have started.');
    return browser;
  };
}

export const origin = () => inject('previewOrigin');

/** One page of each kind the site has, for checks that every page must pass. */
export const PAGE_TYPES = [
  '/',
  '/codes/',
  '/codes/500121/',
  '/codes/50126/',
  '/causes/',
  '/causes/mfa-reported-as-fraud/',
  '/fixes/',
  '/fixes/re-register-authenticator-app/',
  '/categories/',
  '/categories/mfa/',
  '/search/?q=authenticator',
  '/wanted/',
  '/signals/',
  '/api/',
  '/about/',
  '/no-such-page/',
];

/** A fresh page in a fresh context, with every request it makes recorded. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
    const body = request.postData();
    if (body) requests.push(body);
  });
  return { page, requests };
}
