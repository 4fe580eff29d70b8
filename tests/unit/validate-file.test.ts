import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
// The catalogue the fixtures are checked against.
const knownCodes = new Set([50125, 50126, 50053, 50055, 7000222]);
// Fixtures are checked as if they were the code page for 50126.
const check = (folder: 'valid' | 'invalid', name: string) =>
  checkFile('codes', 'content/codes/50126.mdx', readFileSync(new URL(`${folder}/${name}`, fixtures)), { knownCodes }).problems.map(formatProblem);

describe('a valid code page', () => {
  it.each(readdirSync(new URL('valid/', fixtures)).sort())('%s has no problems', (name) => {
    expect(check('valid', name)).toEqual([]);
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
    expect(exact('KB047-message-field')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:5:1: KB047 a page does not carry Microsoft’s message: every page shows it from content/catalog.tsv
        hint: delete the "message" line; to correct the message itself, edit the code’s line in content/catalog.tsv"
    `);
    expect(exact('KB048-title-placeholder')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:4:1: KB048 "title" contains a brace
        hint: say in words what a placeholder stands for ("a version", "the tenant ID"), and write a shorter title rather than cut one off"
    `);
    expect(exact('KB048-title-cut')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:4:1: KB048 "title" ends in an ellipsis, as if cut off
        hint: say in words what a placeholder stands for ("a version", "the tenant ID"), and write a shorter title rather than cut one off"
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

  it('dates that are not on the calendar', () => {
    expect(exact('KB009-month-13')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:14:1: KB009 "reviewed" 2026-13-01 is not a real calendar date
        hint: the month is 13; months run from 01 to 12"
    `);
    expect(exact('KB009-february-30')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:14:1: KB009 "reviewed" 2026-02-30 is not a real calendar date
        hint: February 2026 has 28 days, not 30"
    `);
  });

  it('components', () => {
    expect(exact('KB023-unknown-prop')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:19:1: KB023 <Note> has no prop "kind"
        hint: <Note> takes no props"
    `);
    expect(exact('KB023-missing-to')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:19:4: KB023 <Path> needs a "to" prop
        hint: write it as <Path to="Entra ID > Users > All users" />"
    `);
    expect(exact('KB023-steps-without-list')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:19:1: KB023 <Steps> must hold one numbered list (lines starting "1.", "2.", …) and nothing else
        hint: put a numbered list between <Steps> and </Steps>, each tag on a line of its own"
    `);
    expect(exact('KB023-kbd-with-markup')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:53: KB023 <Kbd> holds plain text only (the name of one key)
        hint: write it as <Kbd>Ctrl</Kbd>, one key each"
    `);
    expect(exact('KB024-unknown-path')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:19:4: KB024 the admin-center path "Entra ID > Users > Al users" is not in the list of known paths
        hint: did you mean "Entra ID > Users > All users"?"
    `);
    expect(exact('KB024-hand-written-path')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:19:46: KB024 the admin-center path "Identity > Users > All users" is written by hand
        hint: write <Path to="Entra ID > Users > All users" />"
    `);
    expect(exact('KB025-former-path')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:19:4: KB025 (warning) "Users > All users" is an earlier wording: the admin center now says "Entra ID > Users > All users"
        hint: write <Path to="Entra ID > Users > All users" />"
    `);
    expect(exact('KB044-unknown-code-link')).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:17:116: KB044 <CodeLink> points at 50054, which is not in content/catalog.tsv
        hint: check the number against Microsoft's reference, or add the code to the catalogue"
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
