/** `npm run validate`: checks every content file and prints every problem, then a total. */
import { checkContent } from '../src/lib/validation/check-content.ts';
import { existsSync } from 'node:fs';
import { formatAnnotation, formatProblem, formatTotal, hasErrors } from '../src/lib/validation/format.ts';
import { visible } from '../src/lib/validation/terminal-text.ts';
import { readCommandLine } from './lib/command-line.ts';

const USAGE = 'usage: npm run validate [-- FOLDER]   (FOLDER: a checkout of the project; the current folder by default)';
const { positionals } = readCommandLine({}, USAGE, { min: 0, max: 1 });
const root = positionals[0] ?? process.cwd();
if (!existsSync(root)) {
  console.error(`${visible(root)} does not exist.\n${USAGE}`);
  process.exit(2);
}
const { files, problems } = checkContent(root);
for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
console.log(formatTotal(problems, files.length));
process.exitCode = hasErrors(problems) ? 1 : 0;
