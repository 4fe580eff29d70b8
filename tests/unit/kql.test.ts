import { describe, expect, it } from 'vitest';
import { datatableQuery, enrichmentQuery } from '../../src/lib/publish/kql.ts';

const code = (fields: Record<string, unknown>) => ({ code: 50126, name: null, title: 'T', summary: 'S', message: 'M', category: 'password', audiences: [], signal: 'user-error', guide: true, confidence: null, url: 'https://atlas.test/codes/50126/', ...fields }) as never;

describe('datatableQuery', () => {
  it('declares one row per code, separated by commas, and joins it to SigninLogs', () => {
    const query = datatableQuery([code({}), code({ code: 90033, title: 'A "transient" error', category: null, url: 'https://atlas.test/codes/90033/' })]);
    expect(query).toContain("let AtlasCodes = datatable(['code']:string, ['title']:string, ['category']:string, ['signal']:string, ['url']:string)");
    expect(query).toContain('  "50126", "T", "password", "user-error", "https://atlas.test/codes/50126/",\n  "90033", "A \\"transient\\" error", "", "user-error", "https://atlas.test/codes/90033/"\n];');
    expect(query).toContain('join kind=leftouter (AtlasCodes) on $left.ResultType == $right.code');
  });
});

describe('enrichmentQuery', () => {
  it('reads the CSV with every declared column as text, skipping its header, and joins it to SigninLogs', () => {
    expect(enrichmentQuery('https://atlas.test/api/codes.csv')).toMatchInlineSnapshot(`
      "let AtlasCodes = externaldata(['code']:string, ['name']:string, ['title']:string, ['message']:string, ['category']:string, ['signal']:string, ['guide']:string, ['url']:string, ['confidence']:string)
          [h"https://atlas.test/api/codes.csv"]
          with (format="csv", ignoreFirstRecord=true);
      SigninLogs
      | where TimeGenerated > ago(1d)
      | where ResultType != "0"
      | join kind=leftouter (AtlasCodes) on $left.ResultType == $right.code
      | project TimeGenerated, UserPrincipalName, AppDisplayName, ResultType, ResultDescription,
          AtlasTitle = ['title'], AtlasCategory = category, AtlasSignal = signal, AtlasPage = url
      | order by TimeGenerated desc"
    `);
  });
});
