/** `npm run bench -- --codes 1000,5000,10000 [--record]`: builds synthetic sites of each size and measures them. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { htmlFiles } from './lib/site-links.ts';
import { PARSE_SECTION, sectionOf } from './lib/parse-bench.ts';
import { syntheticContent } from './lib/synthetic-content.ts';

const { values } = parseArgs({ options: { codes: { type: 'string', default: '1000,5000,10000' }, record: { type: 'boolean', default: false } } });
const sizes = values.codes.split(',').map(Number).filter((size) => size > 0);
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
  codes: number;
  pages: number;
  seconds: number;
  peakMb: number;
  indexMb: number;
}

async function measure(codes: number): Promise<Result> {
  const root = mkdtempSync(join(tmpdir(), `atlas-bench-${codes}-`));
  try {
    // Astro resolves symlinked sources to their real paths and loses track of them: copy all but node_modules.
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
    for (const [path, text] of syntheticContent(codes)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts', '--local'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`the build of ${codes} codes failed (exit ${status})`);
    const dist = join(root, 'dist');
    return { codes, pages: htmlFiles(dist).length, seconds, peakMb: peak / 2 ** 20, indexMb: folderSize(join(dist, 'pagefind')) / 2 ** 20 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const results: Result[] = [];
for (const size of sizes) {
  console.error(`building ${size} synthetic codes…`);
  results.push(await measure(size));
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, ${process.platform}`;
const table = [
  '| codes | HTML pages | wall time (s) | pages/s | peak memory (MB) | search index (MB) | s per 1,000 codes |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.codes} | ${r.pages} | ${r.seconds.toFixed(1)} | ${(r.pages / r.seconds).toFixed(0)} | ${r.peakMb.toFixed(0)} | ${r.indexMb.toFixed(1)} | ${((r.seconds / r.codes) * 1000).toFixed(1)} |`),
].join('\n');
/** The targets, checked rather than eyeballed: 10,000 codes in 120 s and 2 GB, and no worse than linear growth. */
function verdict(rows: readonly Result[]): string[] {
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.codes >= 10_000)) {
    lines.push(`${row.codes} codes: ${row.seconds.toFixed(0)} s (target ≤ 120 s) ${row.seconds <= 120 ? 'met' : 'MISSED'}; ${row.peakMb.toFixed(0)} MB (target ≤ 2048 MB) ${row.peakMb <= 2048 ? 'met' : 'MISSED'}.`);
  }
  const [smallest, largest] = [rows[0], rows.at(-1)];
  if (smallest && largest && largest !== smallest) {
    const ratio = largest.seconds / largest.codes / (smallest.seconds / smallest.codes);
    lines.push(`Time per code at ${largest.codes} is ${ratio.toFixed(2)}× that at ${smallest.codes}: ${ratio <= 1.1 ? 'no worse than linear' : 'WORSE than linear'}.`);
  }
  return lines;
}
const verdicts = verdict(results);
console.log(`Machine: ${machine}\n\n${table}\n\n${verdicts.join('\n')}`);
if (values.record) {
  mkdirSync('bench', { recursive: true });
  // The paste-parsing timings share the file; `npm run bench:parse -- --record` writes them.
  const parseTimings = existsSync('bench/RESULTS.md') ? sectionOf(readFileSync('bench/RESULTS.md', 'utf8'), PARSE_SECTION) : '';
  writeFileSync(
    'bench/RESULTS.md',
    `# Scale benchmark\n\nMeasured with \`npm run bench -- --codes ${sizes.join(',')}\` on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}\n\nEach run generates synthetic code pages (two causes each, one cause and one fix per ten codes) in a temporary copy of the project and runs the full \`npm run build\`: validation by the content guard, Astro, short links, API files and the Pagefind index. Peak memory is the resident memory of the build and every process it starts, sampled every 100 ms.\n\n${table}\n\nTargets: 10,000 codes in at most 120 s with at most 2 GB of peak memory, growing no worse than linearly (the last column stays flat).\n\n${verdicts.map((line) => `- ${line}`).join('\n')}\n${parseTimings ? `\n${parseTimings}\n` : ''}`,
  );
  console.log('\nRecorded in bench/RESULTS.md.');
}
