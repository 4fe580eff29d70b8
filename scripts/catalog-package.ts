/**
 * `npm run package:catalog [-- --site dist --out packages/catalog/dist]`: builds the catalogue package from a
 * finished site build, so that its JSON, CSV and KQL are the files the site publishes under /api/, made by
 * the same code, with the same URLs. Then `npm pack` or `npm publish` the output folder.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodeIndex } from '../src/schemas/api.ts';
import { catalogDate, catalogVersion, publishedManifest, typeDeclarations } from './lib/catalog-package.ts';
import { readCommandLine } from './lib/command-line.ts';

const WORKSPACE = resolve(import.meta.dirname, '../packages/catalog');
const { values } = readCommandLine(
  { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: join(WORKSPACE, 'dist') } },
  'usage: npm run package:catalog [-- --site DIR] [--out DIR]',
);
const site = resolve(values.site);
const out = resolve(values.out);

const needed = ['api/codes.json', 'api/codes.csv', 'api/codes.kql', 'changes.xml'];
const missing = needed.filter((file) => !existsSync(join(site, file)));
if (missing.length > 0) {
  console.error(`${site} is not a finished site build: ${missing.join(', ')} missing. Run \`SITE_URL=… npm run build\` first.`);
  process.exit(2);
}

const index = JSON.parse(readFileSync(join(site, 'api/codes.json'), 'utf8')) as CodeIndex;
const version = catalogVersion(catalogDate(readFileSync(join(site, 'changes.xml'), 'utf8')));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// One code a line: readable in a diff between two versions, and no larger than it needs to be.
writeFileSync(join(out, 'codes.json'), `[\n${index.codes.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`);
copyFileSync(join(site, 'api/codes.csv'), join(out, 'codes.csv'));
copyFileSync(join(site, 'api/codes.kql'), join(out, 'codes.kql'));
copyFileSync(join(WORKSPACE, 'README.md'), join(out, 'README.md'));
writeFileSync(join(out, 'index.d.ts'), typeDeclarations());
const workspace = JSON.parse(readFileSync(join(WORKSPACE, 'package.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(join(out, 'package.json'), `${JSON.stringify(publishedManifest(workspace, version), null, 2)}\n`);

// One file with the codes and the site's own paste reader inside, so that the package has no dependencies.
await build({
  stdin: {
    contents: `import { describer } from './src/describe.ts';
import codes from ${JSON.stringify(join(out, 'codes.json'))};
export { codes };
export const describe = describer(codes);
`,
    resolveDir: WORKSPACE,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile: join(out, 'index.js'),
  logLevel: 'warning',
});

console.log(`${workspace.name}@${version}: ${index.codes.length} codes in ${out}`);
