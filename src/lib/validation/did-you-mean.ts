/** Suggests the nearest known name for a misspelt one. */
import { closest, distance } from 'fastest-levenshtein';

/** The candidate closest to `name`, if it is close enough to be a likely typo. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(name, candidates as string[]);
  const allowed = Math.max(2, Math.floor(name.length / 3));
  return distance(name, best) <= allowed ? best : undefined;
}

/** A hint sentence for `didYouMean`, or undefined when nothing is close. */
export function didYouMeanHint(name: string, candidates: readonly string[]): string | undefined {
  const suggestion = didYouMean(name, candidates);
  return suggestion === undefined ? undefined : `did you mean "${suggestion}"?`;
}
