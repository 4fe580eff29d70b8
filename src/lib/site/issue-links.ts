/** Links that open the repository's issue forms with the fields already filled in (GitHub reads each field's id from the query). */

function issueForm(repository: string, template: string, fields: Record<string, string>): string {
  const url = new URL(`${repository.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('template', template);
  for (const [id, value] of Object.entries(fields)) if (value) url.searchParams.set(id, value);
  return url.href;
}

/** "Please add code N", prefilled with the code and Microsoft's message. */
export function addCodeIssueUrl(repository: string, code: number | string, message: string): string {
  return issueForm(repository, 'add-code.yml', { title: `Please add code AADSTS${code}`, code: `AADSTS${code}`, message });
}

/** "This page is wrong", prefilled with the code, the page's address and when it was last reviewed. */
export function reportProblemUrl(repository: string, page: { code?: number | string; url: string; reviewed?: string }): string {
  return issueForm(repository, 'page-is-wrong.yml', {
    title: page.code === undefined ? `Problem on ${page.url}` : `AADSTS${page.code}: problem on the page`,
    code: page.code === undefined ? '' : String(page.code),
    url: page.url,
    reviewed: page.reviewed ?? '',
  });
}
