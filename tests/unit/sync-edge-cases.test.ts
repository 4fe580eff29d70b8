/** The edges of reading Microsoft's lists and reporting a sync. */
import { describe, expect, it } from 'vitest';
import { formatSyncReport, parseMessageList, parseReferenceTable, syncCatalog, type Row } from '../../scripts/lib/sync-catalog.ts';

const row = (code: number, fields: Partial<Row> = {}): Row => ({ code, name: '', documentedIn: ['reference-table'], added: '2026-11-22', message: `Message ${code}.`, logMessage: '', ...fields });

describe('parseReferenceTable markup', () => {
  it.each([
    ['| AADSTS1001 | Line one<br/>line two</br><ul><li>item</li></ul> |', 'Line one line two item'],
    ['| AADSTS1002 | Uses <code>acceptMappedClaims</code> and <a href="x">a link</a> |', 'Uses acceptMappedClaims and a link'],
    ['| AADSTS1003 | Run `Get-MgUser` and then `x` |', 'Run Get-MgUser and then x'],
    ['| AADSTS1004 | Read [the docs](https://example.test/a) and [more](https://example.test/b). |', 'Read the docs and more.'],
    ['| AADSTS1005 | Spaced    out\ttext |', 'Spaced out text'],
  ])('reads %s as plain text', (line, message) => {
    expect(parseReferenceTable(`| Error | Description |\n|---|---|\n${line}\n`)).toEqual([{ code: Number(line.slice(8, 12)), name: '', message }]);
  });

  it('takes a symbolic name only from one CamelCase word or "Name - description"', () => {
    const table = [
      '|AADSTS2001|OnlyAName|',
      '| AADSTS2002 | Named_Code -   The description. |',
      '| AADSTS2003 | Two Words |',
      '| AADSTS2004 | Named-NotAName |',
      '| AADSTS2005 | lowercase - not a name |',
      '| AADSTS2006 | Multi - line - description |',
      '| AADSTS2007 | Trailing pipe missing',
      'AADSTS2008 | not a table row |',
      'See | AADSTS2010 | in a sentence |',
      '| AADSTS2009x | not a code |',
    ].join('\r\n');
    expect(parseReferenceTable(table)).toEqual([
      { code: 2001, name: 'OnlyAName', message: '' },
      { code: 2002, name: 'Named_Code', message: 'The description.' },
      { code: 2003, name: '', message: 'Two Words' },
      { code: 2004, name: '', message: 'Named-NotAName' },
      { code: 2005, name: '', message: 'lowercase - not a name' },
      { code: 2006, name: 'Multi', message: 'line - description' },
      { code: 2007, name: '', message: 'Trailing pipe missing' },
    ]);
  });
});

describe('parseMessageList edges', () => {
  it('skips only a header on the first line, and keeps tabs inside a message as spaces', () => {
    expect(parseMessageList('Code\tmessage\n  \n AADSTS16000 \tpart one\tpart two \n')).toEqual([{ code: 16000, name: '', message: 'part one part two' }]);
    expect(() => parseMessageList('16000\tfine\ncode\tnot a header here\n')).toThrow('the list:2: "code" is not a code');
  });

  it('reads a first line that is a code, even when its next column is the word "code"', () => {
    expect(parseMessageList('16000\tcode\texpired\n')).toEqual([{ code: 16000, name: '', message: 'code expired' }]);
  });

  it.each(['016000', '16000x', 'x16000'])('refuses %j', (code) => {
    expect(() => parseMessageList(`${code}\tmessage\n`, 'list.tsv')).toThrow(`list.tsv:1: "${code}" is not a code`);
  });
});

describe('syncCatalog from the sign-in log lists', () => {
  it.each(['sign-in-log-list', 'log-list-2025'] as const)('%s writes the log wording and adds new codes with it', (source) => {
    const { rows, report } = syncCatalog([row(1, { documentedIn: ['reference-table'] })], [{ code: 1, name: '', message: 'Log words.' }, { code: 2, name: '', message: 'New log words.' }], { source, today: '2026-12-03', guides: new Set() });
    expect(rows).toEqual([
      row(1, { documentedIn: ['reference-table', source], logMessage: 'Log words.' }),
      { code: 2, name: '', documentedIn: [source], added: '2026-12-03', message: '', logMessage: 'New log words.' },
    ]);
    expect(report.messageChanged).toEqual([{ code: 1, from: '', to: 'Log words.' }]);
  });

  it('writes the lookup wording from the lookup list, and leaves an empty incoming message alone', () => {
    const { rows, report } = syncCatalog([row(1, { documentedIn: ['lookup-2022'] }), row(2, { documentedIn: ['lookup-2022'] })], [{ code: 1, name: '', message: 'Looked up.' }, { code: 2, name: '', message: '' }], { source: 'lookup-2022', today: '2026-12-03', guides: new Set() });
    expect(rows.map((entry) => entry.message)).toEqual(['Looked up.', 'Message 2.']);
    expect(report.messageChanged).toEqual([{ code: 1, from: 'Message 1.', to: 'Looked up.' }]);
    expect(report.renamed).toEqual([]);
  });

  it('keeps a code this source never listed as it is, and reports nothing about it', () => {
    const elsewhere = row(3, { documentedIn: ['log-list-2025'], logMessage: 'Only in the log list.' });
    const { rows, report } = syncCatalog([elsewhere], [], { source: 'reference-table', today: '2026-12-03', guides: new Set() });
    expect(rows).toEqual([elsewhere]);
    expect(report.delisted).toEqual([]);
  });

  it('reports no change when a list is synced again with the same wording', () => {
    const once = syncCatalog([], [{ code: 7, name: '', message: 'Same words.' }], { source: 'log-list-2025', today: '2026-12-03', guides: new Set() });
    const again = syncCatalog(once.rows, [{ code: 7, name: '', message: 'Same words.' }], { source: 'log-list-2025', today: '2026-12-04', guides: new Set() });
    expect(again.rows).toEqual(once.rows);
    expect(again.report.messageChanged).toEqual([]);
    expect(again.report.added).toEqual([]);
  });

  it('adds a code listed twice in the source once', () => {
    const { rows, report } = syncCatalog([], [{ code: 5, name: '', message: 'a' }, { code: 5, name: '', message: 'b' }], { source: 'community', today: '2026-12-03', guides: new Set() });
    expect(rows).toHaveLength(1);
    expect(report.added).toHaveLength(1);
  });
});

describe('formatSyncReport', () => {
  it('lists every kind of change, and what a contributor does next', () => {
    const text = formatSyncReport(
      {
        read: 4,
        added: [{ code: 99999, name: 'BrandNew', message: 'New.' }, { code: 88888, name: '', message: '' }],
        delisted: [{ code: 1, kept: 'other-sources' }, { code: 2, kept: 'guide' }, { code: 3, kept: false }],
        renamed: [{ code: 4, from: '', to: 'Named' }, { code: 5, from: 'Old', to: 'New' }],
        messageChanged: [{ code: 6, from: 'was', to: 'is' }],
      },
      'the table',
    );
    expect(text).toMatchInlineSnapshot(`
      "Read 4 codes from the table.
      Added: 2
        99999 BrandNew: New.
        88888: (no message)
      No longer listed: 3
        1: kept, documented elsewhere
        2: kept, it has a written guide: review the guide
        3: removed
      Renamed: 2
        4: (no name) → Named
        5: Old → New
      Messages changed: 1
        6: "was" → "is"
      New codes need a category, audiences, signal and confidence in content/catalog.tsv: \`npm run validate\` lists them."
    `);
  });

  it('says nothing about classifying when nothing was added', () => {
    const text = formatSyncReport({ read: 0, added: [], delisted: [], renamed: [], messageChanged: [] }, 'the list');
    expect(text).toBe('Read 0 codes from the list.\nAdded: 0\nNo longer listed: 0\nRenamed: 0\nMessages changed: 0');
  });
});
