/** `npm run bench:parse [-- --record]`: times the paste parsers on hostile inputs from 1 KB to 1 MB. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { PARSE_SECTION, replaceSection, timeParsers, timingTable } from './lib/parse-bench.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine({ record: { type: 'boolean', default: false } }, 'usage: npm run bench:parse [-- --record]');
const SIZES = [2 ** 10, 2 ** 13, 2 ** 16, 2 ** 18, 2 ** 20];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const table = timingTable(timeParsers(SIZES));
console.log(`${machine}\n\n${table}`);
if (values.record) {
  const file = 'bench/RESULTS.md';
  const section = `${PARSE_SECTION}\n\nMeasured with \`npm run bench:parse\` on ${new Date().toISOString().slice(0, 10)} (${machine}): the time \`extractCode\` and \`parseErrorDetails\` take together on one paste, best of three, in milliseconds. Each row is an input built to make a backtracking pattern slow, or a realistic paste repeated to size. Both parsers read only the first 32,768 characters (\`MAX_PASTE_LENGTH\`), so the time stops growing there; below it, it grows linearly.\n\n${table}\n\nBefore the gaps between a label and its value were bounded, the first two rows grew quadratically: 1.1 ms at 1 KB, 66 ms at 8 KB, 4.3 s at 64 KB (about 18 minutes at 1 MB, which the benchmark no longer waits for).\n`;
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), PARSE_SECTION, section));
  console.log(`\nRecorded in ${file}.`);
}
