/** Files that are not plain content files are refused by name, line and rule, the same way by the validator and the loader. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS, CATALOG_FILE } from '../../src/lib/catalog/catalog-file.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { MAX_CONTENT_BYTES, readContent } from '../../src/lib/validation/content-file.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const sandbox = mkdtempSync(join(tmpdir(), 'atlas-files-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const minimal = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
const cause = `---
title: The password was mistyped
summary: The password typed does not match the one stored for the account, often because of Caps Lock or the keyboard layout.
fixes:
  - retype-password
sources:
  - https://learn.microsoft.com/entra/identity-platform/reference-error-codes
---

The password did not match.
`;
const fix = `---
title: Type the password again
audience: user
summary: Check Caps Lock and the keyboard layout, then type the password again slowly, character by character.
sources:
  - https://learn.microsoft.com/entra/identity-platform/reference-error-codes
---

1. Type the password again.
`;

/** A content folder with one good page and every kind of file that must not pass. */
function hostileContent(): string {
  const root = mkdtempSync(join(sandbox, 'root-'));
  for (const kind of ['codes', 'causes', 'fixes']) mkdirSync(join(root, 'content', kind), { recursive: true });
  writeFileSync(join(root, 'content/codes/50126.mdx'), minimal);
  const catalogued = [50126, 99994, 99995, 99996, 99997, 99998].map((code) => `${code}\tInvalidUserNameOrPassword\tcommunity\t2026-11-22\t\t\t\t\tError validating credentials.\t`);
  writeFileSync(join(root, CATALOG_FILE), [CATALOG_COLUMNS.join('\t'), ...catalogued, ''].join('\n'));
  writeFileSync(join(root, 'content/causes/wrong-password.mdx'), cause);
  const outside = join(sandbox, 'outside.mdx');
  writeFileSync(outside, minimal.replace('code: 50126', 'code: 99996'));
  symlinkSync(outside, join(root, 'content/codes/99996.mdx'));
  mkdirSync(join(sandbox, 'a-folder'), { recursive: true });
  symlinkSync(join(sandbox, 'a-folder'), join(root, 'content/codes/99997.mdx'));
  mkdirSync(join(root, 'content/codes/99995.mdx'));
  // The fix exists only as a link: the cause that names it must not be told it is missing.
  writeFileSync(join(sandbox, 'retype-password.mdx'), fix);
  symlinkSync(join(sandbox, 'retype-password.mdx'), join(root, 'content/fixes/retype-password.mdx'));
  writeFileSync(join(root, 'content/codes/99998.mdx'), `${minimal.replace('code: 50126', 'code: 99998')}\n${'x'.repeat(MAX_CONTENT_BYTES)}\n`);
  writeFileSync(join(root, 'content/codes/99994.mdx'), `\ufeff${minimal.replace('code: 50126', 'code: 99994')}`);
  return root;
}

const root = hostileContent();
const expected = [
  `content/codes/99995.mdx:1:1: KB031 this is a folder, named like a content file`,
  `content/codes/99996.mdx:1:1: KB030 this is a symbolic link to ${join(sandbox, 'outside.mdx')}, not a file`,
];

describe('files that are not plain content files', () => {
  const problems = checkContent(root).problems.map(formatProblem);

  it('are each reported once, with the file and rule, and nothing else is', () => {
    expect(problems.map((problem) => problem.split('\n')[0].replace(sandbox, 'SANDBOX'))).toMatchInlineSnapshot(`
      [
        "content/codes/99994.mdx:1:1: KB033 the file starts with a byte-order mark (U+FEFF)",
        "content/codes/99995.mdx:1:1: KB031 this is a folder, named like a content file",
        "content/codes/99996.mdx:1:1: KB030 this is a symbolic link to SANDBOX/outside.mdx, not a file",
        "content/codes/99997.mdx:1:1: KB030 this is a symbolic link to SANDBOX/a-folder, not a file",
        "content/codes/99998.mdx:1:1: KB032 the file is 65 KB; a content file may be at most 64 KB",
        "content/fixes/retype-password.mdx:1:1: KB030 this is a symbolic link to SANDBOX/retype-password.mdx, not a file",
      ]
    `);
  });

  it('are refused by the loader with the same message as by the validator', () => {
    for (const file of ['99994', '99995', '99996', '99997', '99998'].map((code) => `content/codes/${code}.mdx`)) {
      const message = (() => {
        try {
          readContent(root, file).source;
          return 'read without complaint';
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(problems).toContain(message);
    }
  });

  it('are printed the same way by npm run validate, which fails', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    for (const line of expected) expect(result.stdout).toContain(line);
    expect(result.stdout).not.toContain('    at ');
  });
});

describe('a file of character references', () => {
  it('150 KB of &amp; is refused by its size at once, before the MDX parser spends seconds and gigabytes on it', () => {
    const folder = mkdtempSync(join(sandbox, 'entities-'));
    mkdirSync(join(folder, 'content/codes'), { recursive: true });
    writeFileSync(join(folder, 'content/codes/50126.mdx'), `${minimal}\n${'&amp;'.repeat(30_000)}\n`);
    const started = Date.now();
    const problems = checkContent(folder).problems.filter((problem) => problem.rule !== 'KB044').map(formatProblem);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(problems).toContain(
      `content/codes/50126.mdx:1:1: KB032 the file is 147 KB; a content file may be at most 64 KB
  hint: a page needs a few KB: remove what was pasted into it by mistake`,
    );
    expect(problems.filter((problem) => problem.startsWith('content/codes/'))).toHaveLength(1);
  });
});

describe('a file of the largest allowed size', () => {
  it('is read', () => {
    const folder = mkdtempSync(join(sandbox, 'size-'));
    mkdirSync(join(folder, 'content/codes'), { recursive: true });
    const text = `${minimal}\n`.padEnd(MAX_CONTENT_BYTES, 'x');
    writeFileSync(join(folder, 'content/codes/50126.mdx'), text);
    expect(readContent(folder, 'content/codes/50126.mdx').source).toBe(text);
  });
});

