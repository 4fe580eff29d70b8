/** What Teams, Slack, ticket systems and search engines read of a code page: Open Graph tags and schema.org JSON-LD. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'astro/zod';
import { CodeIndexSchema } from '../../src/schemas/api.ts';
import { decode } from './page-text.ts';
import { headlineFor } from '../../src/lib/site/structured-data.ts';
import { CATEGORY_SLUGS } from '../../src/schemas/vocabulary.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const origin = 'https://atlas.test';
const codes = CodeIndexSchema.parse(JSON.parse(readFileSync(join(site, 'api/codes.json'), 'utf8'))).codes;
const guides = new Set(readdirSync('content/codes').map((name) => Number(name.replace(/\.mdx$/, ''))));

/** All the text inside a node, however deep: a heading holds its code in a span of its own. */
const textOf = (node: Node): string => (node.type === ELEMENT_NODE ? node.children.map(textOf).join('') : (node.value ?? ''));

function head(code: number) {
  const tree = parse(readFileSync(join(site, `codes/${code}/index.html`), 'utf8'));
  const meta = new Map<string, string>();
  const jsonLd: unknown[] = [];
  let title = '';
  walkSync(tree, (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const { property, name, content, type } = node.attributes as Record<string, string>;
    if (node.name === 'meta' && (property ?? name)) meta.set(property ?? name, content);
    if (node.name === 'script' && type === 'application/ld+json') jsonLd.push(JSON.parse(node.children.map((child: Node) => child.value).join('')));
    if (node.name === 'h1') title = decode(textOf(node)).replace(/\s+/g, ' ').trim();
  });
  return { meta, jsonLd, title };
}

// What Google asks of a TechArticle and a BreadcrumbList, and what we promise beyond it.
const date = z.iso.date();
const pageUrl = (code: number) => `${origin}/codes/${code}/`;
const article = (code: number, guide: boolean) =>
  z.strictObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('TechArticle'),
    headline: z.string().min(1).max(110),
    description: z.string().min(1),
    url: z.literal(pageUrl(code)),
    mainEntityOfPage: z.literal(pageUrl(code)),
    about: z.literal(`AADSTS${code}`),
    inLanguage: z.literal('en'),
    datePublished: date,
    ...(guide ? { dateModified: date, lastReviewed: date } : {}),
    publisher: z.strictObject({ '@type': z.literal('Organization'), name: z.literal('Entra Error Atlas'), url: z.literal(`${origin}/`) }),
  });
const breadcrumb = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z.array(z.strictObject({ '@type': z.literal('ListItem'), position: z.number().int(), name: z.string().min(1), item: z.url() })).length(3),
});

describe('link previews and structured data', () => {
  it('give every code page Open Graph tags, a card, a TechArticle and a breadcrumb that resolve', () => {
    for (const { code } of codes) {
      const { meta, jsonLd, title } = head(code);
      expect(meta.get('og:url'), `${code}`).toBe(pageUrl(code));
      expect(meta.get('og:type')).toBe('article');
      expect(meta.get('og:title')).toBe(`${title} · Entra Error Atlas`);
      expect(meta.get('og:description')).toBeTruthy();
      expect(meta.get('twitter:card')).toBe('summary_large_image');
      const category = codes.find((entry) => entry.code === code)!.category;
      expect(meta.get('og:image')).toBe(`${origin}/previews/${category ?? 'site'}.png`);
      expect(meta.get('og:image:alt')).toMatch(/^Entra Error Atlas: /);
      expect(jsonLd).toHaveLength(1);
      const [articleData, crumbs] = jsonLd[0] as unknown[];
      const parsed = article(code, guides.has(code)).parse(articleData);
      // The heading reads "AADSTS<code>: <title>"; the headline is that, or the title, or the code, whichever fits first.
      expect(parsed.headline).toBe(headlineFor(`AADSTS${code}`, title.replace(`AADSTS${code}: `, '')));
      const list = breadcrumb.parse(crumbs).itemListElement;
      expect(list.map((item) => item.position)).toEqual([1, 2, 3]);
      expect(list.at(-1)!.item).toBe(pageUrl(code));
      for (const item of list) expect(existsSync(join(site, new URL(item.item).pathname, 'index.html')), item.item).toBe(true);
    }
  });

  it('draws each preview picture as a 1200 × 630 PNG, the size previews expect', () => {
    const pictures = readdirSync(join(site, 'previews'));
    expect(pictures.sort()).toEqual(['site.png', ...CATEGORY_SLUGS.map((slug) => `${slug}.png`)].sort());
    for (const picture of pictures) {
      const png = readFileSync(join(site, 'previews', picture));
      expect(png.subarray(1, 4).toString('latin1'), picture).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], picture).toEqual([1200, 630]);
      // Text drawn, not only the background and the mark: a missing font leaves the picture this small.
      expect(png.length, picture).toBeGreaterThan(15_000);
    }
  });

  it('dates a guide by the day a person last reviewed it', () => {
    const front = readFileSync('content/codes/50058.mdx', 'utf8');
    const reviewed = /^reviewed: (\d{4}-\d{2}-\d{2})$/m.exec(front)![1];
    const [articleData] = head(50058).jsonLd[0] as { dateModified: string }[];
    expect(articleData.dateModified).toBe(reviewed);
  });

  it('puts structured data on code pages only', () => {
    for (const page of ['index.html', 'codes/index.html', 'error/index.html', 'causes/index.html']) {
      expect(readFileSync(join(site, page), 'utf8'), page).not.toContain('application/ld+json');
    }
  });
});
