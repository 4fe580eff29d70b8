import { describe, expect, it } from 'vitest';
import { parseCodeFrequency } from '../../src/lib/catalog/code-frequency.ts';

describe('parseCodeFrequency', () => {
  it('scales scores to 0–1 by the highest, whatever the column order', () => {
    const table = parseCodeFrequency('method\tscore\tcode\ndocs+threads\t40\t50126\ndocs+threads\t10\t50053\n\n');
    expect([...table]).toEqual([
      [50126, 1],
      [50053, 0.25],
    ]);
  });

  it('names the line of a bad row, and a header without the columns it needs', () => {
    expect(() => parseCodeFrequency('code\tscore\n50126\tmany\n')).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/code-frequency.tsv:2:1: expected a code and a score of 0 or more, found "50126" and "many"]`,
    );
    expect(() => parseCodeFrequency('code\tcount\n')).toThrow('content/code-frequency.tsv:1:1: the header must name the columns "code" and "score"');
  });
});
