/** What a careless or hostile change can do to a build: hostile files, a missing SITE_URL, an interrupted build. */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';

const project = process.cwd();
const sandbox = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** A copy of the project with a previous build in dist/. */
function copyOfProject(): string {
  const root = mkdtempSync(join(sandbox, 'project-'));
  // Astro resolves symlinked sources to their real paths: copy everything but node_modules.
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  for (const entry of ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'the previous build');
  return root;
}

/** The environment of a build, without whatever SITE_URL the caller has. */
function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  if (!extra.SITE_URL) delete env.SITE_URL;
  return env;
}

const page = (code: number) => readFileSync(join(project, 'tests/fixtures/valid/code-minimal.mdx'), 'utf8').replace('code: 50126', `code: ${code}`).replace('InvalidUserNameOrPassword', `Example${code}`).replace('  - wrong-password', '  - wrong-password-typed');

describe('a build of hostile content files', () => {
  const root = copyOfProject();
  const codes = join(root, 'content/codes');
  // Every code page must be catalogued (KB044); these are, so that only their own problems show.
  const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `999900${n}\tExample999900${n}\tcommunity\t2026-11-22\t\t\t\t\tAn example message.\t`);
  appendFileSync(join(root, 'content/catalog.tsv'), `${rows.join('\n')}\n`);
  writeFileSync(join(sandbox, 'outside.mdx'), page(9999001));
  symlinkSync(join(sandbox, 'outside.mdx'), join(codes, '9999001.mdx'));
  symlinkSync(sandbox, join(codes, '9999002.mdx'));
  mkdirSync(join(codes, '9999003.mdx'));
  writeFileSync(join(codes, '9999004.mdx'), `\ufeff${page(9999004)}`);
  writeFileSync(join(codes, '9999005.mdx'), page(9999005).replace('signal:', `lol1: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `lol${n}: &${'abcdefghi'[n - 1]} [${Array(9).fill(`*${'abcdefghi'[n - 2]}`).join(', ')}]`).join('\n')}\nsignal:`));
  writeFileSync(join(codes, '9999006.mdx'), page(9999006).replace('title: The username or password is wrong', 'title: !!js/function "function () {}"'));
  writeFileSync(join(codes, '9999007.mdx'), `${page(9999007)}\n${'A long paste. '.repeat(20_000)}\n`);
  writeFileSync(join(codes, '9999008.mdx'), page(9999008).replace('reviewed:', 'collect:\n  - <meta http-equiv="refresh" content="3;url=https://evil.example/">\nreviewed:'));
  // 6,000 nested list items in 12 KB: deeper than any recursive walk can go.
  writeFileSync(join(codes, '9999009.mdx'), `${page(9999009).replace('The account exists', 'The account of this example exists')}\n${'- '.repeat(6000)}a\n`);
  // Names that would print a workflow command, or set the terminal's clipboard (OSC 52), if printed as they are.
  writeFileSync(join(root, 'content/causes/x\n::add-mask::9999.mdx'), page(9999010));
  writeFileSync(join(root, 'content/causes/\u001b]52;c;ZXZpbA==\u0007-9999.mdx'), page(9999010));

  it('is refused, each file with the message npm run validate prints, and dist/ is kept', () => {
    const expected = checkContent(root).problems.filter((problem) => /9999\d{3}/.test(problem.file)).map(formatProblem);
    expect(expected.map((line) => line.split('\n')[0].replaceAll(sandbox, 'SANDBOX'))).toMatchInlineSnapshot(`
      [
        "content/codes/9999001.mdx:1:1: KB030 this is a symbolic link to SANDBOX/outside.mdx, not a file",
        "content/codes/9999002.mdx:1:1: KB030 this is a symbolic link to SANDBOX, not a file",
        "content/codes/9999003.mdx:1:1: KB031 this is a folder, named like a content file",
        "content/codes/9999004.mdx:1:1: KB033 the file starts with a byte-order mark (U+FEFF)",
        "content/codes/9999005.mdx:9:43: KB034 the front matter uses more than 8 YAML aliases (*a)",
        "content/codes/9999006.mdx:4:8: KB035 the YAML tag !!js/function is not allowed in front matter",
        "content/codes/9999007.mdx:1:1: KB032 the file is 274 KB; a content file may be at most 64 KB",
        "content/codes/9999008.mdx:15:5: KB036 "collect[0]" contains HTML (<meta http-equiv="refresh" content="3;ur…)",
        "content/codes/9999009.mdx:19:51: KB037 the text nests more than 50 levels deep (lists, quotes or components inside one another)",
      ]
    `);
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: buildEnv({ SITE_URL: 'https://atlas.test' }) });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    for (const line of expected) expect(output).toContain(line.split('\n')[0]);
    expect(output).not.toMatch(/EISDIR|\n\s+at |Maximum call stack/);
    // The hostile names are refused, and printed so that neither a terminal nor a CI runner acts on them.
    expect(output).toContain('content/causes/x\\n::add-mask::9999.mdx:1:1: KB018 ');
    expect(output).toContain('content/causes/\\x1b]52;c;ZXZpbA==\\x07-9999.mdx:1:1: KB018 ');
    expect(output).not.toContain('\u001b]52');
    expect(output.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous build');
  });
});

describe('a build without SITE_URL', () => {
  const root = copyOfProject();

  it.each([
    ['npm run build', ['scripts/build.ts']],
    ['astro build', ['node_modules/astro/bin/astro.mjs', 'build']],
  ])('%s fails, says what to set, and keeps dist/', (_, args) => {
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: buildEnv() });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('SITE_URL is not set');
    expect(`${result.stdout}${result.stderr}`).toContain('npm run build -- --local');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(join(root, '.build-tmp'))).toBe(false);
  });
});

describe('an interrupted build', () => {
  it('leaves dist/ as it was, no staging folder, and removes one a killed build left', async () => {
    const root = copyOfProject();
    // A build killed with SIGKILL (no chance to clean up) left this; no process has this ID.
    mkdirSync(join(root, '.build-tmp/dist-99999999'), { recursive: true });
    writeFileSync(join(root, '.build-tmp/dist-99999999/index.html'), 'half a build');
    const build = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'ignore', env: buildEnv({ SITE_URL: 'https://atlas.test' }) });
    const exited = new Promise<number | null>((resolve) => build.once('exit', (code) => resolve(code)));
    const staging = join(root, `.build-tmp/dist-${build.pid}`);
    // Interrupt it once Astro has started writing pages.
    const deadline = Date.now() + 120_000;
    while (!existsSync(staging) && Date.now() < deadline && build.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(staging)).toBe(true);
    build.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(join(root, '.build-tmp')) ? readdirSync(join(root, '.build-tmp')) : []).toEqual([]);
  }, 180_000);
});

describe('the built site', () => {
  const site = inject('siteDir');

  it('links to SITE_URL, never to localhost', () => {
    if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
    const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(html|xml|json|csv|txt)$/.test(entry.name));
    const local = files.filter((entry) => /https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(readFileSync(join(entry.parentPath, entry.name), 'utf8')));
    expect(local.map((entry) => join(entry.parentPath, entry.name))).toEqual([]);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="https://atlas.test/"');
  });

  it('shows **bold** in the helpdesk list as bold text', () => {
    if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
    expect(readFileSync(join(site, 'codes/75005/index.html'), 'utf8')).toMatch(/<li>The enterprise app(’|'|&#39;)s name, <strong>Identifier \(Entity ID\)<\/strong> and <strong>Reply URL<\/strong><\/li>/);
  });
});
