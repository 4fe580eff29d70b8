/** Every real content file, checked as a contributor's pull request would be. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';
import { parseKnownCodes } from '../../src/lib/known-codes.ts';
import { isFullDepth } from '../../src/lib/depth.ts';
import type { CodeData } from '../../src/schemas/code.ts';

const root = new URL('../../', import.meta.url).pathname;
const report = checkContent(root);
const known = parseKnownCodes(readFileSync(`${root}content/known-codes.tsv`, 'utf8'));
const pages = new Map(report.files.filter((file) => file.kind === 'codes').map((file) => [Number(file.id), file.data as CodeData | undefined]));

/** The codes this site has committed to covering in full depth. */
const FULL_DEPTH = `16003 50053 50055 50057 50072 50074 50076 50079 50088 50089 50105 50125 50126 50129 50133 50140 50155
50158 50203 53003 65001 65002 70044 90072 399218 500011 500113 500121 502031 1000000 50034 50020 50011 700016 7000215
7000222 53000 50097 530035 90094 50058 50173 700082 70008 70043 50132 50144 50056 65004 65005 650056 650057 50001
500021 500022 500212 500213 50059 90002 90019 50194 7000218 700027 70011 700054 50146 75005 75011 50107 50012 50013
50027 53001 53002 53004 530032 81010 70001 7000112 50078`
  .split(/\s+/)
  .map(Number);

describe.each(report.files.map((file) => [file.file, file] as const))('%s', (_, file) => {
  it('has no problems', () => {
    expect(file.problems.map(formatProblem)).toEqual([]);
  });
});

describe('the content as a whole', () => {
  it('has no broken links, duplicates or unused entries', () => {
    const own = new Set(report.files.flatMap((file) => file.problems));
    expect(report.problems.filter((problem) => !own.has(problem)).map(formatProblem)).toEqual([]);
  });

  it('gives every known code a page or a reason on the wanted list', () => {
    const neither = known.filter((entry) => !pages.has(entry.code) && entry.wantedBecause === '').map((entry) => entry.code);
    expect(neither).toEqual([]);
  });

  it('clears the wanted reason of every code that has a page', () => {
    expect(known.filter((entry) => pages.has(entry.code) && entry.wantedBecause !== '').map((entry) => entry.code)).toEqual([]);
  });

  it('lists every code that has a page in the known-code list', () => {
    const listed = new Set(known.map((entry) => entry.code));
    expect([...pages.keys()].filter((code) => !listed.has(code))).toEqual([]);
  });

  it.each(FULL_DEPTH)('covers %i in full depth', (code) => {
    const page = pages.get(code);
    expect(page, `content/codes/${code}.mdx is missing or invalid`).toBeDefined();
    expect(isFullDepth(page!)).toBe(true);
  });
});
