/** RFC 4180 CSV that a spreadsheet opens as text: every field quoted, formulas neutralised, UTF-8 marked. */

/**
 * The byte-order mark that makes Excel read a CSV as UTF-8. Without it Excel decodes the file in the
 * machine's legacy code page (Windows-1252 in most of Europe and America), and every non-ASCII letter
 * turns into two or three wrong ones. Other readers skip it (csv-parse with `bom: true`, Python's
 * `utf-8-sig`), and the KQL example ignores the header line it sits on.
 */
export const UTF8_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet evaluate a cell as a formula, as listed by OWASP's
 * "CSV Injection" page: equals, plus, minus, at, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet shows as written: one that starts like a formula gets a leading single
 * quote, which Excel and LibreOffice read as "this is text" (OWASP's advice). Numbers are written as they
 * are: a number cell cannot hold a formula, and the catalogue's codes are positive.
 */
export function neutraliseCell(field: string | number | null): string {
  if (typeof field === 'number') return String(field);
  const text = field ?? '';
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, for files people open in Excel. */
  bom?: boolean;
}

/** Every field quoted, quotes doubled, cells neutralised, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], { bom = false }: CsvOptions = {}): string {
  const line = (fields: readonly (string | number | null)[]) => fields.map((field) => `"${neutraliseCell(field).replace(/"/g, '""')}"`).join(',');
  return (bom ? UTF8_BOM : '') + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
