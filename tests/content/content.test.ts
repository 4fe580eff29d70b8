/** Every real content file, checked as a contributor's pull request would be. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';
import { severityOf, type Problem } from '../../src/lib/validation/rules.ts';
import { isFullDepth } from '../../src/lib/catalog/depth.ts';
import type { CodeData } from '../../src/schemas/code.ts';
import { FULL_DEPTH_FILE, parseFullDepth } from '../../src/lib/catalog/full-depth-codes.ts';

const FULL_DEPTH = parseFullDepth(readFileSync(FULL_DEPTH_FILE, 'utf8'));

const root = new URL('../../', import.meta.url).pathname;
const report = checkContent(root);
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

  it('reads every line of the catalogue', () => {
    // A line the validator could not read would silently lose its code's page.
    expect(report.catalog.length).toBeGreaterThanOrEqual(1509);
  });

  it.each(FULL_DEPTH)('covers %i in full depth', (code) => {
    const page = pages.get(code);
    expect(page, `content/codes/${code}.mdx is missing or invalid`).toBeDefined();
    expect(isFullDepth(page!)).toBe(true);
  });
});
