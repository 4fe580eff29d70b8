/**
 * Runs the validator's checks inside Astro: a build stops before any content is loaded, and the dev
 * server shows every problem in the terminal and in the browser's error overlay as soon as a file changes.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, CONTENT_CHECKED, type ContentReport } from '../lib/validation/check-content.ts';
import { formatProblem, formatTotal, hasErrors, overlayText } from '../lib/validation/format.ts';
import { severityOf, type Problem } from '../lib/validation/rules.ts';
import { coverage, formatCoverage } from '../lib/catalog/coverage.ts';
import type { CodeData } from '../schemas/code.ts';

/** How long the dev server waits after a change before checking again, so that a save of many files is one check. */
const SETTLE_MS = 150;

const errorsOf = (report: ContentReport) => report.problems.filter((problem) => severityOf(problem) === 'error');

function logReport(report: ContentReport, logger: AstroIntegrationLogger): void {
  for (const problem of report.problems) {
    if (severityOf(problem) === 'error') logger.error(formatProblem(problem));
  }
  const warnings = report.problems.length - errorsOf(report).length;
  if (warnings > 0) logger.warn(`${warnings} content warnings; \`npm run validate\` lists them.`);
}

export default function contentGuard(): AstroIntegration {
  let root = '';
  let report: ContentReport | undefined;
  return {
    name: 'entra-error-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Previewing serves a finished build; there is nothing to check.
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        report = checkContent(root);
        logReport(report, logger);
        if (hasErrors(report.problems)) {
          if (command !== 'build') return;
          logger.error(`Content has errors, so nothing was built. ${formatTotal(report.problems, report.files.length)} Fix them and build again; \`npm run validate\` prints the same list.`);
          // Refused content is an answer, not a crash: stop here, without the stack trace a thrown error would print.
          process.exit(1);
        }
        process.env[CONTENT_CHECKED] = '1';
        const guides = report.files.filter((file) => file.kind === 'codes').map((file) => file.data as CodeData);
        logger.info(formatCoverage(coverage(report.catalog, guides)));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        const hot = server.environments.client.hot;
        /** The overlay for the current problems, or nothing when the content is fine. */
        const overlay = () => {
          const errors = report ? errorsOf(report) : [];
          return errors.length > 0 ? ({ type: 'error', err: overlayError(errors, root) } as const) : undefined;
        };
        // Every page that opens while content is broken shows the overlay, not a page with silently missing parts.
        hot.on('vite:client:connect', (_data, client) => {
          const shown = overlay();
          if (shown) client.send(shown);
        });
        server.watcher.add(contentDir);
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const hadErrors = report ? hasErrors(report.problems) : false;
            report = checkContent(root);
            logReport(report, logger);
            const shown = overlay();
            if (shown) hot.send(shown);
            else if (hadErrors) {
              logger.info(`The content problems are fixed. ${formatTotal(report.problems, report.files.length)}`);
              hot.send({ type: 'full-reload' });
            }
          }, SETTLE_MS);
        });
      },
    },
  };
}

/** The shape Astro's error overlay reads: a title, the message, a hint and the first problem's place. */
function overlayError(errors: readonly Problem[], root: string) {
  const [first] = errors;
  return {
    name: 'ContentError',
    title: `Content has ${errors.length} error${errors.length === 1 ? '' : 's'}`,
    // The overlay writes message and hint as HTML, and problems quote content: escaped, one problem per paragraph.
    message: overlayText(errors.map(formatProblem).join('\n\n')),
    hint: overlayText('Fix the files in your editor: this page reloads by itself once the content is valid. `npm run validate` prints the same list.'),
    loc: { file: join(root, first.file), line: first.line, column: first.column },
    stack: errors.map(formatProblem).join('\n'),
  };
}
