/** Loads what search adds to the catalogue at build time: the screens file, and the table of how often codes are met. */
import { existsSync, readFileSync } from 'node:fs';
import type { Screen } from '../../schemas/screen.ts';
import { CODE_FREQUENCY_FILE, parseCodeFrequency } from '../catalog/code-frequency.ts';
import { formatScreenProblems, parseScreens, SCREENS_FILE } from '../catalog/screens.ts';

/** The screens of `content/screens.yaml` (none without the file); throws with every problem as `file:line:column: message`. */
export function loadScreens(knownCodes: ReadonlySet<number>): Screen[] {
  if (!existsSync(SCREENS_FILE)) return [];
  const { screens, problems } = parseScreens(readFileSync(SCREENS_FILE, 'utf8'), knownCodes);
  if (problems.length > 0) throw new Error(formatScreenProblems(problems));
  return screens;
}

/** How often each code is met, 0–1; an empty table until `content/code-frequency.tsv` exists, so that ties fall back to code order. */
export function loadCodeFrequency(): Map<number, number> {
  return existsSync(CODE_FREQUENCY_FILE) ? parseCodeFrequency(readFileSync(CODE_FREQUENCY_FILE, 'utf8')) : new Map();
}
