/** Loads what search adds to the catalogue at build time: the screens file, the table of how often codes are met and people's words for codes. */
import { existsSync, readFileSync } from 'node:fs';
import type { Screen } from '../../schemas/screen.ts';
import { CODE_FREQUENCY_FILE, parseCodeFrequency } from '../catalog/code-frequency.ts';
import { formatScreenProblems, parseScreens, SCREENS_FILE } from '../catalog/screens.ts';
import { parsePhrasings, PHRASINGS_FILE } from './phrasings.ts';
import { peopleWords } from './people-words.ts';

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

/**
 * People's words per code from the `train` rows of the real phrasings (the `test` rows are dropped by `peopleWords`);
 * none without the file. Throws with every problem as `file:line: message`.
 */
export function loadPeopleWords(file = PHRASINGS_FILE): Map<number, string> {
  if (!existsSync(file)) return new Map();
  const { rows, problems } = parsePhrasings(readFileSync(file, 'utf8'), file);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return peopleWords(rows);
}
