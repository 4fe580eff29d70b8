/** `npm run schemas`: writes the JSON Schemas of the front matter (see scripts/lib/front-matter-schemas.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { KINDS } from '../src/lib/validation/check-content.ts';
import { frontMatterSchemaText, SCHEMA_DIR, schemaFile } from './lib/front-matter-schemas.ts';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const kind of KINDS) {
  writeFileSync(schemaFile(kind), frontMatterSchemaText(kind));
  console.log(`Wrote ${schemaFile(kind)}.`);
}
