/** The documented KQL that enriches sign-in logs with this site's CSV. */
import { CSV_COLUMNS } from '../schemas/api.ts';

export function enrichmentQuery(csvUrl: string): string {
  const columns = CSV_COLUMNS.map((column) => `${column}:string`).join(', ');
  return `let AtlasCodes = externaldata(${columns})
    [h@"${csvUrl}"]
    with (format="csv", ignoreFirstRecord=true);
SigninLogs
| where TimeGenerated > ago(1d)
| where ResultType != "0"
| join kind=leftouter (AtlasCodes) on $left.ResultType == $right.code
| project TimeGenerated, UserPrincipalName, AppDisplayName, ResultType, ResultDescription,
    AtlasTitle = title, AtlasCategory = category, AtlasSignal = signal, AtlasPage = url
| order by TimeGenerated desc`;
}
