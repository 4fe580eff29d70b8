/** Accessibility, keyboard use, no JavaScript, colour schemes, phones and third-party requests, on every page type. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { browserForFile, openPage, origin, PAGE_TYPES } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const CATALOGUED = parseCatalog(readFileSync(CATALOG_FILE, 'utf8')).rows.map((row) => row.code).sort((a, b) => a - b);
const frontMatter = (path: string) => (parseFrontMatter(readFileSync(path, 'utf8')) as { data: Record<string, unknown> }).data;

const browser = browserForFile();

async function settle(page: Page, path: string) {
  await page.goto(`${origin()}${path}`);
  if (path.startsWith('/search/')) await page.locator('[data-search-result]').first().waitFor();
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(PAGE_TYPES)('%s has no violations in light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser(), { colorScheme });
      await settle(page, path);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${path} (${colorScheme})`).toEqual([]);
    }
  });
});

describe('keyboard only', () => {
  it.each(['/', '/codes/500121/', '/search/?q=authenticator', '/causes/mfa-reported-as-fraud/'])('visits every control on %s in document order, each visibly focused', async (path) => {
    const { page } = await openPage(browser());
    await settle(page, path);
    // Number every element a keyboard user must be able to reach, in document order.
    const expected = await page.evaluate(() => {
      const selector = 'a[href], button, input:not([type="hidden"]), textarea, select, summary, [tabindex]:not([tabindex="-1"])';
      const reachable = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
        const style = getComputedStyle(element);
        return !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0 && style.visibility !== 'hidden' && !element.closest('[inert]');
      });
      reachable.forEach((element, index) => (element.dataset.keyboardOrder = String(index)));
      return reachable.map((element) => element.outerHTML.slice(0, 100));
    });
    expect(expected.length).toBeGreaterThan(3);
    // Start from the top of the page, even where a field has taken the focus on load.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    const visited: string[] = [];
    for (let step = 0; step < expected.length; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return { order: 'nothing', ring: false, visible: false, key: 'nothing' };
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const ring = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
        return { order: element.dataset.keyboardOrder ?? 'unnumbered', ring, visible: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0, key: element.outerHTML.slice(0, 100) };
      });
      expect.soft(focused.ring, `focus ring on ${focused.key}`).toBe(true);
      expect.soft(focused.visible, `${focused.key} is on screen when focused`).toBe(true);
      visited.push(focused.order === String(step) ? expected[step] : `${focused.order}: ${focused.key}`);
    }
    expect(visited).toEqual(expected);
  });
});

describe('reading without JavaScript', () => {
  it('shows every code in the list and a code page in full', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${origin()}/codes/`);
    const listed = await page.locator('main a[href^="/codes/"]').evaluateAll((links) => [...new Set(links.map((link) => /^\/codes\/(\d+)\/$/.exec(link.getAttribute('href') ?? '')?.[1]).filter(Boolean))]);
    expect(listed.map(Number).sort((a, b) => a - b)).toEqual(CATALOGUED);
    expect(await page.locator('ol.codes > li:visible').count()).toBe(CATALOGUED.length);
    await page.goto(`${origin()}/codes/500121/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const guide = frontMatter('content/codes/500121.mdx');
    for (const cause of guide.causes as string[]) expect(text, cause).toContain(String(frontMatter(`content/causes/${cause}.mdx`).title));
    const firstFix = (frontMatter(`content/causes/${(guide.causes as string[])[0]}.mdx`).fixes as string[])[0];
    const firstStep = /^1\.\s+(.*)$/m.exec(readFileSync(`content/fixes/${firstFix}.mdx`, 'utf8'))?.[1] ?? '';
    expect(text).toContain(firstStep.replace(/\*\*/g, '').replace(/<[^>]+>.*$/, '').trim().slice(0, 40));
    expect(await page.getByRole('button', { name: 'Copy for ticket' }).isVisible()).toBe(false);
  });
});

describe('colour schemes and phones', () => {
  it.each(['/codes/500121/', '/', '/search/?q=authenticator'])('%s is dark in dark mode and light in light mode, with readable text, links and code in both', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser(), { colorScheme });
      await settle(page, path);
      const samples = await page.evaluate(() => {
        const canvas = document.createElement('canvas').getContext('2d')!;
        /** Any CSS colour as sRGB channels, through the canvas, so that any colour syntax works. */
        const rgba = (colour: string) => {
          canvas.clearRect(0, 0, 1, 1);
          canvas.fillStyle = colour;
          canvas.fillRect(0, 0, 1, 1);
          return [...canvas.getImageData(0, 0, 1, 1).data];
        };
        const luminance = ([r, g, b]: number[]) => {
          const [R, G, B] = [r, g, b].map((value) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * R + 0.7152 * G + 0.0722 * B;
        };
        const backgroundOf = (element: Element | null): number[] => {
          for (let node = element; node; node = node.parentElement) {
            const colour = rgba(getComputedStyle(node).backgroundColor);
            if (colour[3] > 0) return colour;
          }
          return rgba(getComputedStyle(document.documentElement).backgroundColor || 'white');
        };
        const sample = (label: string, element: Element | null) => {
          if (!element) return { label, missing: true, ratio: 0, background: 0 };
          const foreground = luminance(rgba(getComputedStyle(element).color));
          const background = luminance(backgroundOf(element));
          return { label, missing: false, ratio: (Math.max(foreground, background) + 0.05) / (Math.min(foreground, background) + 0.05), background };
        };
        const text = [...document.querySelectorAll('main p, main li')].find((element) => element.textContent?.trim());
        return [
          sample('page', document.body),
          sample('text', text ?? null),
          sample('link', document.querySelector('main a[href]')),
          sample('code', document.querySelector('main pre, main code, main kbd')),
        ];
      });
      for (const { label, missing, ratio, background } of samples) {
        // Only some pages show code; the code page shows its KQL query.
        if (label === 'code' && missing && path !== '/codes/500121/') continue;
        expect(missing, `${path} has ${label}`).toBe(false);
        expect(ratio, `${label} contrast on ${path} in ${colorScheme} mode`).toBeGreaterThanOrEqual(4.5);
        if (label === 'page') expect(colorScheme === 'dark' ? background < 0.1 : background > 0.6, `${path} background in ${colorScheme} mode`).toBe(true);
      }
    }
  });

  it.each(PAGE_TYPES)('%s fits a phone screen without sideways scrolling', async (path) => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await settle(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('privacy', () => {
  it('makes no third-party request on any page type', async () => {
    const outside: string[] = [];
    for (const path of PAGE_TYPES) {
      const { page, requests } = await openPage(browser());
      await settle(page, path);
      outside.push(...requests.filter((url) => /^https?:/.test(url) && !url.startsWith(origin())));
    }
    expect(outside).toEqual([]);
  });
});
