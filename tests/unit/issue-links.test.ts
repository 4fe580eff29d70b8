import { describe, expect, it } from 'vitest';
import { addCodeIssueUrl, reportProblemUrl } from '../../src/lib/issue-links.ts';

const repo = 'https://github.com/example/atlas';

describe('issue links', () => {
  it('prefills the add-code form with the code and Microsoft’s message, encoded', () => {
    const url = new URL(addCodeIssueUrl(repo, 90033, 'A transient error has occurred. Please try again & retry.'));
    expect(url.pathname).toBe('/example/atlas/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: 'add-code.yml', title: 'Please add code AADSTS90033', code: 'AADSTS90033', message: 'A transient error has occurred. Please try again & retry.' });
  });

  it('prefills the page-is-wrong form with the code, the address and the review date, and leaves out what it lacks', () => {
    expect(Object.fromEntries(new URL(reportProblemUrl(`${repo}/`, { code: 50126, url: 'https://atlas.test/codes/50126/', reviewed: '2026-12-03' })).searchParams)).toEqual({
      template: 'page-is-wrong.yml', title: 'AADSTS50126: problem on the page', code: '50126', url: 'https://atlas.test/codes/50126/', reviewed: '2026-12-03',
    });
    expect(Object.fromEntries(new URL(reportProblemUrl(repo, { url: 'https://atlas.test/fixes/x/' })).searchParams)).toEqual({ template: 'page-is-wrong.yml', title: 'Problem on https://atlas.test/fixes/x/', url: 'https://atlas.test/fixes/x/' });
  });
});
