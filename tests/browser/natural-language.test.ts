/** People describe their problem in their own words, contractions, typos and all: the right code is among the first three results. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';

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

const QUERIES: [string, number][] = [
  ["my phone didn't get the MFA prompt", 500121],
  ["didn't get prompt", 500121],
  ["I pressed deny on the authenticator by accident", 500121],
  ["authenticator notification never came", 500121],
  ["my account is locked", 50053],
  ["locked out after too many tries", 50053],
  ["acount locked", 50053],
  ["password expired", 50055],
  ["my pasword has expired", 50055],
  ["have to change my password", 50055],
  ["it says my password is wrong", 50126],
  ["incorrect username or password", 50126],
  ["wrong pasword", 50126],
  ["pasword expird", 50055],
  ["user not found in tenant", 50034],
  ["pass through authentication agent cant reach active directory", 80001],
  ["I was signed out everywhere", 50173],
  ["the app keeps logging me out", 70043],
  ["passwrod expired cant sign in", 50055],
  ["acount disabeld", 50057],
  ["account disabled", 50057],
  ["my account has been deactivated", 50057],
  ["blocked by conditional access", 53003],
  ["blocked by CA policy", 53003],
  ["you cannot access this right now", 53003],
  ["device isn't compliant", 53000],
  ["need a managed device to open the app", 53000],
  ["has to be a domain joined computer", 53001],
  ["asks me to set up 2FA before I can continue", 50072],
  ["register for two-step verification", 50079],
  ["the app needs two-step verification again", 50076],
  ["reply url doesn't match", 50011],
  ["redirect uri mismatch", 50011],
  ["client secret expired", 7000222],
  ["invalid client secret", 7000215],
  ["app not found in the directory", 700016],
  ["need admin approval", 90094],
  ["app needs permission consent", 65001],
  ["I'm not assigned to this app", 50105],
  ["user doesn't exist in the tenant", 50034],
  ["we couldn't find an account with that username", 50034],
  ["guest user can't sign in", 50020],
  ["b2b guest account from another organisation", 50020],
  ["keeps asking me to sign in again every few hours", 70043],
  ["stay signed in question", 50140],
  ["signed out everywhere after sessions revoked", 50173],
  ["login again after i reset my password", 50132],
  ["silent sign-in fails, not signed in", 50058],
  ["tenant restrictions access denied", 500021],
  ["third party mfa failed", 50158],
  ["sign-in took too long", 50089],
  ["IdsLocked", 50053],
  ["no password stored in the cloud for synced account", 50056],
  ["authenticater app not working", 500121],
  ["i typed the wrong password too many times", 50053],
  ["can't open the app from my home laptop, device not managed", 530003],
  ["our app's secret stopped working", 7000215],
  ["logon failed wrong password", 50126],
];

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
