/**
 * One way for every script to read its arguments: an unknown option, a missing value, a stray argument or the
 * wrong number of arguments is answered with what was wrong and the script's usage line (exit code 2), never with
 * Node's stack trace, and `--help` prints the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { visible } from '../../src/lib/validation/terminal-text.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options, P extends boolean> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: P; strict: true }>>;

export type CommandLine<T extends Options, P extends boolean> =
  | { kind: 'ok'; values: Parsed<T, P>['values']; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'error'; text: string };

/** How many arguments besides the options a script takes (`npm run sync -- FILE`: exactly one). */
export interface PositionalCount {
  min: number;
  max: number;
}

/** Reads `args` against `options`; pure, so that every answer can be tested. Without `positionals`, none are allowed. */
export function parseCommandLine<T extends Options>(args: readonly string[], options: T, usage: string, positionals?: PositionalCount): CommandLine<T, boolean> {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help', text: usage };
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: positionals !== undefined, strict: true });
    const count = parsed.positionals.length;
    if (positionals && (count < positionals.min || count > positionals.max)) return { kind: 'error', text: usage };
    return { kind: 'ok', values: parsed.values as Parsed<T, boolean>['values'], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's message quotes what was typed: shown as visible escapes, never acted on by the terminal.
    return { kind: 'error', text: `${visible((error as Error).message)}\n${usage}` };
  }
}

/** The scripts' side of it: prints help or the problem and exits, or returns the values. */
export function readCommandLine<T extends Options>(options: T, usage: string, positionals?: PositionalCount) {
  const line = parseCommandLine(process.argv.slice(2), options, usage, positionals);
  if (line.kind === 'help') {
    console.log(line.text);
    process.exit(0);
  }
  if (line.kind === 'error') {
    console.error(line.text);
    process.exit(2);
  }
  return line;
}
