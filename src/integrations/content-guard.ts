/** Refuses to build while any content file has an error, before Astro compiles a single MDX file; reports coverage. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/validation/check-content.ts';
import { formatProblem, formatTotal, hasErrors } from '../lib/validation/format.ts';
import { severityOf } from '../lib/validation/rules.ts';
import { coverage, formatCoverage } from '../lib/coverage.ts';
import type { CodeData } from '../schemas/code.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'entra-error-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { files, catalog, problems } = checkContent(root);
        const warnings = problems.filter((problem) => severityOf(problem) === 'warning');
        if (warnings.length > 0) logger.warn(`${warnings.length} content warnings; \`npm run validate\` lists them.`);
        if (hasErrors(problems)) {
          for (const problem of problems) if (severityOf(problem) === 'error') logger.error(formatProblem(problem));
          // The dev server and type checks still start, so that a contributor can see and fix the problem.
          if (command !== 'build') return;
          throw new Error(`Content has errors, so nothing was built. ${formatTotal(problems, files.length)} Run \`npm run validate\` for details.`);
        }
        const guides = files.filter((file) => file.kind === 'codes').map((file) => file.data as CodeData);
        logger.info(formatCoverage(coverage(catalog, guides)));
      },
    },
  };
}
