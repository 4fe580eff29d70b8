/** The documented KQL that enriches sign-in logs with this site's catalogue: over the CSV, self-contained, or through a Sentinel watchlist. */
import { CSV_COLUMNS, type CodeSummary } from '../../schemas/api.ts';
import { SECURITY_SIGNAL } from './signals.ts';
import { BIDI_CONTROLS, C0_C1_CONTROLS, LINE_SEPARATORS } from '../site/control-characters.ts';

/**
 * Characters a KQL string literal cannot hold as they are, with the escape Kusto reads back as the same
 * character. Kusto's documentation names `\t`, `\n`, `\\` and the quotes; Kusto.Language, Microsoft's own
 * parser (`KustoFacts.DecodeEscapes`), also reads `\r` and `\uXXXX`. Line breaks end a literal; the other
 * controls, the Unicode line and paragraph separators (U+0085, U+2028, U+2029) and the bidirectional
 * overrides would break or visually reorder the query in an editor, so they are written as escapes too.
 */
const NEEDS_ESCAPE = new RegExp(`[\\\\"${C0_C1_CONTROLS}${LINE_SEPARATORS}${BIDI_CONTROLS}]`, 'g');
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A double-quoted KQL string literal that Kusto reads back as exactly `text`, on one line. */
export function kqlString(text: string): string {
  return `"${text.replace(NEEDS_ESCAPE, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** Keeps security signals only, after any of the joins below: the same codes `/signals/` lists. */
export const SECURITY_SIGNAL_FILTER = `| where AtlasSignal == ${kqlString(SECURITY_SIGNAL)}`;
/** Hides the normal interruptions of a sign-in flow and the passing service errors. */
export const HIDE_ROUTINE_FILTER = `| where AtlasSignal !in (${kqlString('interrupt')}, ${kqlString('transient')})`;

// `title` is a Kusto keyword (as in `render ... with (title=...)`): as a column it must be written ['title'].
const JOIN_AND_PROJECT = `SigninLogs
| where TimeGenerated > ago(1d)
| where ResultType != "0"
| join kind=leftouter (AtlasCodes) on $left.ResultType == $right.code
| project TimeGenerated, UserPrincipalName, AppDisplayName, ResultType, ResultDescription,
    AtlasTitle = ['title'], AtlasCategory = category, AtlasSignal = signal, AtlasPage = url
| order by TimeGenerated desc`;

/** Reads the published CSV at query time, so the query never goes stale. */
export function enrichmentQuery(csvUrl: string): string {
  const columns = CSV_COLUMNS.map((column) => `['${column}']:string`).join(', ');
  return `let AtlasCodes = externaldata(${columns})
    [h${kqlString(csvUrl)}]
    with (format="csv", ignoreFirstRecord=true);
${JOIN_AND_PROJECT}`;
}

export const DATATABLE_COLUMNS = ['code', 'title', 'category', 'signal', 'url'] as const;

/** The same enrichment with every code inlined as a `datatable`, for workspaces that cannot reach the site. */
export function datatableQuery(codes: readonly CodeSummary[]): string {
  const rows = codes.map((code) => `  ${DATATABLE_COLUMNS.map((column) => kqlString(String(code[column] ?? ''))).join(', ')}`);
  return `let AtlasCodes = datatable(${DATATABLE_COLUMNS.map((column) => `['${column}']:string`).join(', ')})
[
${rows.join(',\n')}
];
${JOIN_AND_PROJECT}
`;
}

/** The alias the watchlist is documented under; the query below names it. */
export const WATCHLIST_ALIAS = 'EntraErrorAtlas';

/**
 * The enrichment through a Microsoft Sentinel watchlist uploaded from `/api/sentinel-watchlist.csv` with
 * `Code` as its SearchKey. `_GetWatchlist` returns the SearchKey as a column of its own, and Microsoft
 * advises joining on it; `lookup` keeps every sign-in, matched or not.
 */
export function watchlistQuery(alias: string = WATCHLIST_ALIAS): string {
  return `SigninLogs
| where TimeGenerated > ago(1d)
| where ResultType != "0"
| lookup kind=leftouter (
    _GetWatchlist(${kqlString(alias)})
    | project SearchKey, AtlasTitle = Title, AtlasCategory = Category, AtlasSignal = Signal, AtlasConfidence = Confidence, AtlasPage = Url
  ) on $left.ResultType == $right.SearchKey
| project TimeGenerated, UserPrincipalName, AppDisplayName, ResultType, ResultDescription,
    AtlasTitle, AtlasCategory, AtlasSignal, AtlasConfidence, AtlasPage
| order by TimeGenerated desc
`;
}
