import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { formatScreenProblems, parseScreens, screenLines, screensByCode } from '../../src/lib/catalog/screens.ts';

const known = new Set([65001, 90094, 50053]);
const good = `screens:
  - id: need-admin-approval
    headline: Need admin approval
    meaning: The app asked for permissions that only an administrator can grant.
    codes: [65001, 90094]
    sources: [https://learn.microsoft.com/example]
`;

describe('parseScreens', () => {
  it('reads a valid file', () => {
    const { screens, problems } = parseScreens(good, known);
    expect(problems).toEqual([]);
    expect(screens.map((screen) => screen.id)).toEqual(['need-admin-approval']);
    expect(screenLines(screens[0])).toEqual(['Need admin approval']);
    expect(screensByCode(screens).get(90094)?.map((screen) => screen.id)).toEqual(['need-admin-approval']);
  });

  it('names the line and column of a code the catalogue does not have', () => {
    const { problems } = parseScreens(good.replace('90094]', '99999]'), known);
    expect(formatScreenProblems(problems)).toMatchInlineSnapshot(`"content/screens.yaml:5:20: screens[0].codes[1] 99999 is not in content/catalog.tsv"`);
  });

  it('refuses an unknown key, where a typo would otherwise be dropped', () => {
    const { screens, problems } = parseScreens(good.replace('    codes:', '    cdoes: [1]\n    codes:'), known);
    expect(screens).toEqual([]);
    expect(formatScreenProblems(problems)).toContain('content/screens.yaml:2:5: screens[0] Unrecognized key: "cdoes"');
  });

  it('refuses a screen with no words to read, a plain-http source and a repeated id', () => {
    const noWords = parseScreens(good.replace('    headline: Need admin approval\n', ''), known);
    expect(noWords.problems[0].message).toContain('needs a headline or a sentence');
    const http = parseScreens(good.replace('https://', 'http://'), known);
    expect(http.problems[0]).toMatchObject({ line: 6, message: expect.stringContaining('must be an https:// URL') });
    const twice = parseScreens(good + good.replace('screens:\n', ''), known);
    expect(twice.problems.map((problem) => problem.message)).toEqual(['screens[1].id "need-admin-approval" is used by an earlier screen']);
  });

  it('reports broken YAML with its position', () => {
    const { problems } = parseScreens('screens:\n  - id: [unclosed\n', known);
    expect(problems[0].line).toBeGreaterThan(1);
  });

  it('accepts the real file: every screen quotes words, cites https sources and names catalogued codes', () => {
    const codes = new Set(parseCatalog(readFileSync('content/catalog.tsv', 'utf8')).rows.map((row) => row.code));
    const { screens, problems } = parseScreens(readFileSync('content/screens.yaml', 'utf8'), codes);
    expect(formatScreenProblems(problems)).toBe('');
    expect(screens.length).toBeGreaterThanOrEqual(5);
  });
});

describe('checkScreens', () => {
  it('reports a broken screens file as KB070 with its position, and nothing when there is no file', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkScreens } = await import('../../src/lib/validation/check-content.ts');
    const root = mkdtempSync(join(tmpdir(), 'screens-'));
    expect(checkScreens(root, known)).toEqual([]);
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/screens.yaml'), good.replace('65001, ', '12345, '));
    expect(checkScreens(root, known)).toEqual([
      { file: 'content/screens.yaml', line: 5, column: 13, rule: 'KB070', message: 'screens[0].codes[0] 12345 is not in content/catalog.tsv' },
    ]);
  });
});
