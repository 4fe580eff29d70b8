/** How validation problems read in a terminal and as GitHub annotations. */
import { type Problem, severityOf } from './rules.ts';
import { annotationData, annotationProperty, visible } from './terminal-text.ts';

/**
 * One line per problem, and a hint line: the file name, message and hint quote content, so every control
 * character in them is shown as an escape rather than acted on by the terminal.
 */
export function formatProblem(problem: Problem): string {
  const label = severityOf(problem) === 'warning' ? `${problem.rule} (warning)` : problem.rule;
  const head = `${visible(problem.file)}:${problem.line}:${problem.column}: ${label} ${visible(problem.message)}`;
  return problem.hint ? `${head}\n  hint: ${visible(problem.hint)}` : head;
}

/** A workflow command that GitHub shows on the pull request's changed line, escaped as GitHub documents. */
export function formatAnnotation(problem: Problem): string {
  const message = problem.hint ? `${problem.message} (hint: ${problem.hint})` : problem.message;
  return `::${severityOf(problem)} file=${annotationProperty(problem.file)},line=${problem.line},col=${problem.column},title=${problem.rule}::${annotationData(message)}`;
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

/**
 * Text for the message and hint of Astro's dev error overlay, which writes them as HTML (turning only words that
 * start with https:// into links): problems quote content, so `<`, `>`, `&` and quotes are escaped and every
 * tag a content file names shows as text. Links still work: a URL needs none of these characters escaped to read.
 */
export function overlayText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
