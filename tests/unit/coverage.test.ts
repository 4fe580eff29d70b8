import { describe, expect, it } from 'vitest';
import { changeSources } from '../../src/lib/publish/change-sources.ts';
import type { CodeListing } from '../../src/lib/catalog/catalog.ts';
import { coverage, formatCoverage } from '../../src/lib/catalog/coverage.ts';
import { DOCUMENTED_LABELS } from '../../src/lib/catalog/documented.ts';
import { DOCUMENTED_IN } from '../../src/lib/catalog/catalog-file.ts';

describe('formatCoverage', () => {
  it('says how many codes have guides, in full depth, and generated pages', () => {
    const full = { causes: ['a', 'b'], audiences: ['user', 'admin'], related: ['1'], collect: ['x'], signal: { detection: 'd' } };
    const result = coverage([{ code: 1 }, { code: 2 }, { code: 3 }], [{ code: 1, ...full }, { code: 2, ...full, causes: ['a'] }]);
    expect(formatCoverage(result)).toBe('3 codes: 2 written guides (1 in full depth), 1 reference pages.');
  });
});

describe('changeSources', () => {
  const entry = (code: number, added: string, guide?: { written?: Date; reviewed: Date }) => ({ code, title: `Title ${code}`, row: { added }, guide: guide ? { data: guide } : undefined }) as unknown as CodeListing;

  it('takes the catalogue date of every code, and the written and reviewed days of guides', () => {
    expect(
      changeSources([
        entry(90033, '2026-12-03'),
        entry(50126, '2026-11-22', { reviewed: new Date('2026-11-25T00:00:00Z') }),
        entry(50058, '2026-11-22', { written: new Date('2026-11-22T00:00:00Z'), reviewed: new Date('2026-12-03T00:00:00Z') }),
      ]),
    ).toEqual([
      { code: 90033, title: 'Title 90033', added: '2026-12-03' },
      { code: 50126, title: 'Title 50126', added: '2026-11-22', guide: { reviewed: '2026-11-25' } },
      { code: 50058, title: 'Title 50058', added: '2026-11-22', guide: { written: '2026-11-22', reviewed: '2026-12-03' } },
    ]);
  });
});

describe('DOCUMENTED_LABELS', () => {
  it('names every place Microsoft documents codes, each differently, as a reader would read it', () => {
    expect(Object.keys(DOCUMENTED_LABELS).sort()).toEqual([...DOCUMENTED_IN].sort());
    expect(DOCUMENTED_LABELS).toMatchInlineSnapshot(`
      {
        "community": "Community reports only",
        "log-list-2025": "A public list of sign-in log result descriptions (2025)",
        "lookup-2022": "Microsoft’s error lookup page",
        "reference-table": "Microsoft’s error code reference",
        "sign-in-log-list": "Microsoft’s sign-in activity error list",
      }
    `);
  });
});
