import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../scripts/lib/command-line.ts';

const OPTIONS = { site: { type: 'string', default: 'dist' }, record: { type: 'boolean', default: false } } as const;
const USAGE = 'usage: npm run tool -- [--site DIR] [--record]';

describe('reading a script’s command line', () => {
  it('returns the values and the defaults of options not given', () => {
    expect(parseCommandLine(['--record'], OPTIONS, USAGE)).toEqual({ kind: 'ok', values: { site: 'dist', record: true }, positionals: [] });
  });

  it('answers an unknown option with what was typed and the usage, not a stack trace', () => {
    const line = parseCommandLine(['--recrod'], OPTIONS, USAGE);
    expect(line.kind).toBe('error');
    expect(line.kind === 'error' && line.text).toMatch(/Unknown option '--recrod'[^]*\nusage: npm run tool/);
  });

  it('answers a missing value and a stray argument the same way', () => {
    expect(parseCommandLine(['--site'], OPTIONS, USAGE)).toMatchObject({ kind: 'error', text: expect.stringMatching(/--site[^]*usage:/) });
    expect(parseCommandLine(['extra'], OPTIONS, USAGE)).toMatchObject({ kind: 'error', text: expect.stringMatching(/extra[^]*usage:/) });
    expect(parseCommandLine(['extra'], OPTIONS, USAGE, { min: 0, max: 1 })).toMatchObject({ kind: 'ok', positionals: ['extra'] });
  });

  it('answers too few or too many arguments with the usage alone', () => {
    expect(parseCommandLine([], OPTIONS, USAGE, { min: 1, max: 1 })).toEqual({ kind: 'error', text: USAGE });
    expect(parseCommandLine(['a.md', 'b.md'], OPTIONS, USAGE, { min: 1, max: 1 })).toEqual({ kind: 'error', text: USAGE });
    expect(parseCommandLine(['a.md'], OPTIONS, USAGE, { min: 1, max: 1 })).toMatchObject({ kind: 'ok', positionals: ['a.md'] });
  });

  it('prints the usage for --help and -h', () => {
    expect(parseCommandLine(['--help'], OPTIONS, USAGE)).toEqual({ kind: 'help', text: USAGE });
    expect(parseCommandLine(['-h'], OPTIONS, USAGE)).toEqual({ kind: 'help', text: USAGE });
  });

  it('shows control characters in what was typed as escapes', () => {
    const line = parseCommandLine(['--\u001b[31mx'], OPTIONS, USAGE);
    expect(line.kind === 'error' && line.text).toContain('\\x1b[31mx');
  });
});
