import { describe, expect, it } from 'vitest';
import { datatableQuery, kqlString } from '../../src/lib/kql.ts';

const code = (fields: Record<string, unknown>) => ({ code: 50126, name: null, title: 'T', summary: 'S', message: 'M', category: 'password', audiences: [], signal: 'user-error', guide: true, confidence: null, url: 'https://atlas.test/codes/50126/', ...fields }) as never;

describe('kqlString', () => {
  it('escapes backslashes and quotes and drops control characters', () => {
    expect(kqlString('say "hi" \\ now\n')).toBe('"say \\"hi\\" \\\\ now "');
  });
});

describe('datatableQuery', () => {
  it('declares one row per code, separated by commas, and joins it to SigninLogs', () => {
    const query = datatableQuery([code({}), code({ code: 90033, title: 'A "transient" error', category: null, url: 'https://atlas.test/codes/90033/' })]);
    expect(query).toContain('let AtlasCodes = datatable(code:string, title:string, category:string, signal:string, url:string)');
    expect(query).toContain('  "50126", "T", "password", "user-error", "https://atlas.test/codes/50126/",\n  "90033", "A \\"transient\\" error", "", "user-error", "https://atlas.test/codes/90033/"\n];');
    expect(query).toContain('join kind=leftouter (AtlasCodes) on $left.ResultType == $right.code');
  });
});
