/** The documented KQL that enriches sign-in logs with this site's catalogue: over the CSV, or self-contained. */
import { CSV_COLUMNS, type CodeSummary } from '../../schemas/api.ts';

const JOIN_AND_PROJECT = `SigninLogs
| where TimeGenerated > ago(1d)
| where ResultType != "0"
| join kind=leftouter (AtlasCodes) on $left.ResultType == $right.code
| project TimeGenerated, UserPrincipalName, AppDisplayName, ResultType, ResultDescription,
    AtlasTitle = title, AtlasCategory = category, AtlasSignal = signal, AtlasPage = url
| order by TimeGenerated desc`;

/** Reads the published CSV at query time, so the query never goes stale. */
export function enrichmentQuery(csvUrl: string): string {
  const columns = CSV_COLUMNS.map((column) => `${column}:string`).join(', ');
  return `let AtlasCodes = externaldata(${columns})
    [h@"${csvUrl}"]
    with (format="csv", ignoreFirstRecord=true);
${JOIN_AND_PROJECT}`;
}

/** A KQL string literal: backslashes and quotes escaped, control characters dropped. */
export function kqlString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const DATATABLE_COLUMNS = ['code', 'title', 'category', 'signal', 'url'] as const;

/** The same enrichment with every code inlined as a `datatable`, for workspaces that cannot reach the site. */
export function datatableQuery(codes: readonly CodeSummary[]): string {
  const rows = codes.map((code) => `  ${DATATABLE_COLUMNS.map((column) => kqlString(String(code[column] ?? ''))).join(', ')}`);
  return `let AtlasCodes = datatable(${DATATABLE_COLUMNS.map((column) => `${column}:string`).join(', ')})
[
${rows.join(',\n')}
];
${JOIN_AND_PROJECT}
`;
}
