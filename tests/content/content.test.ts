/** Every real content file, checked as a contributor's pull request would be. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';
import { severityOf, type Problem } from '../../src/lib/validation/rules.ts';
import { parseKnownCodes } from '../../src/lib/known-codes.ts';
import { isFullDepth } from '../../src/lib/depth.ts';
import type { CodeData } from '../../src/schemas/code.ts';
import { FULL_DEPTH } from '../full-depth-codes.ts';

const root = new URL('../../', import.meta.url).pathname;
const report = checkContent(root);
const known = parseKnownCodes(readFileSync(`${root}content/known-codes.tsv`, 'utf8'));
const pages = new Map(report.files.filter((file) => file.kind === 'codes').map((file) => [Number(file.id), file.data as CodeData | undefined]));

// The same verdict as `npm run validate`: errors fail, warnings are advice.
const errors = (problems: readonly Problem[]) => problems.filter((problem) => severityOf(problem) === 'error').map(formatProblem);

describe.each(report.files.map((file) => [file.file, file] as const))('%s', (_, file) => {
  it('has no errors', () => {
    expect(errors(file.problems)).toEqual([]);
  });
});

describe('the content as a whole', () => {
  it('has no broken links, duplicates or unused entries', () => {
    const own = new Set(report.files.flatMap((file) => file.problems));
    expect(errors(report.problems.filter((problem) => !own.has(problem)))).toEqual([]);
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
