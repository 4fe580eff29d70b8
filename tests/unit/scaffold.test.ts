import { describe, expect, it } from 'vitest';
import { scaffold } from '../../scripts/lib/scaffold.ts';
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
    expect(result.notes.join()).toContain('line 3 of content/catalog.tsv');
  });

  it.each([[['5OO58']], [['AADSTS']], [['50058', 'extra']], [['cause', 'Not A Slug']], [['fix']], [[]]])('explains why %j is not something it can make', (args) => {
    const result = scaffold(args, known, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/not a code|not a slug|usage/);
  });
});
