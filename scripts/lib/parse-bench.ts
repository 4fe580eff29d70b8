/** Times the paste parsers (code extraction, error details) on inputs built to be slow, at growing sizes. */
import { parseErrorDetails } from '../../src/lib/paste/error-details.ts';
import { extractCode } from '../../src/lib/paste/extract-code.ts';

/** A named way of growing an input to `size` characters. */
export interface Shape {
  name: string;
  make: (size: number) => string;
}

const SCREEN = `Sorry, but we're having trouble signing you in.
AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.
Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001
Correlation Id: 7f3e2a10-1234-4cde-8a9b-530032000002
Timestamp: 2026-11-20T09:14:02.000Z
`;

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
// Ends in a letter, so that trimming the paste does not remove the filler.
const after = (label: string, filler: string) => (size: number) => `${label}${repeat(filler, Math.max(0, size - label.length - 1))}x`;

/** Each shape targets one way a backtracking pattern can go quadratic, plus a realistic paste for scale. */
export const SHAPES: readonly Shape[] = [
  { name: '"Error code" + spaces', make: after('Error code', ' ') },
  { name: '"AADSTS" + spaces', make: after('AADSTS', ' ') },
  { name: '"Request Id" + spaces', make: after('Request Id', ' ') },
  { name: '"Timestamp:" + digits', make: after('Timestamp: ', '2026-') },
  { name: 'repeated "code "', make: (size) => repeat('code ', size) },
  { name: 'repeated "aadsts-"', make: (size) => repeat('aadsts-', size) },
  { name: 'digits only', make: (size) => repeat('5001210', size) },
  { name: 'words and numbers, no code', make: (size) => repeat('my phone asked 123456 times ', size) },
  { name: 'full-width words, no code', make: (size) => repeat('ｍｙ ｐｈｏｎｅ ａｓｋｅｄ １２３　', size) },
  { name: 'error screens, repeated', make: (size) => repeat(SCREEN, size) },
];

export interface Timing {
  shape: string;
  size: number;
  /** Milliseconds for extractCode and parseErrorDetails together, best of `runs`; undefined when skipped. */
  ms?: number;
}

const isKnown = (code: number) => code === 50076 || code === 500121;

function timeOnce(text: string): number {
  const started = performance.now();
  extractCode(text, isKnown);
  parseErrorDetails(text);
  return performance.now() - started;
}

/**
 * Times every shape at every size. Once a shape takes longer than `giveUpMs` at one size, its larger sizes
 * are skipped: a quadratic parser would otherwise run for minutes.
 */
export function timeParsers(sizes: readonly number[], { runs = 3, giveUpMs = 2_000 } = {}): Timing[] {
  const timings: Timing[] = [];
  for (const shape of SHAPES) {
    let slow = false;
    for (const size of sizes) {
      if (slow) {
        timings.push({ shape: shape.name, size });
        continue;
      }
      const text = shape.make(size);
      let best = Infinity;
      for (let run = 0; run < runs && (run === 0 || best <= giveUpMs); run += 1) best = Math.min(best, timeOnce(text));
      timings.push({ shape: shape.name, size, ms: best });
      slow = best > giveUpMs;
    }
  }
  return timings;
}

const sizeLabel = (size: number) => (size >= 2 ** 20 ? `${size / 2 ** 20} MB` : `${size / 2 ** 10} KB`);

/** A Markdown table: one row per shape, one column per size. */
export function timingTable(timings: readonly Timing[]): string {
  const sizes = [...new Set(timings.map((timing) => timing.size))];
  const shapes = [...new Set(timings.map((timing) => timing.shape))];
  const cell = (shape: string, size: number) => {
    const ms = timings.find((timing) => timing.shape === shape && timing.size === size)?.ms;
    return ms === undefined ? 'skipped' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
  };
  return [
    `| input (ms) | ${sizes.map(sizeLabel).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...shapes.map((shape) => `| ${shape} | ${sizes.map((size) => cell(shape, size)).join(' | ')} |`),
  ].join('\n');
}

/** The heading of the parse timings in bench/RESULTS.md. */
export const PARSE_SECTION = '## Paste parsing';

/**
 * `document` with the section that starts at `heading` replaced by `section` (or `section` appended).
 * A section runs to the next heading of the same level.
 */
export function replaceSection(document: string, heading: string, section: string): string {
  const start = document.indexOf(`\n${heading}\n`);
  if (start === -1) return `${document.trimEnd()}\n\n${section.trimEnd()}\n`;
  const next = document.indexOf('\n## ', start + 1);
  const rest = next === -1 ? '' : document.slice(next);
  return `${document.slice(0, start).trimEnd()}\n\n${section.trimEnd()}\n${rest}`;
}

/**
 * `document` with its opening part (everything before the first `## ` heading: the scale benchmark's own report)
 * replaced by `intro`, every later section kept as it is.
 */
export function replaceIntro(document: string, intro: string): string {
  const next = document.indexOf('\n## ');
  const rest = next === -1 ? '' : document.slice(next + 1);
  return `${intro.trimEnd()}\n${rest ? `\n${rest}` : ''}`;
}
