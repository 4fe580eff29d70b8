/** How validation problems read in a terminal and as GitHub annotations. */
import { type Problem, severityOf } from './rules.ts';

export function formatProblem(problem: Problem): string {
  const label = severityOf(problem) === 'warning' ? `${problem.rule} (warning)` : problem.rule;
  const head = `${problem.file}:${problem.line}:${problem.column}: ${label} ${problem.message}`;
  return problem.hint ? `${head}\n  hint: ${problem.hint}` : head;
}

/** A workflow command that GitHub shows on the pull request's changed line. */
export function formatAnnotation(problem: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const message = problem.hint ? `${problem.message} (hint: ${problem.hint})` : problem.message;
  return `::${severityOf(problem)} file=${problem.file},line=${problem.line},col=${problem.column},title=${problem.rule}::${escape(message)}`;
}

export function formatTotal(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((problem) => severityOf(problem) === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `No problems in ${fileCount} content files.`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')} of ${fileCount}.`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => severityOf(problem) === 'error');
}
