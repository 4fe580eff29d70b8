/** What checking one content file reports, beyond the fixtures: names, empty files, HTML in fields, placeholders, code links. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile, fileNameProblem, unreadableFile } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const valid = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const check = (text: string, file = 'content/codes/50126.mdx', knownCodes?: ReadonlySet<number>) =>
  checkFile('codes', file, bytes(text), knownCodes ? { knownCodes } : {}).problems.map((problem) => formatProblem(problem).split('\n')[0]);

describe('fileNameProblem', () => {
  it.each([
    ['codes', '50126.mdx', undefined],
    ['codes', '050126.mdx', 'a code page is named after its code, digits only (e.g. 50126.mdx)'],
    ['codes', '50126a.mdx', 'a code page is named after its code, digits only (e.g. 50126.mdx)'],
    ['codes', 'a50126.mdx', 'a code page is named after its code, digits only (e.g. 50126.mdx)'],
    ['causes', 'wrong-password.mdx', undefined],
    ['causes', 'device-2fa.mdx', undefined],
    ['fixes', 'Reset-Password.mdx', 'name the file as a slug: lower-case words joined by hyphens (e.g. device-clock-drift.mdx)'],
    ['fixes', 'reset password.mdx', 'name the file as a slug: lower-case words joined by hyphens (e.g. device-clock-drift.mdx)'],
    ['causes', '_draft.mdx', 'file names starting with "_" are skipped by the site: rename the file'],
    ['causes', 'notes.md', 'only .mdx files are read: rename the file to end in .mdx'],
  ] as const)('%s/%s → %s', (kind, name, problem) => {
    expect(fileNameProblem(kind, name)).toBe(problem);
  });
});

describe('checkFile', () => {
  it('accepts the minimal valid page, and names it after its file', () => {
    const checked = checkFile('codes', 'content/codes/50126.mdx', bytes(valid));
    expect(checked.problems).toEqual([]);
    expect(checked).toMatchObject({ kind: 'codes', id: '50126', file: 'content/codes/50126.mdx' });
    expect(checked.raw?.code).toBe(50126);
  });

  it('reports a badly named file along with what else is wrong', () => {
    expect(check(valid.replace('code: 50126', 'code: 5012x'), 'content/codes/5012x.mdx')[0]).toBe('content/codes/5012x.mdx:1:1: KB018 a code page is named after its code, digits only (e.g. 50126.mdx)');
  });

  it('says an empty file is empty, offering the template for a code page', () => {
    expect(checkFile('codes', 'content/codes/50126.mdx', bytes(' \n\n')).problems.map(formatProblem)).toEqual(['content/codes/50126.mdx:1:1: KB010 the file is empty\n  hint: run `npm run new -- 50126` to start from a template']);
    expect(checkFile('causes', 'content/causes/x.mdx', bytes('')).problems.map(formatProblem)).toEqual(['content/causes/x.mdx:1:1: KB010 the file is empty\n  hint: delete it, or fill it in']);
  });

  it('refuses a code that does not match the file name, at the code', () => {
    expect(check(valid, 'content/codes/50125.mdx')).toEqual(['content/codes/50125.mdx:2:1: KB004 code 50126 does not match the file name 50125.mdx']);
  });

  it('refuses HTML in any text field, nested ones included, quoting it', () => {
    const withTags = valid.replace('title: The username or password is wrong', 'title: The <b>username</b> is wrong').replace('  kind: user-error', '  kind: user-error\n  detection: "Look for <script>alert(1)</script> here"');
    expect(check(withTags)).toEqual(['content/codes/50126.mdx:4:1: KB036 "title" contains HTML (<b…)', 'content/codes/50126.mdx:10:3: KB036 "signal.detection" contains HTML (<script…)']);
  });

  it('does not take a comparison or an arrow for a tag, nor trip over an empty field or a date', () => {
    const plain = valid.replace('title: The username or password is wrong', 'title: "Fewer than 3 < 5 tries -> locked"').replace('name: InvalidUserNameOrPassword', 'name:');
    expect(check(plain).filter((line) => line.includes('KB036'))).toEqual([]);
  });

  it('reports each TODO once, where it is, rather than also as a wrong field', () => {
    expect(check(valid.replace('category: password', 'category: TODO'))).toEqual(['content/codes/50126.mdx:6:11: KB017 a TODO placeholder is still here']);
  });

  it('checks code links against the catalogue only when it is given', () => {
    const linked = `${valid}\nSee <CodeLink code={50053} /> and <CodeLink code={99999} />.\n`;
    expect(check(linked)).toEqual([]);
    expect(check(linked, undefined, new Set([50053]))).toEqual([`content/codes/50126.mdx:${valid.split('\n').length + 1}:35: KB044 <CodeLink> points at 99999, which is not in content/catalog.tsv`]);
    expect(checkFile('codes', 'content/codes/50126.mdx', bytes(linked)).codeLinks.map((link) => link.code)).toEqual([50053, 99999]);
  });

  it('reports an MDX body that does not parse once, after front matter problems', () => {
    const text = `${valid.replace('title: The username or password is wrong\n', '')}\nA stray {\n`;
    expect(check(text)).toEqual([
      'content/codes/50126.mdx:1:1: KB002 "title" is required',
      `content/codes/50126.mdx:${text.split('\n').indexOf('A stray {') + 1}:9: KB020 the MDX body does not parse: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``,
    ]);
  });

  it('suggests the field a typo in a nested object meant', () => {
    const typo = checkFile('codes', 'content/codes/50126.mdx', bytes(valid.replace('  kind: user-error', '  kind: user-error\n  detecton: "x"'))).problems.map(formatProblem);
    expect(typo.join('\n')).toContain('did you mean "detection"?');
  });
});

describe('unreadableFile', () => {
  it('records the one problem, named after the file', () => {
    const problem = { file: 'content/causes/x.mdx', line: 1, column: 1, rule: 'KB031' as const, message: 'this is a folder, named like a content file' };
    expect(unreadableFile('causes', 'content/causes/x.mdx', problem)).toMatchObject({ kind: 'causes', id: 'x', file: 'content/causes/x.mdx', problems: [problem], codeLinks: [] });
  });
});
