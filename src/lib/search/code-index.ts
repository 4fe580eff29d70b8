/**
 * The compact index of codes that as-you-type search downloads instead of the full-text index: for every code,
 * its symbolic name, title, Microsoft's message, the symptoms and screen lines that lead to it, its causes, whether
 * it has a written guide and how often it is met. Sent as arrays, not objects, because key names would be a third of
 * the bytes.
 */

export interface CodeDocument {
  /** The code, without AADSTS. */
  id: number;
  /** Microsoft's symbolic name; empty where none is published. */
  name: string;
  /** The guide's title; empty for a reference page, whose title is its message. */
  title: string;
  message: string;
  /** People's words for what they saw (a guide's symptoms). */
  symptoms: string[];
  /** The headline and key sentence of each screen that leads to the code (content/screens.yaml). */
  screens: string[];
  /** The guide's causes, as the words of their names. */
  causes: string;
  /** Whether the code has a written guide, not only a reference page. */
  guide: boolean;
  /** How often the code is met, 0–1 (content/code-frequency.tsv); 0 where unknown. */
  met: number;
}

export type CodeDocumentRow = [number, string, string, string, string[], string[], string, 0 | 1, number];

export interface CodeSource {
  code: number;
  name: string;
  message: string;
  guide?: { title: string; symptoms: readonly string[]; causes: readonly string[] };
}

/** The documents of the index, one per code, in the order given. */
export function codeDocuments(
  codes: readonly CodeSource[],
  screenLinesOf: (code: number) => string[],
  met: (code: number) => number,
): CodeDocument[] {
  return codes.map((code) => ({
    id: code.code,
    name: code.name,
    title: code.guide?.title ?? '',
    message: code.message,
    symptoms: [...(code.guide?.symptoms ?? [])],
    screens: screenLinesOf(code.code),
    causes: (code.guide?.causes ?? []).map((slug) => slug.replace(/-/g, ' ')).join(' · '),
    guide: code.guide !== undefined,
    met: Math.round(met(code.code) * 1000) / 1000,
  }));
}

export function toRow(document: CodeDocument): CodeDocumentRow {
  return [document.id, document.name, document.title, document.message, document.symptoms, document.screens, document.causes, document.guide ? 1 : 0, document.met];
}

export function fromRow([id, name, title, message, symptoms, screens, causes, guide, met]: CodeDocumentRow): CodeDocument {
  return { id, name, title, message, symptoms, screens, causes, guide: guide === 1, met };
}
