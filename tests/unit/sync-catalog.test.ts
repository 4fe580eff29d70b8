import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSyncReport, parseMessageList, parseReferenceTable, syncCatalog, type Row } from '../../scripts/lib/sync-catalog.ts';
import { CATALOG_FILE, formatCatalog, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';

const fixture = (name: string) => new URL(`../fixtures/sync/${name}`, import.meta.url).pathname;
const row = (code: number, fields: Partial<Row> = {}): Row => ({ code, name: '', documentedIn: ['reference-table'], added: '2026-11-22', message: `Message ${code}.`, logMessage: '', ...fields });

describe('parseReferenceTable', () => {
  const codes = parseReferenceTable(readFileSync(fixture('reference-error-codes.md'), 'utf8'));
  it('reads each AADSTS row with its symbolic name and description, as plain text', () => {
    expect(codes).toEqual([
      { code: 16000, name: 'InteractionRequired', message: "User account '{EmailHidden}' from identity provider '{idp}' doesn't exist in tenant '{tenant}'." },
      { code: 28002, name: '', message: "Provided value for the input parameter scope '{scope}' isn't valid. Specify a valid scope." },
      { code: 50043, name: 'UnableToGeneratePairwiseIdentifierWithMultipleSalts', message: '' },
      { code: 50058, name: 'UserInfoNotProvided', message: "Session information isn't sufficient for single-sign-on. This is expected when a user isn't signed in." },
      { code: 99999, name: 'BrandNewError', message: 'A newly documented failure.' },
    ]);
  });
});

describe('parseMessageList', () => {
  it('reads code and message, with or without a header and the AADSTS prefix', () => {
    expect(parseMessageList(readFileSync(fixture('log-messages.tsv'), 'utf8'))).toEqual([
      { code: 16000, name: '', message: 'Either multiple user identities are available.' },
      { code: 50043, name: '', message: 'Two salts were found.' },
      { code: 88888, name: '', message: 'A code only the logs know.' },
    ]);
  });

  it('names the line that is not a code', () => {
    expect(() => parseMessageList('16000\tfine\nfifty\tbad\n', 'list.tsv')).toThrow('list.tsv:2: "fifty" is not a code');
  });
});

describe('syncCatalog', () => {
  const today = '2026-12-03';
  const current = [
    row(16000, { name: 'InteractionRequired', documentedIn: ['reference-table', 'lookup-2022'] }),
    row(50058, { name: 'UserInformationNotProvided' }),
    row(50100, { documentedIn: ['reference-table', 'lookup-2022'] }),
    row(50200),
    row(50300),
    row(70000, { documentedIn: ['lookup-2022'] }),
  ];
  const incoming = [
    { code: 16000, name: 'InteractionRequired', message: 'Explained differently.' },
    { code: 50058, name: 'UserInfoNotProvided', message: 'Session information is not sufficient.' },
    { code: 70000, name: '', message: 'Now in the table.' },
    { code: 99999, name: 'BrandNewError', message: 'A newly documented failure.' },
  ];
  const { rows, report } = syncCatalog(current, incoming, { source: 'reference-table', today, guides: new Set([50200]) });
  const byCode = new Map(rows.map((entry) => [entry.code, entry]));

  it('adds new codes with today’s date, renames, and marks codes newly in the table', () => {
    expect(report.added.map((entry) => entry.code)).toEqual([99999]);
    expect(byCode.get(99999)).toEqual({ code: 99999, name: 'BrandNewError', documentedIn: ['reference-table'], added: today, message: 'A newly documented failure.', logMessage: '' });
    expect(report.renamed).toEqual([{ code: 50058, from: 'UserInformationNotProvided', to: 'UserInfoNotProvided' }]);
    expect(byCode.get(70000)?.documentedIn).toEqual(['lookup-2022', 'reference-table']);
  });

  it('never takes the table’s explanations for Microsoft’s message', () => {
    expect(report.messageChanged).toEqual([]);
    expect(byCode.get(16000)?.message).toBe('Message 16000.');
  });

  it('keeps delisted codes documented elsewhere or with a guide, and drops the rest', () => {
    expect(report.delisted).toEqual([
      { code: 50100, kept: 'other-sources' },
      { code: 50200, kept: 'guide' },
      { code: 50300, kept: false },
    ]);
    expect(byCode.get(50100)?.documentedIn).toEqual(['lookup-2022']);
    expect(byCode.get(50200)).toEqual(current[3]);
    expect(byCode.has(50300)).toBe(false);
  });

  it('updates the log wording from a sign-in log list and reports the change', () => {
    const result = syncCatalog([row(16000, { documentedIn: ['log-list-2025'], logMessage: 'Old words.' })], [{ code: 16000, name: '', message: 'New words.' }], { source: 'log-list-2025', today, guides: new Set() });
    expect(result.report.messageChanged).toEqual([{ code: 16000, from: 'Old words.', to: 'New words.' }]);
    expect(result.rows[0]).toMatchObject({ message: 'Message 16000.', logMessage: 'New words.' });
  });

  it('says what changed in words a contributor can act on', () => {
    const text = formatSyncReport(report, 'the table');
    expect(text).toContain('Added: 1\n  99999 BrandNewError: A newly documented failure.');
    expect(text).toContain('50200: kept, it has a written guide: review the guide');
    expect(text).toContain('50300: removed');
    expect(text).toContain('New codes need a category');
  });
});

describe('npm run sync', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'atlas-sync-'));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
  const script = new URL('../../scripts/sync.ts', import.meta.url).pathname;

  function project(): string {
    const root = mkdtempSync(join(sandbox, 'project-'));
    mkdirSync(join(root, 'content/codes'), { recursive: true });
    writeFileSync(join(root, CATALOG_FILE), formatCatalog([row(16000, { name: 'InteractionRequired' }), row(50058, { name: 'UserInformationNotProvided' })]));
    writeFileSync(join(root, 'content/codes/50058.mdx'), '---\n---\n');
    cpSync(fixture('reference-error-codes.md'), join(root, 'table.md'));
    return root;
  }

  it('updates the catalogue from the reference table and keeps the guide’s code', () => {
    const root = project();
    const output = execFileSync(process.execPath, [script, 'table.md'], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('Read 5 codes from table.md (reference-table).');
    const codes = parseCatalog(readFileSync(join(root, CATALOG_FILE), 'utf8')).rows.map((entry) => entry.code);
    expect(codes).toEqual([16000, 28002, 50043, 50058, 99999]);
  });

  it('refuses a file with no codes and changes nothing', () => {
    const root = project();
    writeFileSync(join(root, 'empty.md'), '# Nothing here\n');
    const before = readFileSync(join(root, CATALOG_FILE), 'utf8');
    const result = spawnSync(process.execPath, [script, 'empty.md'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('empty.md holds no codes');
    expect(readFileSync(join(root, CATALOG_FILE), 'utf8')).toBe(before);
  });

  it('refuses a code that is not a safe integer in the catalogue’s range, naming the line, and writes nothing', () => {
    const root = project();
    const before = readFileSync(join(root, CATALOG_FILE), 'utf8');
    for (const code of ['123456789012345678901234', '9007199254740993', '12']) {
      writeFileSync(join(root, 'codes.tsv'), `code\tmessage\n16000\tFine.\n${code}\tA code too long or too short.\n`);
      const result = spawnSync(process.execPath, [script, 'codes.tsv'], { cwd: root, encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(`codes.tsv:3: "${code}" is not a code of 4 to 8 digits (1000 to 99999999); nothing was changed`);
      expect(readFileSync(join(root, CATALOG_FILE), 'utf8')).toBe(before);
    }
    writeFileSync(join(root, 'big.md'), '| Error | Description |\n|---|---|\n| AADSTS9007199254740993 | Twice - the largest safe integer. |\n');
    const table = spawnSync(process.execPath, [script, 'big.md'], { cwd: root, encoding: 'utf8' });
    expect(table.stderr.trim()).toBe('big.md:3: "9007199254740993" is not a code of 4 to 8 digits (1000 to 99999999); nothing was changed');
    expect(readFileSync(join(root, CATALOG_FILE), 'utf8')).toBe(before);
  });

  it('shows the escape sequences of a downloaded list instead of sending them to the terminal', () => {
    const root = project();
    writeFileSync(join(root, 'codes.tsv'), '16000\tA \u001b]52;c;ZXZpbA==\u0007 message\n');
    const result = spawnSync(process.execPath, [script, 'codes.tsv', '--dry-run'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toContain('16000: "" → "A \\x1b]52;c;ZXZpbA==\\x07 message"');
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('writes nothing on a dry run', () => {
    const root = project();
    const before = readFileSync(join(root, CATALOG_FILE), 'utf8');
    expect(execFileSync(process.execPath, [script, 'table.md', '--dry-run'], { cwd: root, encoding: 'utf8' })).toContain('Dry run: nothing was written.');
    expect(readFileSync(join(root, CATALOG_FILE), 'utf8')).toBe(before);
  });
});
