/**
 * Counts how often each AADSTS code is met in public text (documentation pages, library sources, issue threads)
 * and combines the counts into one score, for `content/code-frequency.tsv` (method: content/code-frequency.md).
 */

/**
 * Every code a text mentions as `AADSTS<digits>`, as a whole word: AADSTS50126 is not found in AADSTS501261 or
 * XAADSTS50126. Case is ignored because logs and issue titles write `aadsts` too.
 */
export function codesMentioned(text: string): Set<string> {
  const codes = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_])AADSTS(\d+)(?![\p{L}\p{N}_])/giu)) codes.add(match[1]!);
  return codes;
}

/** For each code, how many of the given texts (files, threads) mention it at least once. */
export function countTextsPerCode(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const code of codesMentioned(text)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** What was measured for one code. */
export interface CodeCounts {
  /** How many of Microsoft's published lists carry the code (the catalogue's `documented_in`, `community` excluded). */
  lists: number;
  /** Files in Microsoft documentation repositories that mention it. */
  docFiles: number;
  /** Files in Microsoft's authentication libraries and tools that mention it. */
  libraryFiles: number;
  /** Distinct public threads (issues, Q&A posts) seen to mention it. */
  threads: number;
}

/**
 * One number to sort by: the lists count as they are (0–4) and each other count on a log2 scale, so that one
 * busy repository or one heavily discussed code cannot outweigh being met in several kinds of places.
 * Threads weigh double: they are the closest of the four to how often people actually meet a code.
 */
export function combinedScore(counts: CodeCounts): number {
  const log = (n: number) => Math.log2(1 + n);
  const score = counts.lists + log(counts.docFiles) + log(counts.libraryFiles) + 2 * log(counts.threads);
  return Math.round(score * 100) / 100;
}

export const FREQUENCY_COLUMNS = ['code', 'lists', 'doc_files', 'library_files', 'threads', 'score'] as const;

/** The table as TSV, one line per code in catalogue order, header first. */
export function frequencyTsv(rows: readonly ({ code: string } & CodeCounts)[]): string {
  const lines = rows.map((row) => [row.code, row.lists, row.docFiles, row.libraryFiles, row.threads, combinedScore(row)].join('\t'));
  return [FREQUENCY_COLUMNS.join('\t'), ...lines].join('\n') + '\n';
}
