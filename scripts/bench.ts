/**
 * `npm run bench -- --codes 1509,10000 [--pipeline data,mdx] [--record]`: builds synthetic sites of each
 * size and measures them. `data` is the site as it is (MDX rendered from its syntax tree); `mdx` compiles
 * the same content with @astrojs/mdx (bench/mdx-pipeline).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { htmlFiles } from './lib/site-links.ts';
import { replaceIntro } from './lib/parse-bench.ts';
import { syntheticContent } from './lib/synthetic-content.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(
  { codes: { type: 'string', default: '1509,10000' }, pipeline: { type: 'string', default: 'data' }, record: { type: 'boolean', default: false } },
  'usage: npm run bench -- [--codes 1509,10000] [--pipeline data,mdx] [--record]',
);
const sizes = values.codes.split(',').map(Number).filter((size) => size > 0);
const PIPELINES = ['data', 'mdx'] as const;
type Pipeline = (typeof PIPELINES)[number];
const pipelines = values.pipeline.split(',').filter((name): name is Pipeline => (PIPELINES as readonly string[]).includes(name));
/** A build this much slower than the target is stopped: its verdict is already clear, and the machine is shared. */
const GIVE_UP_S = 400;
const project = process.cwd();

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let rss = 0;
  const own = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      own.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    rss += own.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return rss;
}

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

interface Result {
  pipeline: Pipeline;
  codes: number;
  pages: number;
  seconds: number;
  peakMb: number;
  indexMb: number;
  outputMb: number;
  /** Why the build did not finish, if it did not. */
  failed?: string;
}

async function measure(pipeline: Pipeline, codes: number): Promise<Result> {
  const root = mkdtempSync(join(tmpdir(), `atlas-bench-${codes}-`));
  try {
    // Astro resolves symlinked sources to their real paths and loses track of them: copy all but node_modules.
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
    if (pipeline === 'mdx') cpSync(join(project, 'bench/mdx-pipeline/src'), join(root, 'src'), { recursive: true });
    for (const [path, text] of syntheticContent(codes)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts', '--local'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    const giveUp = setTimeout(() => child.kill('SIGKILL'), GIVE_UP_S * 1000);
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    clearTimeout(giveUp);
    const seconds = (performance.now() - started) / 1000;
    const measured = { pipeline, codes, seconds, peakMb: peak / 2 ** 20 };
    if (status !== 0) {
      const failed = seconds >= GIVE_UP_S ? `stopped after ${GIVE_UP_S} s` : `failed (exit ${status})`;
      return { ...measured, pages: 0, indexMb: 0, outputMb: 0, failed };
    }
    const dist = join(root, 'dist');
    return { ...measured, pages: htmlFiles(dist).length, indexMb: folderSize(join(dist, 'pagefind')) / 2 ** 20, outputMb: folderSize(dist) / 2 ** 20 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const results: Result[] = [];
for (const pipeline of pipelines) {
  for (const size of sizes) {
    console.error(`building ${size} synthetic codes with the ${pipeline} pipeline…`);
    results.push(await measure(pipeline, size));
  }
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, ${process.platform}`;
const table = [
  '| pipeline | codes | HTML pages | wall time (s) | pages/s | peak memory (MB) | output (MB) | search index (MB) | s per 1,000 codes |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) =>
    r.failed
      ? `| ${r.pipeline} | ${r.codes} | ${r.failed} | ${r.seconds.toFixed(1)} | – | ${r.peakMb.toFixed(0)} | – | – | – |`
      : `| ${r.pipeline} | ${r.codes} | ${r.pages} | ${r.seconds.toFixed(1)} | ${(r.pages / r.seconds).toFixed(0)} | ${r.peakMb.toFixed(0)} | ${r.outputMb.toFixed(1)} | ${r.indexMb.toFixed(1)} | ${((r.seconds / r.codes) * 1000).toFixed(1)} |`,
  ),
].join('\n');
/** The targets, checked rather than eyeballed: 10,000 codes in 120 s and 2 GB, and no worse than linear growth. */
function verdict(rows: readonly Result[]): string[] {
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.codes >= 10_000)) {
    if (row.failed) {
      lines.push(`${row.pipeline}, ${row.codes} codes: the build ${row.failed}: MISSED.`);
      continue;
    }
    lines.push(`${row.pipeline}, ${row.codes} codes: ${row.seconds.toFixed(0)} s (target ≤ 120 s) ${row.seconds <= 120 ? 'met' : 'MISSED'}; ${row.peakMb.toFixed(0)} MB (target ≤ 2048 MB) ${row.peakMb <= 2048 ? 'met' : 'MISSED'}.`);
  }
  const [smallest, largest] = [rows[0], rows.at(-1)];
  if (smallest && largest && largest !== smallest && !smallest.failed && !largest.failed) {
    const ratio = largest.seconds / largest.codes / (smallest.seconds / smallest.codes);
    lines.push(`${largest.pipeline}: time per code at ${largest.codes} is ${ratio.toFixed(2)}× that at ${smallest.codes}: ${ratio <= 1.1 ? 'no worse than linear' : 'WORSE than linear'}.`);
  }
  return lines;
}
const verdicts = pipelines.flatMap((pipeline) => verdict(results.filter((r) => r.pipeline === pipeline)));
console.log(`Machine: ${machine}\n\n${table}\n\n${verdicts.join('\n')}`);
if (values.record) {
  mkdirSync('bench', { recursive: true });
  // The file also holds the paste timings, the search measurements and the decisions written beside them: only
  // this report, the part before the first section, is rewritten.
  const report = `# Scale benchmark\n\nMeasured with \`npm run bench -- --codes ${sizes.join(',')} --pipeline ${pipelines.join(',')}\` on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}\n\nEach run generates synthetic code pages (two causes each, one cause and one fix per ten codes, every allowed component in use) in a temporary copy of the project and runs the full \`npm run build\`: validation by the content guard, Astro, short links, API files and the Pagefind index. Peak memory is the resident memory of the build and every process it starts, sampled every 100 ms. Output is the size of \`dist/\`. The \`data\` pipeline is the site as it is: the content loader renders each file's MDX syntax tree to HTML (\`src/lib/mdx/render.ts\`). The \`mdx\` pipeline builds the same content with Astro's glob loader and \`@astrojs/mdx\`, which compiles every file to a JavaScript module rendered with Astro components (\`bench/mdx-pipeline/\`).\n\n${table}\n\nTargets: 10,000 codes in at most 120 s with at most 2 GB of peak memory, growing no worse than linearly (the last column stays flat).\n\n${verdicts.map((line) => `- ${line}`).join('\n')}\n`;
  writeFileSync('bench/RESULTS.md', replaceIntro(existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : '', report));
  console.log('\nRecorded in bench/RESULTS.md.');
}
