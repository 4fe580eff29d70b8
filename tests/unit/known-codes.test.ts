import { describe, expect, it } from 'vitest';
import { parseKnownCodes } from '../../src/lib/known-codes.ts';
import { coverage } from '../../src/lib/coverage.ts';

const header = 'code\tname\tdocumented_in\twanted_because';

describe('parseKnownCodes', () => {
  it('reads codes, names and where they are documented', () => {
    expect(parseKnownCodes(`${header}\n50053\tIdsLocked\treference-table,sign-in-log-list\t\n502031\t\tcommunity\tNo published meaning\n`)).toEqual([
      { code: 50053, name: 'IdsLocked', documentedIn: ['reference-table', 'sign-in-log-list'], wantedBecause: '' },
      { code: 502031, name: '', documentedIn: ['community'], wantedBecause: 'No published meaning' },
    ]);
  });

  it.each([
    ['code\tname\n', 'content/known-codes.tsv:1: the header must be'],
    [`${header}\nAADSTS1\tX\tcommunity`, 'content/known-codes.tsv:2: "AADSTS1" is not a code'],
    [`${header}\n1\tX\tcommunity\n1\tY\tcommunity`, 'content/known-codes.tsv:3: code 1 is listed twice'],
    [`${header}\n1\tX\tblog`, 'content/known-codes.tsv:2: "blog" is not one of'],
  ])('refuses a malformed list with the line that is wrong', (text, message) => {
    expect(() => parseKnownCodes(text)).toThrow(message);
  });
});

describe('coverage', () => {
  const known = parseKnownCodes(`${header}\n1\t\tcommunity\n2\t\tcommunity\n3\t\tcommunity\n`);
  const page = (code: number, causes: string[]) => ({ code, causes, related: [], audiences: ['user'], collect: [], signal: {} });
  it('counts pages, full depth, wanted and unlisted codes', () => {
    const result = coverage(known, [page(1, ['a']), page(4, ['a'])]);
    expect(result).toEqual({ known: 3, pages: 2, fullDepth: 0, wanted: [2, 3], unlisted: [4] });
  });
});
