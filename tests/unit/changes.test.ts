import { describe, expect, it } from 'vitest';
import { changeHeadline, changeLog } from '../../src/lib/publish/changes.ts';
import { atomFeed } from '../../src/lib/publish/atom.ts';

const sources = [
  { code: 50058, title: 'Silent sign-in', added: '2026-11-22', guide: { written: '2026-11-22', reviewed: '2026-12-03' } },
  { code: 90033, title: 'Transient <error> & "retry"', added: '2026-12-03' },
  { code: 16000, title: 'Interaction', added: '2026-11-22', guide: { written: '2026-12-03', reviewed: '2026-12-03' } },
  { code: 50126, title: 'Wrong password', added: '2026-11-22', guide: { reviewed: '2026-11-25' } },
];

describe('changeLog', () => {
  const log = changeLog(sources);
  it('groups by day and kind, newest first, guides before catalogue additions', () => {
    expect(log.map((change) => `${change.date} ${change.kind} ${change.codes.map((entry) => entry.code).join(',')}`)).toEqual([
      '2026-12-03 guide-written 16000',
      '2026-12-03 guide-corrected 50058',
      '2026-12-03 code-added 90033',
      '2026-11-25 guide-reviewed 50126',
      '2026-11-22 guide-written 50058',
      '2026-11-22 code-added 16000,50058,50126',
    ]);
  });

  it('orders one day’s changes: guides written, corrected, reviewed, then codes added', () => {
    const day = '2026-12-05';
    const sameDay = changeLog([
      { code: 4, title: 'd', added: day },
      { code: 3, title: 'c', added: '2026-11-22', guide: { reviewed: day } },
      { code: 2, title: 'b', added: '2026-11-22', guide: { written: '2026-11-22', reviewed: day } },
      { code: 1, title: 'a', added: '2026-11-22', guide: { written: day, reviewed: day } },
    ]).filter((change) => change.date === day);
    expect(sameDay.map((change) => change.kind)).toEqual(['guide-written', 'guide-corrected', 'guide-reviewed', 'code-added']);
  });

  it('counts in its headline', () => {
    expect(log.map(changeHeadline).slice(0, 3)).toEqual(['1 guide written', '1 guide corrected', '1 code added to the catalogue']);
    expect(changeHeadline(log[5])).toBe('3 codes added to the catalogue');
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({ title: 'Atlas: what changed', pageUrl: 'https://atlas.test/changes/', feedUrl: 'https://atlas.test/changes.xml', changes: changeLog(sources), codeUrl: (code) => `https://atlas.test/codes/${code}/`, limit: 3 });
  it('writes one escaped entry per change, up to the limit, dated by the newest', () => {
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<updated>2026-12-03T00:00:00Z</updated>');
    expect(xml).toContain('<id>https://atlas.test/changes/#2026-12-03-code-added</id>');
    expect(xml).toContain('Transient &amp;lt;error&amp;gt; &amp;amp; &amp;quot;retry&amp;quot;');
    expect(xml).not.toContain('<error>');
  });
});

describe('an entry with several codes', () => {
  it('lists each code as one item, with nothing between the items', () => {
    const xml = atomFeed({ title: 'Atlas: what changed', pageUrl: 'https://atlas.test/changes/', feedUrl: 'https://atlas.test/changes.xml', changes: changeLog(sources).slice(-1), codeUrl: (code) => `https://atlas.test/codes/${code}/` });
    const content = /<content type="html">(.*)<\/content>/.exec(xml)?.[1] ?? '';
    const html = content.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(html).toBe('<ul><li><a href="https://atlas.test/codes/16000/">AADSTS16000</a>: Interaction</li><li><a href="https://atlas.test/codes/50058/">AADSTS50058</a>: Silent sign-in</li><li><a href="https://atlas.test/codes/50126/">AADSTS50126</a>: Wrong password</li></ul>');
  });
});

describe('change headlines', () => {
  it.each([
    ['code-added', 1, '1 code added to the catalogue'],
    ['code-added', 2, '2 codes added to the catalogue'],
    ['guide-written', 1, '1 guide written'],
    ['guide-written', 4, '4 guides written'],
    ['guide-corrected', 1, '1 guide corrected'],
    ['guide-corrected', 2, '2 guides corrected'],
    ['guide-reviewed', 1, '1 guide reviewed'],
    ['guide-reviewed', 3, '3 guides reviewed'],
  ] as const)('%s × %i reads "%s"', (kind, count, headline) => {
    expect(changeHeadline({ date: '2026-12-03', kind, codes: Array.from({ length: count }, (_, index) => ({ code: index, title: 't' })) })).toBe(headline);
  });
});

describe('the whole feed', () => {
  it('is a valid Atom document with the site as author', () => {
    const xml = atomFeed({ title: 'Atlas: what changed', pageUrl: 'https://atlas.test/changes/', feedUrl: 'https://atlas.test/changes.xml', changes: changeLog([sources[1]]), codeUrl: (code) => `https://atlas.test/codes/${code}/?a=1&b='2'` });
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atlas: what changed</title>
        <id>https://atlas.test/changes.xml</id>
        <link rel="self" href="https://atlas.test/changes.xml"/>
        <link rel="alternate" href="https://atlas.test/changes/"/>
        <updated>2026-12-03T00:00:00Z</updated>
        <author><name>Atlas</name></author>
        <entry>
          <id>https://atlas.test/changes/#2026-12-03-code-added</id>
          <title>2026-12-03: 1 code added to the catalogue</title>
          <updated>2026-12-03T00:00:00Z</updated>
          <link rel="alternate" href="https://atlas.test/changes/#2026-12-03-code-added"/>
          <content type="html">&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://atlas.test/codes/90033/?a=1&amp;amp;b=&amp;apos;2&amp;apos;&quot;&gt;AADSTS90033&lt;/a&gt;: Transient &amp;lt;error&amp;gt; &amp;amp; &amp;quot;retry&amp;quot;&lt;/li&gt;&lt;/ul&gt;</content>
        </entry>
      </feed>
      "
    `);
  });

  it('without changes is dated at the epoch and has no entries', () => {
    const xml = atomFeed({ title: 'T', pageUrl: 'https://atlas.test/changes/', feedUrl: 'https://atlas.test/changes.xml', changes: [], codeUrl: String });
    expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });

  it('keeps 50 entries by default', () => {
    const many = Array.from({ length: 60 }, (_, index) => ({ code: index + 1, title: 't', added: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`, guide: { written: `2025-01-${String((index % 28) + 1).padStart(2, '0')}`, reviewed: `2025-02-${String((index % 28) + 1).padStart(2, '0')}` } }));
    const xml = atomFeed({ title: 'T', pageUrl: 'p', feedUrl: 'f', changes: changeLog(many), codeUrl: String });
    expect(xml.match(/<entry>/g)).toHaveLength(50);
  });
});
