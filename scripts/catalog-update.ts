/**
 * `npm run sync:update -- FILE.md [--body FILE]`: the scheduled sync (.github/workflows/catalog-sync.yml).
 * Syncs content/catalog.tsv with a copy of Microsoft's reference table as `npm run sync` does, writes the pull
 * request's description to --body, and tells the workflow whether anything changed (`changed=true|false` in
 * $GITHUB_OUTPUT). Writes nothing at all when the table cannot be read or looks cut short.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CATALOG_FILE } from '../src/lib/catalog/catalog-file.ts';
import { proposeCatalogUpdate } from './lib/catalog-update.ts';
import { readCommandLine } from './lib/command-line.ts';

const USAGE = 'usage: npm run sync:update -- reference-error-codes.md [--body pr-body.md] [--label "where the table came from"]';
const { values, positionals } = readCommandLine({ body: { type: 'string' }, label: { type: 'string' } }, USAGE, { min: 1, max: 1 });
const file = positionals[0] as string;

let update;
try {
  const guides = new Set(readdirSync('content/codes').filter((name) => /^\d+\.mdx$/.test(name)).map((name) => Number(name.slice(0, -4))));
  update = proposeCatalogUpdate(readFileSync(CATALOG_FILE, 'utf8'), readFileSync(file, 'utf8'), { today: new Date().toISOString().slice(0, 10), guides, sourceLabel: values.label ?? file });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

console.log(update.report);
if (update.changed) {
  writeFileSync(CATALOG_FILE, update.catalog);
  console.log(`Updated ${CATALOG_FILE}: ${update.diff.length} lines changed.`);
} else console.log(`${CATALOG_FILE} is up to date.`);
if (values.body) writeFileSync(values.body, update.body);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `changed=${update.changed}\n`);
