import { describe, expect, it } from 'vitest';
import { changeHeadline, changeLog } from '../../src/lib/changes.ts';
import { atomFeed } from '../../src/lib/atom.ts';

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
