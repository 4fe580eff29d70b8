import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const validCode = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
const cause = (fixes: string) => `---\ntitle: The password was mistyped\nsummary: The password typed does not match the one stored for the account.\nfixes: [${fixes}]\nsources: [https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks]\n---\n\nIt happens.\n`;
const fix = `---\ntitle: Type the password again\naudience: user\nsummary: Check Caps Lock and the keyboard layout, then type it again.\nsources: [https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks]\n---\n\n1. Type it again.\n`;

/** A catalogue with a line per [code, why it is still wanted]. */
const catalogue = (rows: Array<[string, string]>) => ['code\tname\tdocumented_in\twanted_because', ...rows.map(([code, wanted]) => `${code}\t\treference-table\t${wanted}`)].join('\n');

const sandbox = mkdtempSync(join(tmpdir(), 'atlas-content-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Writes a small content tree, with a catalogue listing its code pages, and checks it; files are `kind/name.mdx` → text. */
function checkTree(files: Record<string, string>): string[] {
  const root = mkdtempSync(join(sandbox, 'tree-'));
  const codes = Object.keys(files).flatMap((path) => /^codes\/(\d+)\.mdx$/.exec(path)?.[1] ?? []);
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/known-codes.tsv'), files['known-codes.tsv'] ?? catalogue(codes.map((code) => [code, ''])));
  for (const [path, text] of Object.entries(files).filter(([path]) => path.endsWith('.mdx'))) {
    mkdirSync(join(root, 'content', path.split('/')[0]), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return checkContent(root).problems.map(formatProblem);
}

describe('links between content files', () => {
  it('accepts a code, its cause and the cause’s fix', () => {
    expect(checkTree({ 'codes/50126.mdx': validCode, 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix })).toEqual([]);
  });

  it('reports a cause that does not exist, with the nearest slug', () => {
    const code = validCode.replace('  - wrong-password', '  - wrong-pasword');
    expect(checkTree({ 'codes/50126.mdx': code, 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix })).toMatchInlineSnapshot(`
      [
        "content/causes/wrong-password.mdx:1:1: KB007 nothing links to this cause: no code page lists it under \`causes\`
        hint: link it from where it applies, or delete it",
        "content/codes/50126.mdx:11:5: KB006 causes[0] "wrong-pasword" does not exist: there is no content/causes/wrong-pasword.mdx
        hint: did you mean "wrong-password"?",
      ]
    `);
  });

  it('reports a fix and a related code that do not exist', () => {
    const code = validCode.replace('sources:', 'related: [50127]\nsources:');
    expect(checkTree({ 'codes/50126.mdx': code, 'causes/wrong-password.mdx': cause('retype-password, reset-pasword'), 'fixes/retype-password.mdx': fix })).toMatchInlineSnapshot(`
      [
        "content/causes/wrong-password.mdx:4:26: KB006 fixes[1] "reset-pasword" does not exist: there is no content/fixes/reset-pasword.mdx
        hint: add the fix with \`npm run new -- fix reset-pasword\`",
        "content/codes/50126.mdx:12:11: KB006 related[0] "50127" does not exist: there is no content/codes/50127.mdx
        hint: add the code page with \`npm run new -- 50127\`, or remove it",
      ]
    `);
  });

  it('refuses causes and fixes nothing links to', () => {
    expect(checkTree({ 'codes/50126.mdx': validCode, 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix, 'causes/lonely.mdx': cause('retype-password'), 'fixes/unused.mdx': fix })).toMatchInlineSnapshot(`
      [
        "content/causes/lonely.mdx:1:1: KB007 nothing links to this cause: no code page lists it under \`causes\`
        hint: link it from where it applies, or delete it",
        "content/fixes/unused.mdx:1:1: KB007 nothing links to this fix: no cause lists it under \`fixes\`
        hint: link it from where it applies, or delete it",
      ]
    `);
  });

  it('reports two pages with the same summary, the same text or the same code', () => {
    const sameSummary = validCode.replace('code: 50126', 'code: 50127').replace('Check the keyboard', 'Look at the keyboard');
    const sameText = validCode.replace('code: 50126', 'code: 50128').replace('The account exists', 'The account is real');
    const sameCode = validCode.replace('The account exists', 'The account is there').replace('Check the keyboard', 'Try the keyboard');
    const tree = { 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix };
    expect(checkTree({ ...tree, 'codes/50126.mdx': validCode, 'codes/50127.mdx': sameSummary, 'codes/50128.mdx': sameText, 'codes/50129.mdx': sameCode })).toMatchInlineSnapshot(`
      [
        "content/codes/50127.mdx:5:1: KB019 the summary is the same as in content/codes/50126.mdx
        hint: say what is particular to this code",
        "content/codes/50128.mdx:1:1: KB019 the text of the page is the same as in content/codes/50126.mdx
        hint: say what is particular to this code",
        "content/codes/50129.mdx:2:1: KB004 code 50126 does not match the file name 50129.mdx
        hint: rename the file to 50126.mdx, or correct the code",
        "content/codes/50129.mdx:2:1: KB005 code 50126 already has a page: content/codes/50126.mdx
        hint: merge the two pages into one",
      ]
    `);
  });
});

describe('the catalogue of known codes', () => {
  const tree = { 'codes/50126.mdx': validCode, 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix };

  it('refuses a code page whose code it does not list, saying what to do', () => {
    expect(checkTree({ ...tree, 'known-codes.tsv': catalogue([['50053', 'its meaning is not established']]) })).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:2:1: KB027 code 50126 is not in the catalogue of known codes (content/known-codes.tsv)
        hint: check the number against Microsoft's reference; if it is right, add a line for it to content/known-codes.tsv (code, Microsoft's name, where it is documented)",
      ]
    `);
  });

  it('refuses a wanted reason on a code that has a page', () => {
    expect(checkTree({ ...tree, 'known-codes.tsv': catalogue([['50126', 'its meaning is not established']]) })).toMatchInlineSnapshot(`
      [
        "content/known-codes.tsv:2:1: KB027 code 50126 has a page, but its wanted_because column still says why it is wanted
        hint: clear the last column of this line",
      ]
    `);
  });

  it('refuses a known code with neither a page nor a reason', () => {
    expect(checkTree({ ...tree, 'known-codes.tsv': catalogue([['50126', ''], ['50053', '']]) })).toMatchInlineSnapshot(`
      [
        "content/known-codes.tsv:3:1: KB027 code 50053 has neither a page nor a reason why it is still wanted
        hint: write the page with \`npm run new -- 50053\`, or say in the wanted_because column what is not yet established",
      ]
    `);
  });

  it('reports a missing catalogue instead of crashing', () => {
    const root = mkdtempSync(join(sandbox, 'tree-'));
    expect(checkContent(root).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/known-codes.tsv:1:1: KB027 the catalogue of known codes is missing
        hint: restore content/known-codes.tsv from the repository",
      ]
    `);
  });
});
