/**
 * Microsoft's own Kusto parser (Kusto.Language, shipped on npm as @kusto/language-service-next), set up
 * with the tables and functions the site's queries read, so that a test sees the errors Log Analytics
 * and Sentinel would report.
 */
import { createRequire } from 'node:module';
import { WATCHLIST_COLUMNS } from '../src/schemas/api.ts';

// The package is a Bridge.NET build: its runtime, then the language library, each defining globals.
const require = createRequire(import.meta.url);
require('@kusto/language-service-next/bridge.js');
require('@kusto/language-service-next/Kusto.Language.Bridge.js');

interface Diagnostic {
  Code: string;
  Severity: string;
  Message: string;
  Start: number;
}
interface List<T> {
  Count: number;
  getItem(index: number): T;
}
interface KustoLanguage {
  GlobalState: { Default: { WithDatabase(database: unknown): unknown } };
  KustoCode: { ParseAndAnalyze(text: string, globals: unknown): { GetDiagnostics(): List<Diagnostic> } };
  KustoFacts: { GetStringLiteralValue(literal: string): string };
  Symbols: {
    TableSymbol: { $ctor7: new (name: string, schema: string, description: string | null) => unknown };
    FunctionSymbol: { $ctor16: new (name: string, parameters: string, body: string, description: string | null) => unknown };
    DatabaseSymbol: { $ctor2: new (name: string, alternateName: string | null, members: unknown[]) => unknown };
  };
}
const Kusto = (globalThis as unknown as { Kusto: { Language: KustoLanguage } }).Kusto.Language;

/**
 * The `SigninLogs` columns the site's queries use, with the types of Microsoft's table reference
 * (https://learn.microsoft.com/azure/azure-monitor/reference/tables/signinlogs): `ResultType` is a
 * string there, which is why every query compares it with "0" and joins it to codes written as text.
 */
const SIGNIN_LOGS = [
  'TimeGenerated:datetime',
  'ResultType:string',
  'ResultDescription:string',
  'ResultSignature:string',
  'UserPrincipalName:string',
  'UserDisplayName:string',
  'UserId:string',
  'UserType:string',
  'AlternateSignInName:string',
  'IPAddress:string',
  'AutonomousSystemNumber:string',
  'Location:string',
  'LocationDetails:dynamic',
  'AppDisplayName:string',
  'AppId:string',
  'ResourceDisplayName:string',
  'ResourceTenantId:string',
  'HomeTenantId:string',
  'ClientAppUsed:string',
  'UserAgent:string',
  'DeviceDetail:dynamic',
  'Status:dynamic',
  'ConditionalAccessStatus:string',
  'ConditionalAccessPolicies:dynamic',
  'AuthenticationRequirement:string',
  'AuthenticationProtocol:string',
  'AuthenticationDetails:string',
  'MfaDetail:dynamic',
  'RiskLevelDuringSignIn:string',
  'RiskLevelAggregated:string',
  'RiskState:string',
  'RiskDetail:string',
  'RiskEventTypes:string',
  'RiskEventTypes_V2:string',
  'IsInteractive:bool',
  'CorrelationId:string',
  'OperationName:string',
  'Category:string',
];

/**
 * Sentinel's `_GetWatchlist(alias)`: the watchlist's own columns, all text, beside the SearchKey and the
 * bookkeeping columns Sentinel adds. Declared for the site's watchlist, the only one its queries name.
 */
const WATCHLIST = ['_DTItemId:string', 'LastUpdatedTimeUTC:datetime', 'SearchKey:string', ...WATCHLIST_COLUMNS.map((column) => `${column}:string`)];

const database = new Kusto.Symbols.DatabaseSymbol.$ctor2('Sentinel', null, [
  new Kusto.Symbols.TableSymbol.$ctor7('SigninLogs', `(${SIGNIN_LOGS.join(', ')})`, null),
  new Kusto.Symbols.FunctionSymbol.$ctor16('_GetWatchlist', '(watchlistAlias:string)', `{ datatable(${WATCHLIST.join(', ')})[] }`, null),
]);
const globals = Kusto.GlobalState.Default.WithDatabase(database);

/** Every error the parser and its semantic analysis report, as `line:column: KS000 message`. */
export function kustoErrors(query: string): string[] {
  const diagnostics = Kusto.KustoCode.ParseAndAnalyze(query, globals).GetDiagnostics();
  const errors: string[] = [];
  for (let index = 0; index < diagnostics.Count; index++) {
    const diagnostic = diagnostics.getItem(index);
    if (diagnostic.Severity !== 'Error') continue;
    const before = query.slice(0, diagnostic.Start).split('\n');
    errors.push(`${before.length}:${before.at(-1)!.length + 1}: ${diagnostic.Code} ${diagnostic.Message}`);
  }
  return errors;
}

/** The text Kusto reads from a string literal, escapes decoded. */
export function kustoStringValue(literal: string): string {
  return Kusto.KustoFacts.GetStringLiteralValue(literal);
}
