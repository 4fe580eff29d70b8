/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (fields: readonly (string | number | null)[]) => fields.map((field) => `"${String(field ?? '').replace(/"/g, '""')}"`).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
