/** The checks across files: catalogue against guides, look-alike codes, how-to-tell-which sections, ordering. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCatalog, type CatalogRow } from '../../src/lib/catalog/catalog-file.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const validCode = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
const cause = (slug: string) => `---\ntitle: Cause ${slug} happened\nsummary: A summary of the cause called ${slug}, long enough to be one.\nfixes: [retype-password]\nsources: [https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks]\n---\n\nIt happens: ${slug}.\n`;
const fix = `---\ntitle: Type the password again\naudience: user\nsummary: Check Caps Lock and the keyboard layout, then type it again.\nsources: [https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks]\n---\n\n1. Type it again.\n`;
const base = { 'causes/wrong-password.mdx': cause('wrong-password'), 'fixes/retype-password.mdx': fix };

type Row = Omit<CatalogRow, 'line'>;
const plain = (code: number, fields: Partial<Row> = {}): Row => ({ code, name: '', documentedIn: ['reference-table'], added: '2026-11-22', message: `Message of ${code}.`, logMessage: '', ...fields });
const classified = (code: number, fields: Partial<Row> = {}): Row => plain(code, { classification: { category: 'service', audiences: ['user'], signal: 'transient', confidence: 'sure' }, ...fields });

const sandbox = mkdtempSync(join(tmpdir(), 'atlas-catalog-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function check(files: Record<string, string>, catalog: Row[] | null = [plain(50126)]): string[] {
  const root = mkdtempSync(join(sandbox, 'tree-'));
  mkdirSync(join(root, 'content', 'codes'), { recursive: true });
  if (catalog) writeFileSync(join(root, 'content', 'catalog.tsv'), formatCatalog(catalog));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return checkContent(root).problems.map(formatProblem);
}

describe('the catalogue against the guides', () => {
  it('accepts a guide whose code is catalogued without classification, and a classified code without a guide', () => {
    expect(check({ ...base, 'codes/50126.mdx': validCode }, [plain(50126), classified(90033)])).toEqual([]);
  });

  it('says when the catalogue is missing', () => {
    expect(check({ ...base, 'codes/50126.mdx': validCode }, null)).toContain('content/catalog.tsv:1:1: KB040 the catalogue of codes is missing\n  hint: restore content/catalog.tsv from the repository');
  });

  it('reports a code with neither message nor guide, a guide classified twice, and a code without guide or classification', () => {
    expect(check({ ...base, 'codes/50126.mdx': validCode }, [classified(50126), plain(90033), classified(90034, { message: '', logMessage: '' }), classified(90035, { message: '', logMessage: 'Log only.' })])).toMatchInlineSnapshot(`
      [
        "content/catalog.tsv:2:1: KB045 (warning) code 50126 has a written guide, whose front matter classifies it
        hint: clear the category, audiences, signal and confidence fields of this line",
        "content/catalog.tsv:3:1: KB045 (warning) code 90033 has no guide and no category, audiences, signal or confidence
        hint: classify it from Microsoft’s message, with confidence guess where the message leaves it open",
        "content/catalog.tsv:4:1: KB043 code 90034 has neither Microsoft's message nor a written guide
        hint: add the message as Microsoft shows it, or write the guide with \`npm run new -- 90034\`",
      ]
    `);
  });
});

describe('citing Microsoft’s lookup', () => {
  const citing = (code: number) => validCode.replace('sources:\n', `sources:\n  - https://login.microsoftonline.com/error?code=${code}\n`);
  const catalog = [
    plain(50126, { documentedIn: ['reference-table', 'lookup-2022'] }),
    classified(90033, { documentedIn: ['lookup-2022'], message: '', logMessage: '' }),
    classified(90034, { documentedIn: ['lookup-2022'], message: '', logMessage: 'Log only.' }),
    classified(54010, { documentedIn: ['log-list-2025'], message: '', logMessage: 'Proofup blocked.' }),
  ];
  const lookupProblems = (code: number) => check({ ...base, 'codes/50126.mdx': citing(code) }, catalog).filter((problem) => problem.includes('KB051'));

  it('refuses the lookup as a source for a code Microsoft publishes no message for, at the line that cites it', () => {
    expect(lookupProblems(90033)).toEqual([
      "content/codes/50126.mdx:13:5: KB051 sources[0] cites Microsoft's lookup for 90033, but Microsoft publishes no message for 90033 (content/catalog.tsv)\n  hint: cite the page that documents the code instead (the reference table for a code listed there), or remove the line",
    ]);
  });

  it('refuses it for a code the catalogue did not find in the lookup, whatever its message', () => {
    expect(lookupProblems(54010)).toEqual([
      "content/codes/50126.mdx:13:5: KB051 sources[0] cites Microsoft's lookup for 54010, but the catalogue does not find 54010 in Microsoft's lookup (content/catalog.tsv)\n  hint: cite the page that documents the code instead (the reference table for a code listed there), or remove the line",
    ]);
  });

  it('accepts it for a code with a message or only a sign-in log message', () => {
    expect(lookupProblems(50126)).toEqual([]);
    expect(lookupProblems(90034)).toEqual([]);
  });
});

describe('look-alike codes', () => {
  const withOthers = (others: string) => validCode.replace('related:', 'x:').replace('reviewed:', `otherCodes:\n${others}\nreviewed:`);

  it('refuses the page’s own code and a code the catalogue lacks, and accepts a catalogued one', () => {
    const page = withOthers('  - { code: 50126, when: "the password is right" }\n  - { code: 99999, when: "something else happens" }\n  - { code: 90033, when: "a third thing happens" }');
    expect(check({ ...base, 'codes/50126.mdx': page }, [plain(50126), classified(90033)])).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:15:7: KB006 otherCodes[0] names this page's own code
        hint: name the code Microsoft reports instead",
        "content/codes/50126.mdx:16:7: KB044 otherCodes[1] code 99999 is not in content/catalog.tsv
        hint: check the number against Microsoft’s reference, or add the code to the catalogue",
      ]
    `);
  });
});

describe('telling causes apart', () => {
  const threeCauses = (diagnosis: string) =>
    validCode.replace('  - wrong-password', '  - wrong-password\n  - second-cause\n  - third-cause').replace('reviewed:', `${diagnosis}reviewed:`);
  const tree = { ...base, 'causes/second-cause.mdx': cause('second-cause'), 'causes/third-cause.mdx': cause('third-cause') };

  it('asks for a diagnosis on a code with three causes', () => {
    expect(check({ ...tree, 'codes/50126.mdx': threeCauses('') })).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:10:1: KB022 this code has 3 causes but no \`diagnosis\` saying how to tell them apart
        hint: add \`diagnosis:\` with, for each cause, what the user sees or which sign-in log field shows it",
      ]
    `);
  });

  it('refuses a diagnosis naming a cause the page does not list, suggesting the nearest', () => {
    const diagnosis = 'diagnosis:\n  - { cause: wrong-password, sign: "Result detail says so" }\n  - { cause: second-cuase, sign: "Authentication Details say so" }\n  - { cause: elsewhere-entirely, sign: "Additional details say so" }\n';
    expect(check({ ...tree, 'codes/50126.mdx': threeCauses(diagnosis) })).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:18:7: KB022 diagnosis[1] names "second-cuase", which is not one of this page's causes
        hint: did you mean "second-cause"?",
        "content/codes/50126.mdx:19:7: KB022 diagnosis[2] names "elsewhere-entirely", which is not one of this page's causes
        hint: name one of the slugs listed under \`causes\`",
      ]
    `);
  });

  it('accepts a diagnosis of the page’s own causes, and two causes without one', () => {
    const diagnosis = 'diagnosis:\n  - { cause: wrong-password, sign: "Result detail says so" }\n';
    expect(check({ ...tree, 'codes/50126.mdx': threeCauses(diagnosis) })).toEqual([]);
    const two = validCode.replace('  - wrong-password', '  - wrong-password\n  - second-cause');
    expect(check({ ...base, 'causes/second-cause.mdx': cause('second-cause'), 'codes/50126.mdx': two })).toEqual([]);
  });
});

describe('the report', () => {
  it('orders problems by file, then line, then column, and reports stray files and folders named like content', () => {
    const root = { ...base, 'codes/50126.mdx': validCode.replace('category: password', 'category: pasword').replace('title: The', 'titel: The') };
    const problems = check({ ...root, 'codes/notes.txt': 'not content', 'codes/folder.mdx/inner.mdx': validCode, 'codes/70000.mdx': validCode.replace('50126', '70000') }, [plain(50126), plain(70000)]);
    const positions = problems.map((problem) => problem.split(' ')[0]);
    expect(positions).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:4:1:",
        "content/codes/50126.mdx:6:1:",
        "content/codes/70000.mdx:1:1:",
        "content/codes/70000.mdx:5:1:",
        "content/codes/folder.mdx:1:1:",
        "content/codes/notes.txt:1:1:",
        "content/codes/notes.txt:1:1:",
      ]
    `);
  });

  it('treats the same summary or text, written with other spacing or case, as the same', () => {
    const copy = validCode.replace('code: 50126', 'code: 70000').replace('The account exists, but', 'THE account   exists,\n  but').replace('Check the keyboard layout', 'check  the KEYBOARD layout');
    expect(check({ ...base, 'codes/50126.mdx': validCode, 'codes/70000.mdx': copy }, [plain(50126), plain(70000)]).map((problem) => problem.split('\n')[0])).toEqual([
      'content/codes/70000.mdx:1:1: KB019 the text of the page is the same as in content/codes/50126.mdx',
      'content/codes/70000.mdx:5:1: KB019 the summary is the same as in content/codes/50126.mdx',
    ]);
  });
});

describe('the reference description of a code without a message', () => {
  const describing = validCode.replace('title:', 'referenceText: The app returned an error.\ntitle:');
  const problems = (row: Row) => check({ ...base, 'codes/50126.mdx': describing }, [row]).filter((problem) => problem.includes('KB052'));

  it('is accepted for a code the reference table lists without a message', () => {
    expect(problems(plain(50126, { message: '' }))).toEqual([]);
  });

  it('is refused, at its line, where Microsoft publishes a message or the reference table does not list the code', () => {
    expect(problems(plain(50126))).toEqual([
      'content/codes/50126.mdx:4:1: KB052 referenceText is given for 50126, but Microsoft publishes a message for it, which the page quotes instead (content/catalog.tsv)\n  hint: remove referenceText: it is only for a code that the reference table describes and that has no message',
    ]);
    expect(problems(plain(50126, { message: '', logMessage: 'Log only.' }))[0]).toContain('Microsoft publishes a message for it');
    expect(problems(plain(50126, { message: '', documentedIn: ['lookup-2022'] }))[0]).toContain("Microsoft's error code reference does not list it");
  });
});
