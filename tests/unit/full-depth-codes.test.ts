import { describe, expect, it } from 'vitest';
import { parseFullDepth } from '../../src/lib/catalog/full-depth-codes.ts';

describe('parseFullDepth', () => {
  it('reads one code a line, skipping comments, blank lines and the spaces around a code', () => {
    const text = ['# Codes covered in full depth.', '#', '16003', '', '   ', '  # an indented comment', '  50126  # the most met', '53003'].join('\n');
    expect(parseFullDepth(text)).toEqual([16003, 50126, 53003]);
  });

  it('reads a file saved with Windows line endings', () => {
    expect(parseFullDepth('# list\r\n16003\r\n50126\r\n')).toEqual([16003, 50126]);
  });

  it('reads an empty file as no codes', () => {
    expect(parseFullDepth('')).toEqual([]);
  });
});
