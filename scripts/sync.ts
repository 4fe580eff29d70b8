/**
 * `npm run sync -- FILE [--source NAME] [--dry-run]`: updates content/catalog.tsv from a newer copy of
 * Microsoft's reference table (its Markdown source, `.md`) or a TSV of code and message, and reports what
 * changed. It never drops a code that has a written guide, and writes nothing when the file cannot be read.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CATALOG_FILE, DOCUMENTED_IN, formatCatalog, parseCatalog, type DocumentedIn } from '../src/lib/catalog/catalog-file.ts';
import { visible } from '../src/lib/validation/terminal-text.ts';
import { formatSyncReport, parseMessageList, parseReferenceTable, syncCatalog } from './lib/sync-catalog.ts';
import { readCommandLine } from './lib/command-line.ts';

const USAGE = `usage: npm run sync -- FILE [--source ${DOCUMENTED_IN.join('|')}] [--dry-run]
  FILE ending in .md: the Markdown source of Microsoft's error code reference page
  any other FILE: a TSV of code and message (for example an export of sign-in log result descriptions)`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = readCommandLine({ source: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, USAGE, { min: 1, max: 1 });
const file = positionals[0] as string;
// Messages quote the file's name and what was typed: shown, never acted on by the terminal.
const shown = visible(file);
if (!existsSync(file)) fail(`${shown} does not exist.\n${USAGE}`);
const markdown = file.endsWith('.md');
const source = (values.source ?? (markdown ? 'reference-table' : 'log-list-2025')) as DocumentedIn;
if (!DOCUMENTED_IN.includes(source)) fail(`"${visible(values.source ?? '')}" is not a source.\n${USAGE}`);

const catalog = parseCatalog(readFileSync(CATALOG_FILE, 'utf8'));
if (catalog.problems.length > 0) fail(`${CATALOG_FILE} has problems; run \`npm run validate\` and fix them first.`);
let incoming;
try {
  incoming = markdown ? parseReferenceTable(readFileSync(file, 'utf8'), file) : parseMessageList(readFileSync(file, 'utf8'), file);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (incoming.length === 0) fail(`${shown} holds no codes${markdown ? ' (no "| AADSTSnnnn | … |" table rows)' : ''}; nothing was changed.`);

const guides = new Set(readdirSync('content/codes').filter((name) => /^\d+\.mdx$/.test(name)).map((name) => Number(name.slice(0, -4))));
const { rows, report } = syncCatalog(catalog.rows, incoming, { source, today: new Date().toISOString().slice(0, 10), guides });
console.log(formatSyncReport(report, `${file} (${source})`));
if (values['dry-run']) console.log('Dry run: nothing was written.');
else {
  writeFileSync(CATALOG_FILE, formatCatalog(rows));
  console.log(`Updated ${CATALOG_FILE}.`);
}
