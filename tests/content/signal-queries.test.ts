/** Every guide's signal query, parsed by Kusto.Language against SigninLogs as Log Analytics would. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { kustoErrors } from '../kusto.ts';

const guides = readdirSync('content/codes').filter((name) => name.endsWith('.mdx'));
const queries = guides.flatMap((name) => {
  const parsed = parseFrontMatter(readFileSync(`content/codes/${name}`, 'utf8'));
  const kql = parsed.ok ? (parsed.data as { signal?: { kql?: string } }).signal?.kql : undefined;
  return kql ? [[`content/codes/${name}`, kql] as const] : [];
});

describe('the per-code queries', () => {
  it('exist', () => {
    expect(queries.length).toBeGreaterThan(20);
  });

  it.each(queries)('%s parses against SigninLogs with no error', (_, kql) => {
    expect(kustoErrors(kql)).toEqual([]);
  });
});
