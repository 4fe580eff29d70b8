/** Issue 22: what a phone shows first, views that keep what was chosen, and the finish of the pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserForFile, openPage, origin } from './browser.ts';

const browser = browserForFile();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GUIDES = readdirSync('content/codes').map((name) => name.replace(/\.mdx$/, ''));
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Records what the page copies, instead of asking the browser for clipboard permission. */
const RECORD_COPIES = () => {
  (window as unknown as { copied: string[] }).copied = [];
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void (window as unknown as { copied: string[] }).copied.push(text) } });
};

describe('on a phone (390 × 844)', () => {
  it(`shows the first Start here action of every guide (${GUIDES.length}) on the first screen`, { timeout: 600_000 }, async () => {
    const { page } = await openPage(browser(), PHONE);
    // Where Start here stands depends on the markup and the stylesheet only: skip the rest to keep 430 pages quick.
    await page.route(/\.(js|json|svg|png)$|pagefind/, (route) => route.abort());
    const below: string[] = [];
    for (const code of GUIDES) {
      await page.goto(`${origin()}/codes/${code}/`, { waitUntil: 'domcontentloaded' });
      const box = await page.locator('.start-here li a').first().boundingBox();
      if (!box || box.y + box.height > 844) below.push(`${code}: ${box ? Math.round(box.y + box.height) : 'no action'}`);
    }
    expect(below).toEqual([]);
  });

  it('puts the "Under review" line after Start here, linking to its entry on /review/', async () => {
    const { page } = await openPage(browser(), PHONE);
    const flagged = GUIDES.find((code) => /^needsReview:/m.test(readFileSync(`content/codes/${code}.mdx`, 'utf8')))!;
    await page.goto(`${origin()}/codes/${flagged}/`);
    const start = (await page.locator('.start-here').boundingBox())!;
    const line = page.locator('main p', { hasText: 'Under review' });
    expect(await line.count()).toBe(1);
    expect((await line.boundingBox())!.y).toBeGreaterThan(start.y + start.height - 1);
    const link = await line.locator('a').getAttribute('href');
    expect(link).toBe(`/review/#code-${flagged}`);
    await page.goto(`${origin()}${link}`);
    expect(await page.locator(`#code-${flagged} a[href="/codes/${flagged}/"]`).count()).toBe(1);
  });

  it('shows one search box on the home page, and gives each search landmark its own name', async () => {
    const { page } = await openPage(browser(), PHONE);
    await page.goto(`${origin()}/`);
    expect(await page.locator('main form[role="search"] textarea').isVisible()).toBe(true);
    expect(await page.locator('header input[type="search"]').count()).toBe(0);
    for (const path of ['/', '/search/?q=locked', '/codes/500121/']) {
      await page.goto(`${origin()}${path}`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique'] } })).violations.map((violation) => violation.id);
      });
      expect(violations, path).toEqual([]);
    }
  });
});

describe('a guide at 768 px and wider', () => {
  it('keeps each audience word in Start here on one line ("DEVELOPER", not "DEVELOPE/R")', async () => {
    for (const width of [768, 1280]) {
      const { page } = await openPage(browser(), { viewport: { width, height: 900 } });
      await page.goto(`${origin()}/codes/50011/`);
      const words = await page.locator('.start-here .who').evaluateAll((elements) => elements.map((element) => ({ text: element.textContent, lines: Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)) })));
      expect(words.map((word) => word.text)).toContain('Developer');
      expect(words.filter((word) => word.lines > 1), `${width} px`).toEqual([]);
    }
  });

  it('draws the MFA-fatigue advice on 500121 as a warning, not a quiet note', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/500121/`);
    const advice = page.locator('main', { hasText: 'do not approve it' }).locator('.warning', { hasText: 'do not approve it' });
    expect(await advice.count()).toBe(1);
  });

  it('names each audience with one word everywhere on the page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/500121/`);
    const words = await page.evaluate(() => [...document.querySelectorAll('.start-here .who, [data-audience-switch] button[data-for]:not([data-for=""]), .fix .tag-audience')].map((element) => element.textContent!.trim()));
    expect(new Set(words)).toEqual(new Set(['User', 'Helpdesk', 'Admin']));
    const headings = await page.locator('.fix-group > h4').allTextContents();
    expect(new Set(headings)).toEqual(new Set(['What the user can do', 'What the helpdesk can do', 'What the admin can do']));
  });
});

describe('links that keep the view', () => {
  it('copies the link to a fix or cause with the view chosen, and a copied link opens that view at the fix, below the sticky bar', async () => {
    const { page } = await openPage(browser(), PHONE);
    await page.addInitScript(RECORD_COPIES);
    await page.goto(`${origin()}/codes/53003/?for=admin`);
    const fix = page.locator('.fix-group[data-audience="admin"] .fix').first();
    const id = await fix.getAttribute('id');
    await fix.getByRole('button', { name: /^Copy link to this fix/ }).click();
    const cause = page.locator('.cause').first();
    await cause.getByRole('button', { name: /^Copy link to this cause/ }).click();
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toEqual([`${origin()}/codes/53003/?for=admin#${id}`, `${origin()}/codes/53003/?for=admin#${await cause.getAttribute('id')}`]);
    // Each cause has one Copy link of its own, and no two Copy link buttons stand one above the other.
    expect(await page.locator('.cause').evaluateAll((causes) => causes.every((item) => item.querySelectorAll(':scope > .actions [data-copy-link]').length === 1))).toBe(true);

    const { page: opened } = await openPage(browser(), PHONE);
    await opened.goto(copied[0]);
    expect(await opened.getByRole('button', { name: 'Admin', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await opened.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--switch-height') !== '');
    const bar = (await opened.locator('[data-audience-switch]').boundingBox())!;
    const heading = (await opened.locator(`#${id} .fix-title`).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(heading.y).toBeLessThan(844);
  });

  it('writes a ticket note with the next steps of the view chosen, linked to the fixes and the likely cause', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/500121/`);
    await page.getByRole('button', { name: 'Admin', exact: true }).click();
    const note = (await page.locator('[data-ticket-preview]').textContent())!;
    expect(note).toContain('Next steps for the admin:');
    expect(note).toMatch(/Most likely cause: .+\n {3}http:\/\/127\.0\.0\.1:\d+\/codes\/500121\/\?for=admin#cause-/);
    expect(note).toMatch(/1\. .+\n {3}http:\/\/127\.0\.0\.1:\d+\/codes\/500121\/\?for=admin#fix-/);
    await page.getByRole('button', { name: 'User', exact: true }).click();
    expect(await page.locator('[data-ticket-preview]').textContent()).toContain('Next steps for the user:');
  });
});

describe('reference pages', () => {
  it('give the steps the catalogue supports, a ticket note with the pasted IDs, and the invitation to contribute last', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/50142/`);
    const steps = (await page.locator('#next + ol').textContent())!;
    expect(steps).not.toMatch(/try once more|retry/i);
    await page.locator('#ticket-paste').fill('AADSTS50142: Password change is required due to a conditional access policy.\nRequest Id: 5c2b7a10-0d1e-4f20-9a3b-501420000001\nCorrelation Id: 9f8e7d6c-5b4a-4392-8170-501420000002');
    expect(await page.locator('[data-ticket-preview]').textContent()).toContain('Request ID: 5c2b7a10-0d1e-4f20-9a3b-501420000001');
    const order = await page.evaluate(() => ['#next', '#ticket', '#contribute'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await page.locator('main').evaluate((main) => main.textContent!.indexOf('npm run new') > main.textContent!.indexOf('Ticket note'))).toBe(true);
  });
});

describe('finish', () => {
  it('offers to search every page for words the list of codes does not match', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/codes/?q=printer+offline`);
    const link = page.locator('[data-filter-empty] a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/search/?q=printer%20offline');
  });

  it('lists the codes a fix serves once, and spaces the footer links of a page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/fixes/re-register-authenticator-app/`);
    const links = await page.locator('main a[href^="/codes/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBe(new Set(links).size);
    expect(await page.locator('main').textContent()).toMatch(/Edit this page · Report a problem/);
  });

  it('opens /signals/ with a whole sentence', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/signals/`);
    const first = (await page.locator('main .lead').textContent())!.trim().split(/(?<=\.) /)[0];
    // A sentence has a subject and a verb before its colon; "Worth watching…: …" has neither.
    expect(first).toMatch(/^[A-Z][a-z]* [a-z-]+ (?:[a-z-]+ )*(?:are|is|can|say|show)\b/);
  });
});
