/**
 * `node scripts/lib/build-pages.ts DIR`: runs Astro alone into DIR. `npm run build` starts it as its own
 * process so that Astro's memory is returned before Pagefind, which needs as much again, starts.
 */
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/lib/build-pages.ts DIR');
try {
  // Warnings and errors only: a line per generated route would bury them; `npm run build` prints a summary.
  await build({ root: process.cwd(), outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  // The content guard has already printed every problem; a stack trace would only bury them.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
