import { describe, expect, it } from 'vitest';
import { codesMentioned, combinedScore, countTextsPerCode, frequencyTsv } from '../../scripts/lib/code-mentions.ts';

describe('codesMentioned', () => {
  it('finds each code written as AADSTS<digits>, whatever the case', () => {
    expect([...codesMentioned('AADSTS50126: Invalid username; then aadsts50076 and "AADSTS700016".')]).toEqual(['50126', '50076', '700016']);
  });

  it('counts a code only as a whole word, so AADSTS50126 is not found inside AADSTS501261', () => {
    expect([...codesMentioned('AADSTS501261 and XAADSTS50126 and AADSTS50126x and AADSTS50126_1')]).toEqual(['501261']);
    expect(codesMentioned('see AADSTS50126.').has('50126')).toBe(true);
    expect(codesMentioned('AADSTS501261').has('50126')).toBe(false);
  });

  it('ignores the bare number and the prefix alone', () => {
    expect(codesMentioned('error 50126, AADSTS, AADSTS-50126').size).toBe(0);
  });
});

describe('countTextsPerCode', () => {
  it('counts the texts that mention a code, not how often one text repeats it', () => {
    const counts = countTextsPerCode(['AADSTS50126 AADSTS50126 AADSTS50076', 'AADSTS50126', 'AADSTS501261', 'nothing']);
    expect(Object.fromEntries(counts)).toEqual({ '50126': 2, '50076': 1, '501261': 1 });
  });
});

describe('combinedScore', () => {
  it('adds the lists as they are, files on a log2 scale, and threads on a log2 scale twice', () => {
    expect(combinedScore({ lists: 0, docFiles: 0, libraryFiles: 0, threads: 0 })).toBe(0);
    expect(combinedScore({ lists: 4, docFiles: 0, libraryFiles: 0, threads: 0 })).toBe(4);
    expect(combinedScore({ lists: 0, docFiles: 1, libraryFiles: 3, threads: 0 })).toBe(3);
    expect(combinedScore({ lists: 2, docFiles: 0, libraryFiles: 0, threads: 7 })).toBe(8);
    expect(combinedScore({ lists: 1, docFiles: 2, libraryFiles: 0, threads: 0 })).toBe(2.58);
  });

  it('ranks a code met in many threads above one only listed everywhere', () => {
    expect(combinedScore({ lists: 1, docFiles: 0, libraryFiles: 0, threads: 15 })).toBeGreaterThan(combinedScore({ lists: 4, docFiles: 1, libraryFiles: 1, threads: 0 }));
  });
});

describe('frequencyTsv', () => {
  it('writes a header and one line per code in the order given, with the score last', () => {
    expect(frequencyTsv([
      { code: '16000', lists: 3, docFiles: 0, libraryFiles: 1, threads: 3 },
      { code: '50126', lists: 4, docFiles: 1, libraryFiles: 0, threads: 0 },
    ])).toBe('code\tlists\tdoc_files\tlibrary_files\tthreads\tscore\n16000\t3\t0\t1\t3\t8\n50126\t4\t1\t0\t0\t5\n');
  });
});
