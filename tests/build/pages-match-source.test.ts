/**
 * Every built page says what its source file says: each field meant for readers appears in the page's text.
 * Assertions are on the text a reader sees (tags dropped, entities decoded), not on markup, so that a redesign
 * of the templates keeps them valid and a template that drops a field fails them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { CATALOG_FILE, currentMessage, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { normalise, pageText } from './page-text.ts';
import { messageInWords } from '../../src/lib/catalog/message-parts.ts';
import { sourceLabel } from '../../src/lib/site/source-label.ts';
import { parseSourceTitles, SOURCE_TITLES_FILE, titlesByUrl } from '../../src/lib/site/source-titles.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);

interface Source {
  data: Record<string, unknown>;
  body: string;
}
function readSource(kind: 'codes' | 'causes' | 'fixes', id: string): Source {
  const parsed = parseFrontMatter(readFileSync(`content/${kind}/${id}.mdx`, 'utf8'));
  if (!parsed.ok) throw new Error(`content/${kind}/${id}.mdx: ${parsed.error.message}`);
  return { data: parsed.data as Record<string, unknown>, body: parsed.body };
}
const ids = (kind: 'codes' | 'causes' | 'fixes') => readdirSync(`content/${kind}`).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)).sort();

/** Letters and digits only: Markdown syntax, typography and spacing cannot make two texts differ. */
const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The text pieces of Markdown between components, with link targets dropped, compared as words. */
function markdownPieces(markdown: string): string[] {
  return markdown
    .split(/<\/?[A-Z]\w*(?:\s+\w+=(?:"[^"]*"|\{[^}]*\}))*\s*\/?>/)
    .map((piece) => words(piece.replace(/\]\([^)]*\)/g, ']')))
    .filter((piece) => piece !== '');
}

/** The numbered steps of a fix, one string per step, continuation lines joined. */
function steps(body: string): string[] {
  const items: string[] = [];
  for (const line of body.split('\n')) {
    const start = /^\d+\.\s+(.*)$/.exec(line);
    if (start) items.push(start[1]);
    else if (items.length > 0 && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown) => (typeof value === 'string' ? normalise(value) : undefined);

/** What a field should read like on the page; `expect.soft` lists every missing field of a page at once. */
function expectShown(page: string, field: string, value: string | undefined) {
  if (value === undefined || value === '') return;
  expect.soft(page.includes(value), `${field}: "${value}" is not on the page`).toBe(true);
}

/** The same for Markdown, compared as words. */
function expectWords(page: string, field: string, pieces: string[]) {
  const pageWords = ` ${words(page)} `;
  for (const piece of pieces) expect.soft(pageWords.includes(` ${piece} `), `${field}: "${piece}" is not on the page`).toBe(true);
}

const citedTitles = titlesByUrl(parseSourceTitles(readFileSync(SOURCE_TITLES_FILE, 'utf8')).rows);

const fixes = new Map(ids('fixes').map((id) => [id, readSource('fixes', id)]));
const causes = new Map(ids('causes').map((id) => [id, readSource('causes', id)]));

function expectFix(page: string, slug: string, where: string) {
  const fix = fixes.get(slug)!;
  expectShown(page, `${where} fix ${slug} title`, text(fix.data.title));
  expectShown(page, `${where} fix ${slug} summary`, text(fix.data.summary));
  for (const step of steps(fix.body)) expectWords(page, `${where} fix ${slug} step`, markdownPieces(step));
}

describe('every written code page shows its front matter', () => {
  it.each(ids('codes'))('content/codes/%s.mdx', (id) => {
    const { data } = readSource('codes', id);
    const page = pageText(site, `codes/${id}/index.html`);
    expectShown(page, 'title', text(data.title));
    expectShown(page, 'name', text(data.name));
    expectShown(page, 'summary', text(data.summary));
    expectShown(page, 'needsReview', text(data.needsReview));
    const signal = data.signal as { detection?: string; kql?: string } | undefined;
    expectShown(page, 'signal.detection', text(signal?.detection));
    expectShown(page, 'signal.kql', text(signal?.kql));
    for (const item of list(data.collect)) expectWords(page, 'collect', markdownPieces(item));
    // A source is shown by its page's title (or short name), the name the site gives its link.
    for (const source of list(data.sources)) expectShown(page, 'sources', normalise(sourceLabel(source, citedTitles)));
    const shownFixes = new Set<string>();
    for (const slug of list(data.causes)) {
      const cause = causes.get(slug)!;
      expectShown(page, `cause ${slug} title`, text(cause.data.title));
      expectShown(page, `cause ${slug} summary`, text(cause.data.summary));
      // A fix shared by two causes is written out once and referred to by its title the second time.
      for (const fix of list(cause.data.fixes)) {
        if (shownFixes.has(fix)) expectShown(page, `cause ${slug} fix ${fix} title`, text(fixes.get(fix)!.data.title));
        else expectFix(page, fix, `cause ${slug}`);
        shownFixes.add(fix);
      }
    }
  });
});

describe('every cause page shows its front matter and its fixes', () => {
  it.each(ids('causes'))('content/causes/%s.mdx', (id) => {
    const { data, body } = readSource('causes', id);
    const page = pageText(site, `causes/${id}/index.html`);
    expectShown(page, 'title', text(data.title));
    expectShown(page, 'summary', text(data.summary));
    expectWords(page, 'body', markdownPieces(body.trim().split(/\n\s*\n/)[0] ?? ''));
    for (const fix of list(data.fixes)) expectShown(page, `fix ${fix} title`, text(fixes.get(fix)!.data.title));
  });
});

describe('every fix page shows its front matter and every step', () => {
  it.each(ids('fixes'))('content/fixes/%s.mdx', (id) => {
    const page = pageText(site, `fixes/${id}/index.html`);
    expectFix(page, id, 'the');
  });
});

describe('every generated reference page shows the catalogue', () => {
  const guides = new Set(ids('codes'));
  const catalogText = readFileSync(CATALOG_FILE, 'utf8');
  const rows = parseCatalog(catalogText).rows.filter((row) => !guides.has(String(row.code)));

  // Counted from the file's lines, not from the parser, so a row the parser drops shows up here; a fixed
  // floor would break as guides are written.
  it('covers every catalogued code without a guide', () => {
    const catalogLines = catalogText.split('\n').slice(1).filter((line) => line.trim() !== '').length;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length + guides.size).toBe(catalogLines);
  });

  it.each(rows.map((row) => [row.code, row] as const))('AADSTS%s', (_code, row) => {
    const page = pageText(site, `codes/${row.code}/index.html`);
    expectShown(page, 'code', `AADSTS${row.code}`);
    // Placeholders are drawn as words in slots ("a version"), so the message is compared word for word.
    expectWords(page, 'message', [words(messageInWords(currentMessage(row)))]);
    expectShown(page, 'name', row.name);
  });
});
