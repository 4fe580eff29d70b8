import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/validation/check-content.ts';
import { frontMatterSchemaText, schemaFile } from '../../scripts/lib/front-matter-schemas.ts';

describe('the committed JSON Schemas of the front matter', () => {
  it.each(KINDS)('%s: matches the Zod schema (run `npm run schemas` after changing src/schemas)', (kind) => {
    const committed = readFileSync(new URL(`../../${schemaFile(kind)}`, import.meta.url), 'utf8');
    expect(committed === frontMatterSchemaText(kind), `${schemaFile(kind)} is out of date: run \`npm run schemas\``).toBe(true);
  });

  it('describes the fields a contributor writes, refusing unknown ones', () => {
    const code = JSON.parse(frontMatterSchemaText('codes'));
    expect(code.additionalProperties).toBe(false);
    expect(code.required).toEqual(['code', 'title', 'summary', 'category', 'audiences', 'signal', 'causes', 'sources', 'reviewed']);
    expect(code.properties.reviewed).toEqual({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(JSON.parse(frontMatterSchemaText('fixes')).properties.audience.enum).toEqual(['user', 'helpdesk', 'admin', 'developer']);
  });
});
