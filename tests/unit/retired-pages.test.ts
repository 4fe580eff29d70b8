import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRetired } from '../../src/lib/site/retired-pages.ts';
import { checkRetired } from '../../src/lib/validation/check-content.ts';

const HEADER = 'page\tretired\tsee\twhy';

describe('parseRetired', () => {
  it('reads each removed page with its date, the codes that now cover it and why', () => {
    const { pages, problems } = parseRetired(`${HEADER}\ncauses/tenant-throttled\t2026-12-06\t90055 90056\tMicrosoft ties throttling to another code\n`);
    expect(problems).toEqual([]);
    expect(pages).toEqual([{ kind: 'causes', slug: 'tenant-throttled', retired: '2026-12-06', see: [90055, 90056], why: 'Microsoft ties throttling to another code', line: 2 }]);
  });

  it('names the line of a wrong header, a missing reason, a page that is no cause or fix, a bad date, a bad code list and a page listed twice', () => {
    const { pages, problems } = parseRetired(
      [
        'page\tdate',
        'causes/a\t2026-12-06\t50126',
        'codes/50126\t2026-12-06\t50126\twhy',
        'fixes/b\tyesterday\t50126\twhy',
        'fixes/b\t2026-12-06\tAADSTS50126\twhy',
        'fixes/c\t2026-12-06\t50126\twhy',
        'fixes/c\t2026-12-06\t50126\twhy',
      ].join('\n'),
    );
    expect(problems).toEqual([
      { line: 1, message: 'the first line must be the header "page\\tretired\\tsee\\twhy"' },
      { line: 2, message: 'expected 4 tab-separated fields, the last the reason' },
      { line: 3, message: '"codes/50126" is not causes/<slug> or fixes/<slug>' },
      { line: 4, message: '"yesterday" is not a date (YYYY-MM-DD)' },
      { line: 5, message: '"AADSTS50126" is not a list of codes separated by spaces' },
      { line: 7, message: 'fixes/c is listed twice (first on line 6)' },
    ]);
    expect(pages.map((page) => page.slug)).toEqual(['c']);
  });
});

describe('checkRetired', () => {
  it('reports, as KB053, a removed page that still exists and a code the catalogue does not know; nothing without the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'retired-'));
    const files = [{ kind: 'causes' as const, id: 'still-here' }];
    expect(checkRetired(root, files, new Set([50126]))).toEqual([]);
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/retired.tsv'), `${HEADER}\ncauses/still-here\t2026-12-06\t50126\twhy\nfixes/gone\t2026-12-06\t12345\twhy\n`);
    expect(checkRetired(root, files, new Set([50126])).map((problem) => `${problem.file}:${problem.line}: ${problem.rule} ${problem.message}`)).toEqual([
      'content/retired.tsv:2: KB053 causes/still-here still exists',
      'content/retired.tsv:3: KB053 12345 is not in content/catalog.tsv',
    ]);
  });
});
