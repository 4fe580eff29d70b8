import { describe, expect, it } from 'vitest';
import { addCodeIssueUrl, reportProblemUrl } from '../../src/lib/site/issue-links.ts';

const fields = (url: string) => {
  const parsed = new URL(url);
  return { path: `${parsed.origin}${parsed.pathname}`, query: Object.fromEntries(parsed.searchParams) };
};

describe('issue form links', () => {
  it('prefill "add a code" with the code and Microsoft’s message, on a repository URL with or without a trailing slash', () => {
    for (const repository of ['https://github.com/example/atlas', 'https://github.com/example/atlas/']) {
      expect(fields(addCodeIssueUrl(repository, 90033, 'A transient error & "more".'))).toEqual({
        path: 'https://github.com/example/atlas/issues/new',
        query: { template: 'add-code.yml', title: 'Please add code AADSTS90033', code: 'AADSTS90033', message: 'A transient error & "more".' },
      });
    }
  });

  it('leave out empty fields', () => {
    expect(fields(addCodeIssueUrl('https://github.com/example/atlas', '90033', '')).query).toEqual({ template: 'add-code.yml', title: 'Please add code AADSTS90033', code: 'AADSTS90033' });
  });

  it('prefill "this page is wrong" with the code, the address and the review date', () => {
    expect(fields(reportProblemUrl('https://github.com/example/atlas', { code: 50126, url: 'https://atlas.test/codes/50126/', reviewed: '2026-11-22' })).query).toEqual({
      template: 'page-is-wrong.yml',
      title: 'AADSTS50126: problem on the page',
      code: '50126',
      url: 'https://atlas.test/codes/50126/',
      reviewed: '2026-11-22',
    });
  });

  it('title a report on a page without a code by its address', () => {
    expect(fields(reportProblemUrl('https://github.com/example/atlas', { url: 'https://atlas.test/causes/x/' })).query).toEqual({
      template: 'page-is-wrong.yml',
      title: 'Problem on https://atlas.test/causes/x/',
      url: 'https://atlas.test/causes/x/',
    });
  });
});
