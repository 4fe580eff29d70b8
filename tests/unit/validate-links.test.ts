import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';
import { CATALOG_FILE, formatCatalog } from '../../src/lib/catalog/catalog-file.ts';

const validCode = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
const cause = (fixes: string) => `---\ntitle: The password was mistyped\nsummary: The password typed does not match the one stored for the account.\nfixes: [${fixes}]\nsources: [https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks]\n---\n\nIt happens.\n`;
const fix = `---\ntitle: Type the password again\naudience: user\nsummary: Check Caps Lock and the keyboard layout, then type it again.\nsources: [https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks]\n---\n\n1. Type it again.\n`;

const sandbox = mkdtempSync(join(tmpdir(), 'atlas-content-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Writes a small content tree and checks it; files are `kind/name.mdx` → text. */
function checkTree(files: Record<string, string>): string[] {
  const root = mkdtempSync(join(sandbox, 'tree-'));
  const catalog = [
    { code: 50126, name: '', documentedIn: ['reference-table' as const], added: '2026-11-22', message: 'Message of 50126.', logMessage: '' },
    { code: 50053, name: '', documentedIn: ['reference-table' as const], added: '2026-11-22', classification: { category: 'account-state' as const, audiences: ['user' as const], signal: 'security-relevant' as const, confidence: 'sure' as const }, message: 'Message of 50053.', logMessage: '' },
  ];
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, CATALOG_FILE), formatCatalog(catalog));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
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
        "content/codes/50126.mdx:12:11: KB006 related[0] code 50127 is not in content/catalog.tsv
        hint: check the number, or add the code to content/catalog.tsv",
      ]
    `);
  });

  it('holds a code on the full-depth list to full depth, saying what it lacks', () => {
    const tree = { 'codes/50126.mdx': validCode, 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix, 'full-depth.txt': '# committed\n50126\n' };
    expect(checkTree(tree)).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:1:1: KB046 code 50126 is on the full-depth list but lacks at least two situations told apart (\`causes\`, or look-alikes in \`otherCodes\`); more than one audience; a related code; something to \`collect\`; a \`signal.detection\` note for analysts
        hint: add what is missing where Microsoft documents it; if Microsoft documents too little, take the code off content/full-depth.txt and say why there",
      ]
    `);
  });

  it('refuses an audience no fix of the page serves, and accepts it once a cause brings one', () => {
    const code = validCode.replace('audiences: [user]', 'audiences: [user, helpdesk, admin]');
    const helpdeskFix = fix.replace('audience: user', 'audience: helpdesk');
    expect(checkTree({ 'codes/50126.mdx': code, 'causes/wrong-password.mdx': cause('retype-password'), 'fixes/retype-password.mdx': fix })).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:7:19: KB060 audiences[1] offers "helpdesk", but none of this page's causes has a fix for the helpdesk
        hint: remove "helpdesk" from \`audiences\`, or link a cause whose fixes include one with \`audience: helpdesk\`",
        "content/codes/50126.mdx:7:29: KB060 audiences[2] offers "admin", but none of this page's causes has a fix for the admin
        hint: remove "admin" from \`audiences\`, or link a cause whose fixes include one with \`audience: admin\`",
      ]
    `);
    expect(checkTree({ 'codes/50126.mdx': code.replace('[user, helpdesk, admin]', '[user, helpdesk]'), 'causes/wrong-password.mdx': cause('retype-password, check-account'), 'fixes/retype-password.mdx': fix, 'fixes/check-account.mdx': helpdeskFix.replace('Type the password again', 'Check the account') })).toEqual([]);
  });

  it('refuses a page that shows steps for an audience its "Who can act" leaves out', () => {
    const helpdeskFix = fix.replace('audience: user', 'audience: helpdesk').replace('Type the password again', 'Check the account');
    const tree = { 'codes/50126.mdx': validCode, 'causes/wrong-password.mdx': cause('retype-password, check-account'), 'fixes/retype-password.mdx': fix, 'fixes/check-account.mdx': helpdeskFix };
    expect(checkTree(tree)).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:7:1: KB061 the page shows steps for the helpdesk, but \`audiences\` does not name "helpdesk"
        hint: add "helpdesk" to \`audiences\`, or unlink the fix for the helpdesk from this page's causes",
      ]
    `);
    expect(checkTree({ ...tree, 'codes/50126.mdx': validCode.replace('audiences: [user]', 'audiences: [user, helpdesk]') })).toEqual([]);
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
        "content/codes/50127.mdx:2:1: KB044 code 50127 is not in content/catalog.tsv
        hint: add a line for it (code, Microsoft's name, where it is documented, today's date, Microsoft's message), or run \`npm run sync\` with Microsoft's newer list",
        "content/codes/50127.mdx:5:1: KB019 the summary is the same as in content/codes/50126.mdx
        hint: say what is particular to this code",
        "content/codes/50128.mdx:1:1: KB019 the text of the page is the same as in content/codes/50126.mdx
        hint: say what is particular to this code",
        "content/codes/50128.mdx:2:1: KB044 code 50128 is not in content/catalog.tsv
        hint: add a line for it (code, Microsoft's name, where it is documented, today's date, Microsoft's message), or run \`npm run sync\` with Microsoft's newer list",
        "content/codes/50129.mdx:2:1: KB004 code 50126 does not match the file name 50129.mdx
        hint: rename the file to 50126.mdx, or correct the code",
        "content/codes/50129.mdx:2:1: KB005 code 50126 already has a page: content/codes/50126.mdx
        hint: merge the two pages into one",
        "content/codes/50129.mdx:2:1: KB044 code 50129 is not in content/catalog.tsv
        hint: add a line for it (code, Microsoft's name, where it is documented, today's date, Microsoft's message), or run \`npm run sync\` with Microsoft's newer list",
      ]
    `);
  });
});
