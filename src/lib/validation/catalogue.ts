/**
 * The catalogue of codes known to exist, read in one place: the rules below ask only for this module's
 * answers, so that the catalogue can move to another file or format with one edit here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKnownCodes, type KnownCode } from '../known-codes.ts';
import type { Problem } from './rules.ts';

export const CATALOGUE_FILE = 'content/known-codes.tsv';

export interface Catalogue {
  entries: readonly KnownCode[];
  codes: ReadonlySet<number>;
  /** The line of the catalogue that lists `code`, for messages (1 when it cannot be told). */
  lineOf: (code: number) => number;
}

export function catalogueFrom(text: string, file = CATALOGUE_FILE): Catalogue {
  const entries = parseKnownCodes(text, file);
  const lines = text.split(/\r?\n/);
  return {
    entries,
    codes: new Set(entries.map((entry) => entry.code)),
    lineOf: (code) => Math.max(1, lines.findIndex((line) => line.split('\t')[0] === String(code)) + 1),
  };
}

/** Reads the catalogue under `root`; a missing or malformed one is a problem to report, not a crash. */
export function readCatalogue(root: string): { ok: true; catalogue: Catalogue } | { ok: false; problem: Problem } {
  let text: string;
  try {
    text = readFileSync(join(root, CATALOGUE_FILE), 'utf8');
  } catch {
    return { ok: false, problem: { file: CATALOGUE_FILE, line: 1, column: 1, rule: 'KB027', message: 'the catalogue of known codes is missing', hint: `restore ${CATALOGUE_FILE} from the repository` } };
  }
  try {
    return { ok: true, catalogue: catalogueFrom(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^[^:]+:(\d+): (.*)$/.exec(message);
    return { ok: false, problem: { file: CATALOGUE_FILE, line: Number(match?.[1] ?? 1), column: 1, rule: 'KB027', message: match?.[2] ?? message } };
  }
}

/** The catalogue's side of the agreement: every code with a page has no wanted reason, every other code has one. */
export function catalogueProblems(catalogue: Catalogue, pages: ReadonlySet<number>): Problem[] {
  return catalogue.entries.flatMap((entry): Problem[] => {
    const at = { file: CATALOGUE_FILE, line: catalogue.lineOf(entry.code), column: 1, rule: 'KB027' as const };
    if (pages.has(entry.code) && entry.wantedBecause !== '') {
      return [{ ...at, message: `code ${entry.code} has a page, but its wanted_because column still says why it is wanted`, hint: 'clear the last column of this line' }];
    }
    if (!pages.has(entry.code) && entry.wantedBecause === '') {
      return [{ ...at, message: `code ${entry.code} has neither a page nor a reason why it is still wanted`, hint: `write the page with \`npm run new -- ${entry.code}\`, or say in the wanted_because column what is not yet established` }];
    }
    return [];
  });
}
