/** The catalogue package as a user gets it: packed, installed into a new project without network, used from JavaScript and TypeScript. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CodeIndexSchema, type CodeSummary } from '../../src/schemas/api.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);
const published = CodeIndexSchema.parse(JSON.parse(readFileSync(join(site, 'api/codes.json'), 'utf8'))).codes;
const entry = (code: number) => published.find((summary) => summary.code === code)!;

const temp = mkdtempSync(join(tmpdir(), 'atlas-package-'));
const packageDir = join(temp, 'package');
const app = join(temp, 'app');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// npm's own settings from the `npm test` that runs this would otherwise apply to the scratch project.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Packed {
  filename: string;
  version: string;
  files: { path: string }[];
}
let packed: Packed;

beforeAll(() => {
  run(process.execPath, ['scripts/catalog-package.ts', '--site', site, '--out', packageDir], process.cwd());
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', temp], packageDir)) as Packed[];
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(temp, packed.filename)], app);
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the catalogue package', () => {
  it('is versioned by the catalogue’s date and publishes the code, the types and the site’s JSON, CSV and KQL', () => {
    const feed = readFileSync(join(site, 'changes.xml'), 'utf8');
    const [, year, month, day] = /<updated>(\d{4})-(\d{2})-(\d{2})/.exec(feed)!;
    expect(packed.version).toBe(`${Number(year)}.${Number(month)}.${Number(day)}`);
    expect(packed.files.map((file) => file.path).sort()).toEqual(['README.md', 'codes.csv', 'codes.json', 'codes.kql', 'index.d.ts', 'index.js', 'package.json']);
    const installed = (file: string) => readFileSync(join(app, 'node_modules/@entra-error-atlas/catalog', file), 'utf8');
    expect(installed('codes.csv')).toBe(readFileSync(join(site, 'api/codes.csv'), 'utf8'));
    expect(installed('codes.kql')).toBe(readFileSync(join(site, 'api/codes.kql'), 'utf8'));
    expect(JSON.parse(installed('codes.json'))).toEqual(published);
  });

  it('answers describe() from ESM for every form people paste, with the site’s entry', () => {
    const screen = `Sorry, but we're having trouble signing you in.\nAADSTS50058: ${entry(50058).message}\nTrace ID: 5c2b7a10-0d1e-4f20-9a3b-500121000001`;
    const json = '{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials.","error_codes":[50126]}';
    writeFileSync(
      join(app, 'use.mjs'),
      `import { codes, describe } from '@entra-error-atlas/catalog';
const csv = import.meta.resolve('@entra-error-atlas/catalog/codes.csv');
console.log(JSON.stringify({
  prefixed: describe('AADSTS50058'),
  bare: describe('50058')?.code,
  number: describe(50058)?.code,
  screen: describe(${JSON.stringify(screen)})?.code,
  json: describe(${JSON.stringify(json)})?.code,
  unknown: describe('AADSTS99999') ?? null,
  words: describe('my account is locked') ?? null,
  count: codes.length,
  csv: csv.endsWith('/codes.csv'),
}));
`,
    );
    const answer = JSON.parse(run(process.execPath, ['use.mjs'], app)) as Record<string, unknown>;
    expect(answer).toEqual({
      prefixed: entry(50058) satisfies CodeSummary,
      bare: 50058,
      number: 50058,
      screen: 50058,
      json: 50126,
      unknown: null,
      words: null,
      count: published.length,
      csv: true,
    });
  });

  it('types describe() and every entry for TypeScript', () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }));
    const typed = `import { codes, describe, type CatalogEntry, type Category } from '@entra-error-atlas/catalog';
const entry: CatalogEntry | undefined = describe('AADSTS50058');
const category: Category | null | undefined = entry?.category;
const urls: string[] = codes.filter((code) => code.guide && code.signal === 'security-relevant').map((code) => code.url);
`;
    writeFileSync(join(app, 'use.ts'), typed);
    expect(() => run(process.execPath, [tsc, '-p', '.'], app)).not.toThrow();
    // The types are checked, not merely present: a misuse is refused.
    writeFileSync(join(app, 'use.ts'), `${typed}const title: string = describe('50058').title;\nconst wrong: Category = 'no-such-category';\n`);
    let output = '';
    try {
      run(process.execPath, [tsc, '-p', '.'], app);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output.trim().split('\n')).toEqual([
      "use.ts(5,23): error TS2532: Object is possibly 'undefined'.",
      'use.ts(6,7): error TS2322: Type \'"no-such-category"\' is not assignable to type \'Category\'.',
    ]);
  });

  it('passes `npm publish --dry-run`, as the release workflow runs it before publishing', () => {
    const result = execFileSync('npm', ['publish', '--dry-run', '--offline'], { cwd: packageDir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result).toContain(`@entra-error-atlas/catalog@${packed.version}`);
  });
});
