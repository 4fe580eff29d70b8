/** Someone who types a symbolic name from a log, or describes what went wrong, finds the code among the first results. */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_FILE, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { FULL_DEPTH_FILE, parseFullDepth } from '../../src/lib/catalog/full-depth-codes.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { browserForFile, openPage, origin } from './browser.ts';

const FULL_DEPTH = parseFullDepth(readFileSync(FULL_DEPTH_FILE, 'utf8'));

const browser = browserForFile();
let page: Page;
beforeAll(async () => {
  ({ page } = await openPage(browser()));
});

/** The codes among the first `count` results the search page shows for `query`. */
async function topCodes(query: string, count: number): Promise<number[]> {
  await page.goto(`${origin()}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]').filter({ hasText: /found/ }).waitFor();
  const links = await page.locator('[data-search-result]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  return links.slice(0, count).flatMap((url) => /\/codes\/(\d+)\//.exec(url)?.[1] ?? []).map(Number);
}

// The names come from the sources, not from the built site, so that a name the site drops still has its test.
const rows = parseCatalog(readFileSync(CATALOG_FILE, 'utf8')).rows;
const nameOf = (code: number) => {
  const guide = `content/codes/${code}.mdx`;
  const written = existsSync(guide) ? (parseFrontMatter(readFileSync(guide, 'utf8')) as { data: { name?: string } }).data.name : undefined;
  return rows.find((row) => row.code === code)?.name || written || '';
};
const named = FULL_DEPTH.map((code) => ({ code, name: nameOf(code) })).filter((entry) => entry.name);

describe('searching a symbolic name', () => {
  // 56 since six codes with fixes for one audience only left the list (content/full-depth.txt).
  it('covers the named full-depth codes', () => expect(named.length).toBeGreaterThan(50));

  it.each(named.map((entry) => [entry.name!, entry.code] as const))('finds %s (%i) in the first three results', async (name, code) => {
    expect(await topCodes(name, 3)).toContain(code);
  });
});

const symptoms: [string, number][] = [
  ['account is locked', 50053],
  ['password expired', 50055],
  ['account disabled', 50057],
  ['wrong password', 50126],
  ['blocked by conditional access', 53003],
  ['device not compliant', 53000],
  ['reply URL does not match', 50011],
  ['client secret expired', 7000222],
  ['denied the MFA prompt', 500121],
  ['account does not exist in the directory', 50034],
  ['needs admin approval', 90094],
];

describe('searching a symptom in plain words', () => {
  it.each(symptoms)('finds "%s" (%i) in the first five results', async (query, code) => {
    expect(await topCodes(query, 5)).toContain(code);
  });
});
