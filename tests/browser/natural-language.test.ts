/** People describe their problem in their own words, contractions, typos and all: the right code is among the first three results. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';
import { NATURAL_LANGUAGE_QUERIES as QUERIES } from './natural-language-queries.ts';

const browser = browserForFile();
let page: Page;
beforeAll(async () => {
  ({ page } = await openPage(browser()));
});

/** The status line once the search has finished, and the result links, in order. */
async function search(query: string): Promise<{ status: string; links: string[] }> {
  await page.goto(`${origin()}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]').filter({ hasText: /found|Nothing/ });
  await status.waitFor();
  const links = await page.locator('[data-search-result]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  return { status: (await status.textContent()) ?? '', links };
}

const codesIn = (links: string[]) => links.flatMap((url) => /\/codes\/(\d+)\//.exec(url)?.[1] ?? []).map(Number);


describe('natural-language queries', () => {
  const outcomes: { query: string; hit: boolean; top: number[] }[] = [];
  it('has at least 40 of them', () => expect(QUERIES.length).toBeGreaterThanOrEqual(40));

  it.each(QUERIES)('"%s" finds a page and never says Nothing found', async (query, code) => {
    const { status, links } = await search(query);
    expect(status).not.toMatch(/Nothing found/);
    expect(links.length).toBeGreaterThan(0);
    const top = codesIn(links.slice(0, 3));
    outcomes.push({ query, hit: top.includes(code), top });
  });

  it('puts the right code in the top three for at least 90 % of them', () => {
    const hits = outcomes.filter((outcome) => outcome.hit).length;
    const share = hits / QUERIES.length;
    const misses = outcomes.filter((outcome) => !outcome.hit).map((miss) => `\n  "${miss.query}": ${miss.top.join(', ') || 'no code'}`);
    console.log(`right code in the top three: ${hits} of ${QUERIES.length} (${Math.round(share * 100)} %)${misses.join('')}`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
