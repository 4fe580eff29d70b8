/** Starts Debian's Chromium through playwright-core; never downloads a browser. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    // Without these, Chromium keeps trying to reach Google's services from a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const origin = () => inject('previewOrigin');

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
