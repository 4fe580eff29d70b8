/** What our commands print cannot be steered by the text they quote: no escape sequence, no new line, no workflow command. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS, CATALOG_FILE } from '../../src/lib/catalog/catalog-file.ts';
import { formatAnnotation, formatProblem } from '../../src/lib/validation/format.ts';
import { visible } from '../../src/lib/validation/terminal-text.ts';

const sandbox = mkdtempSync(join(tmpdir(), 'atlas-output-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const minimal = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
/** OSC 52: sets the clipboard of the terminal that prints it. */
const OSC52 = '\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007';
/** Any control character a terminal acts on. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('a problem as printed', () => {
  const hostile = { file: 'content/causes/a\n::add-mask::secret\n.mdx', line: 1, column: 1, rule: 'KB018' as const, message: `causes[0] "${OSC52}\u001b[2J" does not exist`, hint: 'check\r::notice::it' };

  it('is one line and a hint line, its control characters written out', () => {
    expect(formatProblem(hostile)).toMatchInlineSnapshot(`
      "content/causes/a\\n::add-mask::secret\\n.mdx:1:1: KB018 causes[0] "\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\x07\\x1b[2J" does not exist
        hint: check\\r::notice::it"
    `);
  });

  it('as a GitHub annotation, keeps a comma or colon in a file name from adding or changing a property', () => {
    const annotation = formatAnnotation({ ...hostile, file: 'content/causes/x,title=Pwned:y.mdx' });
    expect(annotation).toMatchInlineSnapshot(`"::error file=content/causes/x%2Ctitle=Pwned%3Ay.mdx,line=1,col=1,title=KB018::causes[0] "\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\x07\\x1b[2J" does not exist (hint: check\\r::notice::it)"`);
  });

  it('shows bidirectional overrides and line separators instead of letting them reorder the line', () => {
    expect(visible('abc\u202edcba\u2028x\u009b31m')).toBe('abc\\u202edcba\\u2028x\\x9b31m');
  });
});

describe('npm run validate on files named to steer the output', () => {
  const root = mkdtempSync(join(sandbox, 'root-'));
  for (const kind of ['codes', 'causes', 'fixes']) mkdirSync(join(root, 'content', kind), { recursive: true });
  writeFileSync(join(root, CATALOG_FILE), [CATALOG_COLUMNS.join('\t'), '50126\tInvalidUserNameOrPassword\tcommunity\t2026-11-22\t\t\t\t\tError validating credentials.\t', ''].join('\n'));
  // The page names a cause in YAML's escaped form, which holds the escape character itself.
  writeFileSync(join(root, 'content/codes/50126.mdx'), minimal.replace('  - wrong-password', '  - "\\e]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\a"'));
  const names = ['a\n::add-mask::secret\n.mdx', 'x,title=Pwned.mdx', `${OSC52}.mdx`, '::notice::hello.mdx'];
  for (const name of names) writeFileSync(join(root, 'content/causes', name), minimal);
  const result = spawnSync(process.execPath, ['scripts/validate.ts', root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'true' } });
  const lines = result.stdout.trimEnd().split('\n');

  it('refuses every such name, with a clear message', () => {
    expect(result.status).toBe(1);
    const named = lines.filter((line) => line.includes(': KB018 '));
    expect(named).toHaveLength(names.length);
    expect(named.every((line) => line.endsWith('name the file as a slug: lower-case words joined by hyphens (e.g. device-clock-drift.mdx)'))).toBe(true);
  });

  it('prints no control character, and no line a GitHub runner reads as a command other than its annotations', () => {
    expect(result.stdout).not.toMatch(CONTROL);
    const commands = lines.filter((line) => line.trimStart().startsWith('::'));
    expect(commands.length).toBeGreaterThan(names.length);
    for (const command of commands) expect(command).toMatch(/^::(?:error|warning) file=[^,:\n]+,line=\d+,col=\d+,title=KB\d{3}::/);
    expect(commands.some((command) => command.includes('add-mask') && command.startsWith('::error file=content/causes/a\\n%3A%3Aadd-mask%3A%3Asecret\\n.mdx,'))).toBe(true);
  });
});
