import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, type Kind } from '../../src/lib/validation/check-file.ts';
import { RULES } from '../../src/lib/validation/rules.ts';

/** Every field name a schema knows, at any depth (`signal.kind`, `diagnosis[].sign` give `kind` and `sign`). */
function fieldNames(schema: unknown): string[] {
  const def = (schema as { def?: Record<string, unknown> } | undefined)?.def;
  if (!def) return [];
  if (def.shape) return Object.entries(def.shape as Record<string, unknown>).flatMap(([name, field]) => [name, ...fieldNames(field)]);
  return [def.innerType, def.element, def.in, def.out].flatMap(fieldNames);
}

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
  it('documents every validation rule exactly as the validator defines it', () => {
    const documented = [...guide.matchAll(/^\| (KB\d{3}) \| (\w+) \| (.+) \|$/gm)].map((match) => [match[1], match[2], match[3]]);
    expect(documented).toEqual(Object.entries(RULES).map(([id, rule]) => [id, rule.severity, rule.summary]));
  });

  it.each<[Kind, string]>([
    ['codes', '<code>'],
    ['causes', '<slug>'],
    ['fixes', '<slug>'],
  ])('lists every front-matter field of content/%s, and no field the schema lacks', (kind, name) => {
    const row = guide.split('\n').find((line) => line.startsWith(`| \`content/${kind}/${name}.mdx\` |`)) ?? '';
    const documented = [...row.matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]);
    const topLevel = Object.keys((SCHEMAS[kind] as unknown as { shape: Record<string, unknown> }).shape);
    expect(topLevel.filter((field) => !documented.includes(field))).toEqual([]);
    expect(documented.filter((field) => !fieldNames(SCHEMAS[kind]).includes(field))).toEqual([]);
  });
});
