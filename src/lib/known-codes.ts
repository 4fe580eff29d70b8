/** The list of codes known to exist (`content/known-codes.tsv`): code, Microsoft's name, where it is documented, why it has no page. */

export const DOCUMENTED_IN = ['reference-table', 'sign-in-log-list', 'community'] as const;
export type DocumentedIn = (typeof DOCUMENTED_IN)[number];

const HEADER = 'code\tname\tdocumented_in\twanted_because';

export interface KnownCode {
  code: number;
  /** Microsoft's symbolic name; empty where none is published. */
  name: string;
  documentedIn: DocumentedIn[];
  /** Why the code has no page yet (its meaning is not established); empty once it has one. */
  wantedBecause: string;
}

/** Parses the TSV; throws with the line number on a malformed row, so a bad edit fails the build. */
export function parseKnownCodes(text: string, file = 'content/known-codes.tsv'): KnownCode[] {
  const [header, ...lines] = text.split(/\r?\n/);
  if (header !== HEADER) throw new Error(`${file}:1: the header must be "${HEADER.replace(/\t/g, '<TAB>')}"`);
  const seen = new Set<number>();
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const where = `${file}:${index + 2}`;
    const [code, name = '', documented = '', wantedBecause = ''] = line.split('\t');
    if (!/^[1-9][0-9]*$/.test(code)) throw new Error(`${where}: "${code}" is not a code (digits only)`);
    if (seen.has(Number(code))) throw new Error(`${where}: code ${code} is listed twice`);
    seen.add(Number(code));
    const documentedIn = documented.split(',').filter(Boolean);
    const unknown = documentedIn.find((place) => !(DOCUMENTED_IN as readonly string[]).includes(place));
    if (unknown) throw new Error(`${where}: "${unknown}" is not one of ${DOCUMENTED_IN.join(', ')}`);
    return [{ code: Number(code), name, documentedIn: documentedIn as DocumentedIn[], wantedBecause: wantedBecause.trim() }];
  });
}
