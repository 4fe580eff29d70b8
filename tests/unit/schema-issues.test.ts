/** How schema issues read to a contributor, for every kind of issue and value. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldName, problemsFromIssues } from '../../src/lib/validation/schema-issues.ts';

const schema = z.strictObject({
  title: z.string().min(5).max(10),
  count: z.number(),
  flag: z.boolean(),
  when: z.date(),
  tags: z.array(z.string()).min(2).max(3),
  group: z.strictObject({ kind: z.enum(['benign', 'transient']) }),
  sources: z.array(z.string()),
  reviewed: z.date(),
  limit: z.number().max(3),
  code: z.string().regex(/^\d+$/, { message: 'must be digits only' }),
});
const valid = { title: 'Hello', count: 1, flag: true, when: new Date(), tags: ['a', 'b'], group: { kind: 'benign' }, sources: [], reviewed: new Date(), limit: 1, code: '1' };
const keys = (path: readonly PropertyKey[]) => (path.length === 0 ? Object.keys(schema.shape) : ['kind']);

/** The problems for one bad input, as `RULE field: message | hint`. */
function problems(input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return problemsFromIssues(result.error.issues, keys).map((problem) => `${problem.rule} ${fieldName(problem.path)}: ${problem.message}${problem.hint ? ` | ${problem.hint}` : ''}`);
}

describe('problemsFromIssues', () => {
  it('names what was found instead of the expected type, for every kind of value', () => {
    expect(problems({ ...valid, title: 42, count: 'seven', flag: null, when: 'soon', tags: { a: 1 }, group: [], limit: new Date(0), code: false })).toMatchInlineSnapshot(`
      [
        "KB002 title: "title" must be text, not the number 42",
        "KB002 count: "count" must be a number, not the text "seven"",
        "KB002 flag: "flag" must be true or false, not an empty value",
        "KB002 when: "when" must be a date written as YYYY-MM-DD, not the text "soon"",
        "KB002 tags: "tags" must be a list, not a group of fields",
        "KB002 group: "group" must be a group of fields, not a list",
        "KB002 limit: "limit" must be a number, not a date",
        "KB002 code: "code" must be text, not the boolean false",
      ]
    `);
  });

  it('names what is missing, and the field to use for a misspelt one', () => {
    const { title: _title, ...rest } = valid;
    expect(problems({ ...rest, titel: 'Hello' })).toMatchInlineSnapshot(`
      [
        "KB003 titel: unknown field "titel" | did you mean "title"?",
      ]
    `);
    expect(problems({ ...rest, zzzzzzzz: 1 })).toMatchInlineSnapshot(`
      [
        "KB002 title: "title" is required | see the field list in CONTRIBUTING.md",
        "KB003 zzzzzzzz: unknown field "zzzzzzzz" | the fields allowed here are: title, count, flag, when, tags, group, sources, reviewed, limit, code",
      ]
    `);
  });

  it('counts what is too short, too long, too few and too many, in the singular where it is one', () => {
    expect(problems({ ...valid, title: 'Hi', tags: ['a'] })).toMatchInlineSnapshot(`
      [
        "KB002 title: "title" needs at least 5 characters (it has 2)",
        "KB002 tags: "tags" needs at least 2 items (it has 1)",
      ]
    `);
    expect(problems({ ...valid, title: 'Much too long a title', tags: ['a', 'b', 'c', 'd'], limit: 9 })).toMatchInlineSnapshot(`
      [
        "KB002 title: "title" needs at most 10 characters (it has 21)",
        "KB002 tags: "tags" needs at most 3 items (it has 4)",
        "KB002 limit: "limit" needs at most 3",
      ]
    `);
  });

  it('lists the allowed values, suggesting the nearest', () => {
    expect(problems({ ...valid, group: { kind: 'trasient' } })).toMatchInlineSnapshot(`
      [
        "KB002 group.kind: "group.kind" must be one of: benign, transient (found the text "trasient") | did you mean "transient"?",
      ]
    `);
    expect(problems({ ...valid, group: { kind: 7 } })).toMatchInlineSnapshot(`
      [
        "KB002 group.kind: "group.kind" must be one of: benign, transient (found the number 7)",
      ]
    `);
  });

  it('files source and review-date problems under their own rules, and passes on the schema’s own message', () => {
    expect(problems({ ...valid, sources: 'x', reviewed: 'x', code: 'abc' })).toMatchInlineSnapshot(`
      [
        "KB008 sources: "sources" must be a list, not the text "x"",
        "KB009 reviewed: "reviewed" must be a date written as YYYY-MM-DD, not the text "x"",
        "KB002 code: "code" must be digits only",
      ]
    `);
  });
});

describe('impossible dates', () => {
  it('explains why a date names no day', () => {
    expect(['2026-02-30', '2024-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '2026-04-31', '2026-4-31x'].flatMap((date) => problems({ ...valid, reviewed: date }))).toMatchInlineSnapshot(`
      [
        "KB009 reviewed: "reviewed" 2026-02-30 is not a real calendar date | February 2026 has 28 days, not 30",
        "KB009 reviewed: "reviewed" 2024-02-30 is not a real calendar date | February 2024 has 29 days, not 30",
        "KB009 reviewed: "reviewed" 2026-13-01 is not a real calendar date | the month is 13; months run from 01 to 12",
        "KB009 reviewed: "reviewed" 2026-00-10 is not a real calendar date | the month is 0; months run from 01 to 12",
        "KB009 reviewed: "reviewed" 2026-2-3 is not a real calendar date | write the month and the day with two digits each, e.g. 2026-02-03",
        "KB009 reviewed: "reviewed" 2026-04-31 is not a real calendar date | April 2026 has 30 days, not 31",
        "KB009 reviewed: "reviewed" must be a date written as YYYY-MM-DD, not the text "2026-4-31x"",
      ]
    `);
  });
});

describe('fieldName', () => {
  it('writes paths as a contributor would', () => {
    expect(fieldName([])).toBe('');
    expect(fieldName(['causes', 1])).toBe('causes[1]');
    expect(fieldName(['signal', 'kind'])).toBe('signal.kind');
    expect(fieldName(['diagnosis', 0, 'cause'])).toBe('diagnosis[0].cause');
  });
});
