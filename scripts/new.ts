/** `npm run new -- 50058` (or `cause <slug>`, `fix <slug>`): scaffolds a content file that fails validation until it is filled in. */
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOG_FILE, parseCatalog } from '../src/lib/catalog/catalog-file.ts';
import { scaffold, withoutClassification } from './lib/scaffold.ts';

const known = parseCatalog(readFileSync(CATALOG_FILE, 'utf8')).rows;
const result = scaffold(process.argv.slice(2), known, new Date().toISOString().slice(0, 10));
if (!result.ok) {
  console.error(result.error);
  process.exit(2);
}
try {
  // 'wx' refuses to replace a file that already exists.
  writeFileSync(result.path, result.text, { flag: 'wx' });
} catch (error) {
  const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
  console.error(exists ? `${result.path} already exists; nothing was changed. Edit it instead.` : `Could not write ${result.path}: ${String(error)}`);
  process.exit(1);
}
// A guide's front matter classifies its code from now on (KB045): the catalogue's reading of it goes.
let cleared = '';
if (result.catalogLine !== undefined) {
  writeFileSync(CATALOG_FILE, withoutClassification(readFileSync(CATALOG_FILE, 'utf8'), result.catalogLine));
  cleared = `Cleared the category, audiences, signal and confidence of ${result.id} on line ${result.catalogLine} of ${CATALOG_FILE}: the guide's front matter, filled in from them, takes their place.\n`;
}
const preview = result.kind === 'codes' ? `/codes/${result.id}/` : `/${result.kind}/${result.id}/`;
console.log(`Created ${result.path}.
${cleared}
Next steps:
  1. Replace every TODO; \`npm run validate\` lists each one that is left, with its line.
${result.notes.map((note) => `  - ${note}\n`).join('')}  2. Check your work: npm run validate
  3. Preview it: npm run dev, then open ${preview} at the address it prints
  4. Go through the review checklist in .github/PULL_REQUEST_TEMPLATE.md, then open a pull request.`);
