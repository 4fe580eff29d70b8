import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changedLines, proposeCatalogUpdate } from '../../scripts/lib/catalog-update.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sync/${name}`, import.meta.url), 'utf8');
const catalog = fixture('catalog.tsv');
const table = fixture('reference-error-codes.md');
const options = { today: '2026-12-06', guides: new Set([50058, 50200]), sourceLabel: 'reference-error-codes.md from MicrosoftDocs/entra-docs' };

describe('proposeCatalogUpdate', () => {
  const update = proposeCatalogUpdate(catalog, table, options);

  it('reports what sync reports: codes added, renamed and no longer listed', () => {
    expect(update.changed).toBe(true);
    expect(update.report).toMatchInlineSnapshot(`
      "Read 5 codes from reference-error-codes.md from MicrosoftDocs/entra-docs.
      Added: 1
        99999 BrandNewError: A newly documented failure.
      No longer listed: 3
        50100: removed
        50200: kept, it has a written guide: review the guide
        50300: kept, documented elsewhere
      Renamed: 2
        50043: (no name) → UnableToGeneratePairwiseIdentifierWithMultipleSalts
        50058: UserInformationNotProvided → UserInfoNotProvided
      Messages changed: 0
      New codes need a category, audiences, signal and confidence in content/catalog.tsv: \`npm run validate\` lists them."
    `);
  });

  it('proposes exactly the lines that change, each removed line before its replacement', () => {
    expect(update.diff).toEqual([
      '-50043\t\tlookup-2022\t2026-12-03\tapplication\tdeveloper\tmisconfiguration\tguess\tUnable to generate a pairwise identifier.\t',
      '+50043\tUnableToGeneratePairwiseIdentifierWithMultipleSalts\tlookup-2022,reference-table\t2026-12-03\tapplication\tdeveloper\tmisconfiguration\tguess\tUnable to generate a pairwise identifier.\t',
      '-50058\tUserInformationNotProvided\treference-table\t2026-11-22\t\t\t\t\tSession information is not sufficient for single-sign-on.\t',
      '+50058\tUserInfoNotProvided\treference-table\t2026-11-22\t\t\t\t\tSession information is not sufficient for single-sign-on.\t',
      '-50100\t\treference-table\t2026-11-22\tservice\tuser,admin\ttransient\tguess\tA code Microsoft no longer lists.\t',
      '-50300\t\treference-table,lookup-2022\t2026-11-22\tservice\tuser,admin\ttransient\tguess\tA code still in the lookup.\t',
      '+50300\t\tlookup-2022\t2026-11-22\tservice\tuser,admin\ttransient\tguess\tA code still in the lookup.\t',
      '+99999\tBrandNewError\treference-table\t2026-12-06\t\t\t\t\tA newly documented failure.\t',
    ]);
  });

  it('writes the report into the pull request’s description, with what to do before merging', () => {
    expect(update.body).toContain(`\`\`\`text\n${update.report}\n\`\`\``);
    expect(update.body).toContain('`npm run validate` lists them');
  });

  it('proposes nothing once the catalogue is up to date', () => {
    const again = proposeCatalogUpdate(update.catalog, table, options);
    expect(again).toMatchObject({ changed: false, diff: [], catalog: update.catalog });
  });

  it('refuses a table cut short rather than proposing to drop most of the catalogue', () => {
    const cut = table.split('\n').filter((line) => !/AADSTS(16000|28002|50043|50058)/.test(line)).join('\n');
    expect(() => proposeCatalogUpdate(catalog, cut, options)).toThrowErrorMatchingInlineSnapshot(
      `[Error: reference-error-codes.md from MicrosoftDocs/entra-docs: 1 codes read, fewer than half of the 6 the catalogue has from the reference table; is it the whole page?]`,
    );
    expect(() => proposeCatalogUpdate(catalog, '<html>404: Not Found</html>', options)).toThrow('0 codes read');
  });

  it('refuses to sync a catalogue that has problems, naming the line', () => {
    expect(() => proposeCatalogUpdate(catalog.replace('50100\t', 'fifty\t'), table, options)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/catalog.tsv:6:1: KB040 "fifty" is not a code; fix it before syncing]`,
    );
  });
});

describe('changedLines', () => {
  it('ignores lines that only moved, and orders changes by code', () => {
    expect(changedLines('h\n2\tb\n1\ta\n', 'h\n1\ta\n2\tB\n3\tc\n')).toEqual(['-2\tb', '+2\tB', '+3\tc']);
  });
});
