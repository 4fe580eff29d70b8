/** The Atom feed stays well-formed XML whatever a title or message holds, and the predicate validation can use. */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/publish/atom.ts';
import { parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import type { CodeListing } from '../../src/lib/catalog/catalog.ts';
import { changeSources } from '../../src/lib/publish/change-sources.ts';
import { changeLog } from '../../src/lib/publish/changes.ts';
import { listing } from '../../src/lib/catalog/listing.ts';
import { xmlSafe } from '../../src/lib/site/control-characters.ts';

/** Parses `xml` as a conforming XML 1.0 reader does, and returns the text of every `<title>` and the HTML content. */
function readFeed(xml: string): { titles: string[]; content: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const titles: string[] = [];
  const content: string[] = [];
  let inside: 'title' | 'content' | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => (inside = tag.local === 'title' || tag.local === 'content' ? tag.local : undefined));
  parser.on('text', (text) => {
    if (inside === 'title') titles.push(text);
    if (inside === 'content') content.push(text);
  });
  parser.on('closetag', () => (inside = undefined));
  parser.write(xml).close();
  return { titles, content };
}

const HOSTILE = [
  'vertical\u000btab',
  'form\u000cfeed',
  'escape \u001b[31mred\u001b[0m',
  'nul\u0000byte',
  'lone \ud800 surrogate',
  'other lone \udc00 surrogate',
  'non-characters \ufffe \uffff',
  'markup <b>&amp; "quotes"</b> ]]> end',
];

const feed = (title: string, siteTitle = 'Atlas: what changed') =>
  atomFeed({
    title: siteTitle,
    pageUrl: 'https://atlas.test/changes/',
    feedUrl: 'https://atlas.test/changes.xml',
    changes: changeLog([{ code: 90001, title, added: '2026-01-02', guide: { written: '2026-01-03', reviewed: '2026-01-03' } }]),
    codeUrl: (code) => `https://atlas.test/codes/${code}/`,
  });

describe('the Atom feed with hostile titles', () => {
  it.each(HOSTILE)('stays well-formed XML for the title %j', (title) => {
    const { content } = readFeed(feed(title));
    // The entry's HTML is escaped once more inside <content type="html">; a reader sees the title in it.
    expect(content.join('')).toContain(xmlSafe(title).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
  });

  it('stays well-formed for a catalogue whose messages hold controls, from the catalogue file to the feed', () => {
    const header = 'code\tname\tdocumented_in\tadded\tcategory\taudiences\tsignal\tconfidence\tmessage\tlog_message';
    const messages = ['Vertical\u000btab here.', 'Form\u000cfeed and \u001b[2Jescape.', 'Nul\u0000byte.'];
    const text = [header, ...messages.map((message, position) => `9000${position}\t\tcommunity\t2026-01-0${position + 1}\t\t\t\t\t${message}\t`)].join('\n');
    const { rows, problems } = parseCatalog(`${text}\n`);
    expect(problems).toEqual([]);
    const listings = rows.map((row) => listing(row, undefined)) as CodeListing[];
    const xml = atomFeed({ title: 'Atlas: what changed', pageUrl: 'https://atlas.test/changes/', feedUrl: 'https://atlas.test/changes.xml', changes: changeLog(changeSources(listings)), codeUrl: (code) => `https://atlas.test/codes/${code}/` });
    const content = readFeed(xml).content.join('');
    expect(content).toContain('Vertical\ufffdtab here');
    expect(content).toContain('Nul\ufffdbyte');
  });

  it('keeps a well-formed feed when the feed title itself holds control characters', () => {
    expect(readFeed(feed('plain', 'Atlas\u0007: what\u0000 changed')).titles[0]).toBe('Atlas\ufffd: what\ufffd changed');
  });

  it('keeps every character XML allows, tab, line breaks and astral letters included', () => {
    const text = 'tab\there\nline\r\nend 😀 認証 \u0085 \u2028';
    expect(xmlSafe(text)).toBe(text);
  });

  it('replaces what XML forbids with U+FFFD, one for each character', () => {
    expect(xmlSafe('a\u0000b\u000bc\ud800d\uffffe')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde');
    expect(xmlSafe('pair 😀 kept')).toBe('pair 😀 kept');
  });
});
