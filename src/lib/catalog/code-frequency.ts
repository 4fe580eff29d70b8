/** Reads the table of how often each code is met (`content/code-frequency.tsv`: code, score, method), which breaks ties in search. */

export const CODE_FREQUENCY_FILE = 'content/code-frequency.tsv';

/** Each code's score, scaled to 0–1 by the highest score in the table; codes not in the table are absent. Throws on a malformed table, naming the line. */
export function parseCodeFrequency(text: string, file = CODE_FREQUENCY_FILE): Map<number, number> {
  const lines = text.split(/\r?\n/);
  const header = lines[0].split('\t');
  const codeColumn = header.indexOf('code');
  const scoreColumn = header.indexOf('score');
  if (codeColumn < 0 || scoreColumn < 0) throw new Error(`${file}:1:1: the header must name the columns "code" and "score" (found: ${header.join(', ')})`);
  const scores = new Map<number, number>();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const code = Number(cells[codeColumn]);
    const score = Number(cells[scoreColumn]);
    if (!Number.isInteger(code) || code <= 0 || !Number.isFinite(score) || score < 0) {
      throw new Error(`${file}:${index + 2}:1: expected a code and a score of 0 or more, found "${cells[codeColumn]}" and "${cells[scoreColumn]}"`);
    }
    scores.set(code, score);
  });
  const highest = Math.max(0, ...scores.values());
  return new Map([...scores].map(([code, score]) => [code, highest > 0 ? score / highest : 0]));
}
