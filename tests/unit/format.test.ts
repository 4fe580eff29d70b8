import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem, formatTotal, hasErrors, overlayText } from '../../src/lib/validation/format.ts';
import type { Problem } from '../../src/lib/validation/rules.ts';

const error: Problem = { file: 'content/codes/50126.mdx', line: 7, column: 3, rule: 'KB006', message: 'causes[1] "clok-drift" does not exist', hint: 'did you mean "clock-drift"?' };
const warning: Problem = { file: 'content/catalog.tsv', line: 12, column: 1, rule: 'KB045', message: 'code 90033 has no guide and no category' };

describe('formatProblem', () => {
  it('writes file:line:column: RULE message, then the hint', () => {
    expect(formatProblem(error)).toMatchInlineSnapshot(`
      "content/codes/50126.mdx:7:3: KB006 causes[1] "clok-drift" does not exist
        hint: did you mean "clock-drift"?"
    `);
  });

  it('marks warnings and leaves out a missing hint', () => {
    expect(formatProblem(warning)).toBe('content/catalog.tsv:12:1: KB045 (warning) code 90033 has no guide and no category');
  });
});

describe('formatAnnotation', () => {
  it('writes a GitHub workflow command with the hint, escaping what would end it', () => {
    expect(formatAnnotation({ ...error, message: '100% wrong\r\nsecond line' })).toBe(
      '::error file=content/codes/50126.mdx,line=7,col=3,title=KB006::100%25 wrong\\r\\nsecond line (hint: did you mean "clock-drift"?)',
    );
    expect(formatAnnotation(warning)).toBe('::warning file=content/catalog.tsv,line=12,col=1,title=KB045::code 90033 has no guide and no category');
  });
});

describe('formatTotal', () => {
  it('says when there is nothing to report', () => {
    expect(formatTotal([], 430)).toBe('No problems in 430 content files.');
  });

  it('counts problems, errors, warnings and files, in the singular where there is one', () => {
    expect(formatTotal([error], 1)).toBe('1 problem (1 error, 0 warnings) in 1 file of 1.');
    expect(formatTotal([error, { ...error, line: 9 }, warning], 430)).toBe('3 problems (2 errors, 1 warning) in 2 files of 430.');
  });
});

describe('hasErrors', () => {
  it('is true only when at least one problem is an error', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
  });
});

describe('overlayText', () => {
  it('escapes what the dev overlay would read as HTML, and leaves a link readable', () => {
    expect(overlayText(`KB024 the path "<img src=x onerror=alert(1)>" & 'more'; use <Warning> or see https://learn.microsoft.com/entra/`)).toBe(
      'KB024 the path &quot;&lt;img src=x onerror=alert(1)&gt;&quot; &amp; &#39;more&#39;; use &lt;Warning&gt; or see https://learn.microsoft.com/entra/',
    );
  });
});
