import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
// Fixtures are checked as if they were the code page for 50126.
const check = (folder: 'valid' | 'invalid', name: string) =>
  checkFile('codes', 'content/codes/50126.mdx', readFileSync(new URL(`${folder}/${name}`, fixtures))).problems.map(formatProblem);

describe('a valid code page', () => {
  it('has no problems', () => {
    expect(check('valid', 'code-minimal.mdx')).toEqual([]);
  });
});

describe('each broken file is reported with its rule, line and column', () => {
  it.each(readdirSync(new URL('invalid/', fixtures)).sort())('%s names its own rule', (name) => {
    const rule = name.slice(0, 5);
    const problems = check('invalid', name);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.includes(`: ${rule} `))).toBe(true);
  });

  const exact = (name: string) => check('invalid', `${name}.mdx`).join('\n');

  it('front matter', () => {
    expect(exact('KB001-unclosed-front-matter')).toMatchInlineSnapshot(`"content/codes/50126.mdx:1:1: KB001 the front matter is never closed: add a line of three dashes (---) after the last field"`);
    expect(exact('KB001-bad-yaml')).toMatchInlineSnapshot(`"content/codes/50126.mdx:8:1: KB001 the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"`);
  });

  it('schema', () => {
    expect(exact('KB002-missing-title')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:1:1: KB002 "title" is required
        hint: see the field list in CONTRIBUTING.md"
    `);
    expect(exact('KB002-wrong-category')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:6:1: KB002 "category" must be one of: mfa, conditional-access, password, account-state, device, application, consent, token-session, federation, tenant, service (found the text "passwords")
        hint: did you mean "password"?"
    `);
    expect(exact('KB002-short-summary')).toMatchInlineSnapshot(`"content/codes/50126.mdx:5:1: KB002 "summary" needs at least 40 characters (it has 15)"`);
    expect(exact('KB003-unknown-key')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:10:1: KB003 unknown field "cuases"
        hint: did you mean "causes"?"
    `);
    expect(exact('KB004-code-mismatch')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:2:1: KB004 code 50125 does not match the file name 50126.mdx
        hint: rename the file to 50125.mdx, or correct the code"
    `);
    expect(exact('KB008-http-source')).toMatchInlineSnapshot(`"content/codes/50126.mdx:13:5: KB008 "sources[0]" must be an https:// URL"`);
    expect(exact('KB009-bad-date')).toMatchInlineSnapshot(`"content/codes/50126.mdx:14:1: KB009 "reviewed" must be a date written as YYYY-MM-DD, not the text "22/11/2026""`);
  });

  it('file encoding', () => {
    expect(exact('KB010-empty')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:1:1: KB010 the file is empty
        hint: run \`npm run new -- 50126\` to start from a template"
    `);
    expect(exact('KB011-not-utf8')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:1:1: KB011 the file is not UTF-8 text
        hint: save it again as UTF-8 in your editor"
    `);
  });

  it('file safety', () => {
    expect(exact('KB033-byte-order-mark')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:1:1: KB033 the file starts with a byte-order mark (U+FEFF)
        hint: save it again as UTF-8 without BOM (in VS Code: "Save with Encoding", then "UTF-8")"
    `);
    expect(exact('KB034-alias-bomb')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:9:43: KB034 the front matter uses more than 8 YAML aliases (*a)
        hint: write each value out in full"
    `);
    expect(exact('KB035-js-function-tag')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:4:8: KB035 the YAML tag !!js/function is not allowed in front matter
        hint: remove the tag and write the value as plain text"
    `);
    expect(exact('KB036-html-in-collect')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:16:5: KB036 "collect[1]" contains HTML (<meta http-equiv="refresh" content="3;ur…)
        hint: write plain text, and name a placeholder in words rather than in angle brackets"
    `);
  });

  it('unsafe MDX', () => {
    expect(exact('KB012-import')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:1: KB012 \`import\` and \`export\` are not allowed in content
        hint: remove the line; the site provides the components you may use"
    `);
    expect(exact('KB013-expression')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:7: KB013 curly braces start a JavaScript expression, which content may not contain
        hint: to show braces as text, put them in backticks: \`{tenant}\`"
    `);
    expect(exact('KB014-script')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:1: KB014 <script> is not allowed in content
        hint: write Markdown instead; the only components allowed are <Note>, <Warning>, <Steps>, <Path>, <CodeLink>, <Kbd>"
    `);
    expect(exact('KB014-iframe')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:1: KB014 <iframe> is not allowed in content
        hint: write Markdown instead; the only components allowed are <Note>, <Warning>, <Steps>, <Path>, <CodeLink>, <Kbd>"
    `);
    expect(exact('KB015-event-attribute')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:1: KB015 the event attribute "onMouseOver" would run code
        hint: remove the attribute"
    `);
    expect(exact('KB016-javascript-url')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:7: KB016 the link target "javascript:alert(1)" could run code
        hint: link to an https:// page instead"
    `);
    expect(exact('KB016-data-url')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:7: KB016 the link target "data:image/svg+xml;base64,PHN2Zz4=" could run code
        hint: link to an https:// page instead"
    `);
    expect(exact('KB020-unclosed-brace')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:11: KB020 the MDX body does not parse: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
        hint: a stray \`<\` or \`{\` is the usual culprit: put it in backticks"
    `);
  });

  it('placeholders', () => {
    expect(exact('KB017-placeholder')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:4:9: KB017 a TODO placeholder is still here
        hint: replace it with real content"
    `);
  });
});

describe('file names', () => {
  const bytes = readFileSync(new URL('valid/code-minimal.mdx', fixtures));
  it.each([
    ['codes', 'content/codes/_50126.mdx', 'file names starting with "_" are skipped'],
    ['codes', 'content/codes/50126.md', 'only .mdx files are read'],
    ['codes', 'content/codes/AADSTS50126.mdx', 'a code page is named after its code'],
    ['causes', 'content/causes/Wrong_Password.mdx', 'name the file as a slug'],
  ] as const)('%s %s', (kind, file, message) => {
    const problems = checkFile(kind, file, bytes).problems.filter((problem) => problem.rule === 'KB018');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(message);
  });
});
