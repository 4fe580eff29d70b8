/**
 * One way for every script to read its arguments: an unknown option, a missing value or a stray argument is
 * answered with what was wrong and the script's usage line (exit code 2), never with Node's stack trace, and
 * `--help` prints the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { visible } from '../../src/lib/validation/terminal-text.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options, P extends boolean> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: P; strict: true }>>;

export type CommandLine<T extends Options, P extends boolean> =
  | { kind: 'ok'; values: Parsed<T, P>['values']; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'error'; text: string };

/** Reads `args` against `options`; pure, so that every answer can be tested. */
export function parseCommandLine<T extends Options, P extends boolean = false>(
  args: readonly string[],
  options: T,
  usage: string,
  allowPositionals?: P,
): CommandLine<T, P> {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help', text: usage };
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: allowPositionals ?? false, strict: true });
    return { kind: 'ok', values: parsed.values as Parsed<T, P>['values'], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's message quotes what was typed: shown as visible escapes, never acted on by the terminal.
    return { kind: 'error', text: `${visible((error as Error).message)}\n${usage}` };
  }
}

/** The scripts' side of it: prints help or the problem and exits, or returns the values. */
export function readCommandLine<T extends Options, P extends boolean = false>(options: T, usage: string, allowPositionals?: P) {
  const line = parseCommandLine(process.argv.slice(2), options, usage, allowPositionals);
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
