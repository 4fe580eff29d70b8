/** Splitting a content file and pointing at its fields. */
import { describe, expect, it } from 'vitest';
import { calendarDate, parseFrontMatter } from '../../src/lib/validation/front-matter.ts';

const parsed = (source: string) => {
  const result = parseFrontMatter(source);
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

describe('parseFrontMatter', () => {
  it('refuses a file that does not open with three dashes', () => {
    expect(parseFrontMatter('title: x\n---\n')).toEqual({ ok: false, error: { line: 1, column: 1, message: 'the file must start with a line of three dashes (---) that opens the front matter', rule: 'KB001' } });
    expect(parseFrontMatter(' ---\ntitle: x\n---\n').ok).toBe(false);
    expect(parseFrontMatter('----\ntitle: x\n---\n').ok).toBe(false);
  });

  it('accepts Windows line ends and spaces after the closing dashes, and returns the body after them', () => {
    const result = parsed('---\r\ntitle: x\r\n---  \r\n\r\nBody text.\r\n');
    expect(result.data).toEqual({ title: 'x' });
    expect(result.body).toBe('\n\r\nBody text.\r\n');
  });

  it('closes only at a line of dashes, not at dashes inside a line', () => {
    const result = parsed('---\ntitle: a --- b\nsummary: x---\n---\nBody\n');
    expect(result.data).toEqual({ title: 'a --- b', summary: 'x---' });
    expect(result.body).toBe('\nBody\n');
    expect(parseFrontMatter('---\ntitle: x\n---x\n').ok).toBe(false);
  });

  it('says where YAML breaks, without YAML’s own position suffix', () => {
    expect(parseFrontMatter('---\ntitle: x\ntitle: y\n---\n')).toMatchInlineSnapshot(`
      {
        "error": {
          "column": 1,
          "line": 3,
          "message": "the front matter is not valid YAML: Map keys must be unique",
          "rule": "KB001",
        },
        "ok": false,
      }
    `);
    expect(parseFrontMatter('---\n- a\n- b\n---\n')).toEqual({ ok: false, error: { line: 2, column: 1, message: 'the front matter must be a list of `field: value` lines', rule: 'KB001' } });
  });

  it('finds the line and column of fields, list items and nested fields, and falls back to the opening line', () => {
    const { locate } = parsed('---\ntitle: x\ncauses:\n  - first\n  - second\nsignal:\n  kind: benign\n---\n');
    expect(locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(locate(['causes', 1])).toEqual({ line: 5, column: 5 });
    expect(locate(['signal', 'kind'])).toEqual({ line: 7, column: 3 });
    expect(locate(['causes', 9])).toEqual({ line: 3, column: 1 });
    expect(locate(['signal', 'missing'])).toEqual({ line: 6, column: 1 });
    expect(locate(['title', 0])).toEqual({ line: 2, column: 1 });
    expect(locate(['missing'])).toEqual({ line: 1, column: 1 });
    expect(locate([])).toEqual({ line: 1, column: 1 });
  });

  it('reads a real date as a date and keeps an impossible one as the text written', () => {
    const { data } = parsed('---\nreviewed: 2026-11-22\nwritten: 2026-02-30\nother: 2026-1-5\nstamp: 2026-11-22T10:00:00Z\n---\n');
    expect(data).toEqual({ reviewed: new Date('2026-11-22T00:00:00Z'), written: '2026-02-30', other: '2026-1-5', stamp: new Date('2026-11-22T10:00:00Z') });
  });
});

describe('calendarDate', () => {
  it.each([
    ['2026-11-22', '2026-11-22'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', undefined],
    ['2026-13-01', undefined],
    ['2026-12-32', undefined],
    ['2026-00-01', undefined],
    ['2026-1-01', undefined],
    [' 2026-11-22', undefined],
    ['2026-11-22 ', undefined],
    // Date.UTC reads years 0-99 as 1900-1999: such a day is refused rather than moved to another century.
    ['0050-01-01', undefined],
  ])('%j → %s', (text, expected) => {
    expect(calendarDate(text)?.toISOString().slice(0, 10)).toBe(expected);
  });
});
