/** Turns schema issues into messages in a contributor's terms, each with its rule and field path. */
import type { z } from 'astro/zod';
import { didYouMeanHint } from './did-you-mean.ts';
import type { RuleId } from './rules.ts';

export interface FieldProblem {
  path: PropertyKey[];
  rule: RuleId;
  message: string;
  hint?: string;
}

type Issue = z.core.$ZodIssue;

/** `causes[1]`, `signal.kind`: how a field path reads in a message. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value === 'string' ? 'the text' : 'the ' + typeof value} ${JSON.stringify(value)}`;
}

/** Why a `YYYY-MM-DD` that YAML would have rolled over names no day. */
function impossibleDateHint(text: string): string {
  const [year, month, day] = text.split('-').map(Number);
  if (text.split('-').some((part, index) => part.length !== (index === 0 ? 4 : 2))) return 'write the month and the day with two digits each, e.g. 2026-02-03';
  if (month < 1 || month > 12) return `the month is ${month}; months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year} has ${days} days, not ${day}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
  boolean: 'true or false',
};

function ruleFor(path: readonly PropertyKey[], fallback: RuleId): RuleId {
  if (path[0] === 'sources') return 'KB008';
  if (path[0] === 'reviewed') return 'KB009';
  return fallback;
}

/** One problem for each issue; an unknown-key issue becomes one problem for each unknown key. */
export function problemsFromIssues(issues: readonly Issue[], knownKeys: (path: readonly PropertyKey[]) => string[]): FieldProblem[] {
  const problems = issues.flatMap((issue) => problemsFromIssue(issue, knownKeys));
  // A misspelt field also shows up as the real field missing; the "did you mean" says it all.
  const misspelt = new Set(problems.flatMap((problem) => (problem.rule === 'KB003' && problem.hint?.startsWith('did you mean') ? [problem.hint] : [])));
  return problems.filter(
    (problem) => !(problem.message.endsWith('is required') && misspelt.has(`did you mean "${String(problem.path.at(-1))}"?`)),
  );
}

function problemsFromIssue(issue: Issue, knownKeys: (path: readonly PropertyKey[]) => string[]): FieldProblem[] {
  const path = [...issue.path];
  const field = fieldName(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => path.length === 0 && key === 'message' ? {
        path: [key],
        rule: 'KB047' as const,
        message: 'a page does not carry Microsoft’s message: every page shows it from content/catalog.tsv',
        hint: 'delete the "message" line; to correct the message itself, edit the code’s line in content/catalog.tsv',
      } : ({
        path: [...path, key],
        rule: 'KB003' as const,
        message: `unknown field "${fieldName([...path, key])}"`,
        hint: didYouMeanHint(key, knownKeys(path)) ?? `the fields allowed here are: ${knownKeys(path).join(', ')}`,
      }));
    case 'invalid_type':
      if (input === undefined) {
        return [{ path, rule: ruleFor(path, 'KB002'), message: `"${field}" is required`, hint: 'see the field list in CONTRIBUTING.md' }];
      }
      if (issue.expected === 'date' && typeof input === 'string' && /^\d{4}-\d{1,2}-\d{1,2}$/.test(input)) {
        return [{ path, rule: ruleFor(path, 'KB002'), message: `"${field}" ${input} is not a real calendar date`, hint: impossibleDateHint(input) }];
      }
      return [{ path, rule: ruleFor(path, 'KB002'), message: `"${field}" must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(input)}` }];
    case 'invalid_value': {
      const options = issue.values.map(String);
      return [{
        path,
        rule: ruleFor(path, 'KB002'),
        message: `"${field}" must be one of: ${options.join(', ')} (found ${describe(input)})`,
        hint: typeof input === 'string' ? didYouMeanHint(input, options) : undefined,
      }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = issue.origin === 'array' ? 'item' : issue.origin === 'string' ? 'character' : '';
      const measured = issue.origin === 'array' ? ` (it has ${(input as unknown[] | undefined)?.length ?? 0})` : issue.origin === 'string' ? ` (it has ${String(input ?? '').length})` : '';
      const noun = unit === '' ? '' : ` ${unit}${Number(bound) === 1 ? '' : 's'}`;
      return [{ path, rule: ruleFor(path, 'KB002'), message: `"${field}" needs ${word} ${String(bound)}${noun}${measured}` }];
    }
    default:
      // Our schemas attach contributor-facing messages to formats, patterns and refinements.
      return [{ path, rule: ruleFor(path, 'KB002'), message: `"${field}" ${issue.message}` }];
  }
}
