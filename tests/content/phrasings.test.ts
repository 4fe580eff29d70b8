/** The real phrasings kept for measuring search (tests/fixtures/phrasings/README.md): every line as the README promises. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE } from '../../src/lib/catalog/catalog-file.ts';
import { GUESSES_FILE, leakIn, parseGuesses, parsePhrasings, PHRASINGS_FILE, splitFor } from '../../src/lib/search/phrasings.ts';

const root = new URL('../../', import.meta.url).pathname;
const { rows, problems } = parsePhrasings(readFileSync(root + PHRASINGS_FILE, 'utf8'));
const catalogued = new Set(readFileSync(root + CATALOG_FILE, 'utf8').trimEnd().split('\n').slice(1).map((line) => line.split('\t')[0]));
const at = (row: { line: number }) => `${PHRASINGS_FILE}:${row.line}`;
const countBy = (key: (row: (typeof rows)[number]) => string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

describe(PHRASINGS_FILE, () => {
  it('has the header and five tab-separated fields on every line, each with a split and a kind', () => {
    expect(problems).toEqual([]);
  });

  // Issue 20 asked for at least 600; the threads found gave 496 (README, "How many"). This floor only guards
  // against the file being cut short; raise it as phrasings are added.
  it('holds at least 490 phrasings from at least 450 threads', () => {
    expect(rows.length).toBeGreaterThanOrEqual(490);
    expect(countBy((row) => row.sourceUrl).size).toBeGreaterThanOrEqual(450);
  });

  it('names only catalogued codes', () => {
    expect(rows.filter((row) => !catalogued.has(row.code)).map((row) => `${at(row)}: ${row.code} is not in ${CATALOG_FILE}`)).toEqual([]);
  });

  it('cites an https source for every phrasing', () => {
    expect(rows.filter((row) => !/^https:\/\/\S+$/.test(row.sourceUrl)).map(at)).toEqual([]);
  });

  it('leaves no code, GUID or email address in a phrasing, and no empty one', () => {
    const leaks = rows.flatMap((row) => {
      const leak = row.phrasing.trim() ? leakIn(row.phrasing) : 'nothing';
      return leak ? [`${at(row)}: ${leak}`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it('has no phrasing twice', () => {
    const seen = new Map<string, number>();
    const twice = rows.flatMap((row) => {
      const key = row.phrasing.trim().toLowerCase();
      const first = seen.get(key);
      seen.set(key, row.line);
      return first ? [`${at(row)}: same as line ${first}`] : [];
    });
    expect(twice).toEqual([]);
  });

  it('keeps at most five phrasings per code and two per thread', () => {
    expect([...countBy((row) => row.code)].filter(([, n]) => n > 5)).toEqual([]);
    expect([...countBy((row) => row.sourceUrl)].filter(([, n]) => n > 2)).toEqual([]);
  });

  it('puts each phrasing in the split its source URL hashes to, so a thread is never on both sides', () => {
    expect(rows.filter((row) => row.split !== splitFor(row.sourceUrl)).map((row) => `${at(row)}: should be ${splitFor(row.sourceUrl)}`)).toEqual([]);
  });

  it('holds out about a third of the phrasings for testing', () => {
    const share = rows.filter((row) => row.split === 'test').length / rows.length;
    expect(Math.abs(share - 1 / 3)).toBeLessThan(0.04);
  });
});

describe(GUESSES_FILE, () => {
  const { guesses, problems: guessProblems } = parseGuesses(readFileSync(root + GUESSES_FILE, 'utf8'));
  const byPhrasing = new Map(rows.map((row) => [row.phrasing, row]));

  it('reads cleanly, with guesses that are catalogued codes', () => {
    expect(guessProblems).toEqual([]);
    expect([...guesses].flatMap(([phrasing, codes]) => codes.filter((code) => !catalogued.has(String(code))).map((code) => `${phrasing}: ${code}`))).toEqual([]);
  });

  // The reader saw only `train` sentences, so the held-out third stays unread by anyone but the score.
  it('guesses only phrasings of the file, and only from the train split', () => {
    expect([...guesses.keys()].filter((phrasing) => byPhrasing.get(phrasing)?.split !== 'train')).toEqual([]);
  });
});
