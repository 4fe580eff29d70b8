/** Every code that exists resolves: a page, short links, the API and the sitemap, for guides and generated pages alike. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CATALOG_FILE, currentMessage, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { SAME_MESSAGE_LIMIT } from '../../src/lib/catalog/graph.ts';
import { messageWordings } from '../../src/lib/catalog/message-parts.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { htmlFiles } from '../../scripts/lib/site-links.ts';
import { CodeIndexSchema } from '../../src/schemas/api.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const { rows } = parseCatalog(readFileSync(CATALOG_FILE, 'utf8'));
const index = CodeIndexSchema.parse(JSON.parse(read('api/codes.json')));
const byCode = new Map(index.codes.map((code) => [code.code, code]));
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
/** The text of each quoted wording of Microsoft's message on a page, slots written [like this], entities decoded. */
const quotedWordings = (page: string) =>
  [...page.matchAll(/<(blockquote|q) class="message(?: long)?"[^>]*>([\s\S]*?)<\/\1>/g)].map((match) =>
    decode(match[2].replace(/<span class="slot"[^>]*>([^<]*)<\/span>/g, '[$1]')),
  );

describe('the catalogue in the built site', () => {
  it('publishes every catalogued code in the API, the CSV and the sitemap', () => {
    const csv = read('api/codes.csv');
    const sitemap = read('sitemap.xml');
    const missing = rows.filter((row) => !byCode.has(row.code) || !csv.includes(`\r\n"${row.code}",`) || !sitemap.includes(`/codes/${row.code}/</loc>`));
    expect(missing.map((row) => row.code)).toEqual([]);
  });

  it('gives every code its short links', () => {
    const missing = rows.filter((row) => {
      for (const short of [`${row.code}`, `AADSTS${row.code}`]) {
        if (!read(`${short}/index.html`).includes(`content="0;url=/codes/${row.code}/"`)) return true;
      }
      return false;
    });
    expect(missing.map((row) => row.code)).toEqual([]);
  });

  it('quotes Microsoft’s message from the catalogue on every code page, guide or not, placeholders drawn as slots', () => {
    expect(rows.length).toBeGreaterThan(1500);
    const wrong = rows.flatMap((row) => {
      const page = read(`codes/${row.code}/index.html`);
      const shown = quotedWordings(page);
      const expected = messageWordings(row).map((wording) => wording.parts.map((part) => (part.kind === 'text' ? part.text : `[${part.words}]`)).join(''));
      return shown.join('\n') === expected.join('\n') && (expected.length > 0 || page.includes('No error message is recorded for this code')) ? [] : [`${row.code}: shows ${JSON.stringify(shown)}, not ${JSON.stringify(expected)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('says where a wording known only from the public list of sign-in log descriptions was read, and only there', () => {
    const wrong = rows.flatMap((row) => {
      const onlyInList = row.documentedIn.length === 1 && row.documentedIn[0] === 'log-list-2025' && currentMessage(row) !== '';
      const said = read(`codes/${row.code}/index.html`).includes('class="muted small message-source"');
      return said === onlyInList ? [] : [`${row.code}: ${said ? 'names the list' : 'does not name the list'}`];
    });
    expect(rows.some((row) => row.documentedIn.join() === 'log-list-2025')).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('quotes the reference table’s description, where a guide gives one, for a code without a message', () => {
    const described = readdirSync(join('content', 'codes')).flatMap((file) => {
      const front = parseFrontMatter(readFileSync(join('content', 'codes', file), 'utf8'));
      const text = front.ok ? (front.data as { referenceText?: string }).referenceText : undefined;
      return text ? [{ code: file.replace('.mdx', ''), text }] : [];
    });
    expect(described.length).toBeGreaterThan(0);
    const wrong = described.filter(({ code, text }) => {
      const page = decode(read(`codes/${code}/index.html`));
      const quote = /<blockquote class="message reference-text"[^>]*>([\s\S]*?)<\/blockquote>/.exec(page)?.[1];
      return !page.includes('lists it') || !page.includes('and describes it:') || quote?.trim() !== text;
    });
    expect(wrong.map(({ code }) => code)).toEqual([]);
  });

  it('links, on a generated page, each other code with the word-for-word same message', () => {
    const byMessage = new Map<string, number[]>();
    for (const row of rows) if (currentMessage(row)) byMessage.set(currentMessage(row), [...(byMessage.get(currentMessage(row)) ?? []), row.code]);
    const groups = [...byMessage.values()].filter((codes) => codes.length >= 2 && codes.length <= SAME_MESSAGE_LIMIT);
    expect(groups.length).toBeGreaterThan(0);
    const missing = groups.flatMap((codes) =>
      codes
        .filter((code) => byCode.get(code)?.guide === false)
        .flatMap((code) => {
          const page = read(`codes/${code}/index.html`);
          return codes.filter((other) => other !== code && !new RegExp(`href="/codes/${other}/">AADSTS${other}</a>:[^<]*<span class="muted"> \\(the same message\\)`).test(page)).map((other) => `${code} → ${other}`);
        }),
    );
    expect(missing).toEqual([]);
  });

  it('gives generated pages whose messages differ titles that differ', () => {
    const titles = new Map<string, Set<string>>();
    for (const row of rows.filter((entry) => byCode.get(entry.code)?.guide === false)) {
      const title = byCode.get(row.code)!.title;
      titles.set(title, (titles.get(title) ?? new Set()).add(row.logMessage || row.message));
    }
    expect([...titles].filter(([, messages]) => messages.size > 1).map(([title]) => title)).toEqual([]);
  });

  it('says no guide is written on every generated page, and invites contributors only after the ticket note', () => {
    const generated = rows.filter((row) => byCode.get(row.code)?.guide === false);
    expect(generated.length).toBeGreaterThan(0);
    const wrong = generated.filter((row) => {
      const page = read(`codes/${row.code}/index.html`);
      const ticket = page.indexOf('id="ticket"');
      return !page.includes('No guide is written for this code yet') || ticket < 0 || page.indexOf(`npm run new -- ${row.code}`) < ticket;
    });
    expect(wrong.map((row) => row.code)).toEqual([]);
  });

  it('titles every code in words: no placeholder braces and no ellipsis, on its page and in the API', () => {
    const faulty = index.codes.flatMap((code) => {
      const heading = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(read(`codes/${code.code}/index.html`))?.[1].replace(/<[^>]+>/g, '') ?? '');
      return [heading, code.title].filter((title) => /[{}]|(…|\.\.\.)$/.test(title.trim())).map((title) => `${code.code}: ${title}`);
    });
    expect(faulty).toEqual([]);
  });

  it('tells the user to retry only on a generated page whose code is read as passing and is the user’s to act on', () => {
    const generated = rows.filter((row) => byCode.get(row.code)?.guide === false);
    const wrong = generated.filter((row) => {
      const retries = /try once more/i.test(read(`codes/${row.code}/index.html`));
      const audiences = row.classification?.audiences ?? [];
      return retries && (row.classification?.signal !== 'transient' || (audiences.length > 0 && !audiences.includes('user')));
    });
    expect(wrong.map((row) => row.code)).toEqual([]);
    expect(read('codes/50142/index.html')).not.toMatch(/try once more/i);
  });

  it('never claims a cause or a fix on a generated page', () => {
    const generated = index.codes.filter((code) => !code.guide);
    const claiming = generated.filter((code) => {
      const page = read(`codes/${code.code}/index.html`);
      return /id="causes"|class="cause"|data-cause=|class="fix"|data-fix=|Most likely/.test(page);
    });
    expect(claiming.map((code) => code.code)).toEqual([]);
  });

  it('gives no two pages the same meta description', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of htmlFiles(site)) {
      const description = /<meta name="description" content="([^"]*)"/.exec(read(file))?.[1];
      if (description === undefined) continue;
      const first = seen.get(description);
      if (first) clashes.push(`${file} = ${first}`);
      else seen.set(description, file);
    }
    expect(clashes).toEqual([]);
  });
});

describe('the review queue and the list of changes', () => {
  it('lists every open review question on /review/, with its page', () => {
    const review = read('review/index.html');
    const flagged = index.codes.filter((code) => code.guide).map((code) => code.code).filter((code) => read(`codes/${code}/index.html`).includes('Under review'));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.filter((code) => !review.includes(`id="code-${code}"`))).toEqual([]);
    expect(read('api/stats.json')).toContain(`"openReviewQuestions":${flagged.length}`);
  });

  it('lists every code on /changes/ and dates the feed by the newest change', () => {
    const changes = read('changes/index.html');
    expect(rows.filter((row) => !changes.includes(`/codes/${row.code}/`)).map((row) => row.code)).toEqual([]);
    const newest = [...rows.map((row) => row.added)].sort().at(-1);
    expect(read('changes.xml')).toContain(`<updated>${newest}T00:00:00Z</updated>`);
  });
});

describe('reporting a problem', () => {
  it('gives every code, cause and fix page a report link prefilled with its address (and its code)', () => {
    const pages = htmlFiles(site).filter((file) => /^(codes|causes|fixes)\/[^/]+\/index\.html$/.test(file));
    const missing = pages.filter((file) => {
      const link = /href="([^"]*template=page-is-wrong\.yml[^"]*)"/.exec(read(file))?.[1]?.replace(/&amp;/g, '&');
      if (!link) return true;
      const params = new URL(link).searchParams;
      const code = /^codes\/(\d+)\//.exec(file)?.[1];
      return params.get('url') !== `https://atlas.test/${file.replace(/index\.html$/, '')}` || (code !== undefined && params.get('code') !== code);
    });
    expect(pages.length).toBeGreaterThan(1509);
    expect(missing).toEqual([]);
  });
});
