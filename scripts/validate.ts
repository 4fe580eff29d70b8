/** `npm run validate`: checks every content file and prints every problem, then a total. */
import { checkContent } from '../src/lib/validation/check-content.ts';
import { formatAnnotation, formatProblem, formatTotal, hasErrors } from '../src/lib/validation/format.ts';

const root = process.argv[2] ?? process.cwd();
const { files, problems } = checkContent(root);
for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
console.log(formatTotal(problems, files.length));
process.exitCode = hasErrors(problems) ? 1 : 0;
