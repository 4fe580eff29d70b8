import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffold, withoutClassification } from '../../scripts/lib/scaffold.ts';
import { CATALOG_FILE, formatCatalog, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';

import type { CatalogRow } from '../../src/lib/catalog/catalog-file.ts';

const known: CatalogRow[] = [
  { code: 50058, name: 'UserInformationNotProvided', documentedIn: ['reference-table'], added: '2026-11-22', message: 'Session information is not sufficient for single-sign-on.', logMessage: '', line: 2 },
  { code: 90033, name: '', documentedIn: ['lookup-2022'], added: '2026-11-22', classification: { category: 'service', audiences: ['user', 'admin'], signal: 'transient', confidence: 'sure' }, message: 'A transient error has occurred. Please try again.', logMessage: '', line: 3 },
];
const today = '2026-11-22';

describe('scaffold', () => {
  it.each([['50058'], ['AADSTS50058'], ['aadsts50058']])('makes a code page from %s with the symbolic name filled in', (arg) => {
    const result = scaffold([arg], known, today);
    expect(result.ok && result.path).toBe('content/codes/50058.mdx');
    expect(result.ok && result.text).toContain('name: UserInformationNotProvided');
    expect(result.ok && result.text).toContain('reviewed: 2026-11-22');
  });

  it('makes pages that fail validation only because of their placeholders', () => {
    for (const args of [['50058'], ['cause', 'new-cause'], ['fix', 'new-fix']]) {
      const result = scaffold(args, known, today);
      if (!result.ok) throw new Error(result.error);
      const problems = checkFile(result.kind, result.path, new TextEncoder().encode(result.text)).problems;
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((problem) => problem.rule !== 'KB017')).toEqual([]);
    }
  });

  it('asks for a line in the catalogue when the code is new', () => {
    const result = scaffold(['99999'], known, today);
    expect(result.ok && result.notes.join()).toContain('99999 is not in content/catalog.tsv');
  });

  it('fills in the catalogue’s classification, and says to clear the catalogue’s copy', () => {
    const result = scaffold(['90033'], known, today);
    if (!result.ok) throw new Error(result.error);
    expect(result.text).not.toContain('A transient error has occurred');
    expect(result.text).toContain('category: service\n');
    expect(result.text).toContain('audiences: [user, admin]');
    expect(result.text).toContain('kind: transient');
    expect(result.text).not.toContain('reference-error-codes');
    expect(result.catalogLine).toBe(3);
  });

  it('lays out a symptoms field and a commented diagnosis, with no trailing whitespace', () => {
    const result = scaffold(['90033'], known, today);
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toMatch(/^symptoms:\n {2}- "TODO: /m);
    expect(result.text).toContain('# diagnosis:');
    expect(result.text.split('\n').filter((line) => /[ \t]$/.test(line))).toEqual([]);
  });

  it.each([[['5OO58']], [['AADSTS']], [['50058', 'extra']], [['cause', 'Not A Slug']], [['fix']], [[]]])('explains why %j is not something it can make', (args) => {
    const result = scaffold(args, known, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/not a code|not a slug|usage/);
  });
});

describe('withoutClassification', () => {
  it('empties the four classification fields of one line and leaves every other byte alone', () => {
    const text = formatCatalog(known);
    const line = text.split('\n').findIndex((each) => each.startsWith('90033\t')) + 1;
    const cleared = withoutClassification(text, line);
    expect(cleared.split('\n')[line - 1]).toBe('90033\t\tlookup-2022\t2026-11-22\t\t\t\t\tA transient error has occurred. Please try again.\t');
    expect(cleared.split('\n').filter((_, index) => index !== line - 1)).toEqual(text.split('\n').filter((_, index) => index !== line - 1));
    expect(parseCatalog(cleared).problems).toEqual([]);
  });
});

describe('npm run new', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
  const script = new URL('../../scripts/new.ts', import.meta.url).pathname;

  it('writes the page, clears the catalogue’s classification of the code itself, and points at the address npm run dev prints', () => {
    mkdirSync(join(sandbox, 'content/codes'), { recursive: true });
    const catalog = formatCatalog(known);
    writeFileSync(join(sandbox, CATALOG_FILE), catalog);
    const result = spawnSync(process.execPath, [script, '90033'], { cwd: sandbox, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(join(sandbox, 'content/codes/90033.mdx'), 'utf8')).toContain('category: service\n');
    const rows = parseCatalog(readFileSync(join(sandbox, CATALOG_FILE), 'utf8')).rows;
    expect(rows.find((row) => row.code === 90033)?.classification).toBeUndefined();
    expect(rows.find((row) => row.code === 50058)).toEqual(parseCatalog(catalog).rows.find((row) => row.code === 50058));
    expect(result.stdout).toContain('Cleared the category, audiences, signal and confidence of 90033 on line 3 of content/catalog.tsv');
    expect(result.stdout).toContain('open /codes/90033/ at the address it prints');
    expect(result.stdout).not.toContain('4321');
    expect(result.stdout).toContain('.github/PULL_REQUEST_TEMPLATE.md');
  });
});
