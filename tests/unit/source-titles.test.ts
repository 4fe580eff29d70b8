import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsTitle, parseSourceTitles, SOURCE_TITLES_FILE, titlesByUrl } from '../../src/lib/site/source-titles.ts';
import { checkSourceTitles } from '../../src/lib/validation/check-content.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';
import { sourceLabel } from '../../src/lib/site/source-label.ts';

const CA_GRANT = 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-grant';
const SSPR = 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks';
const LOOKUP = 'https://login.microsoftonline.com/error?code=50126';

/** A cause citing the given pages, checked as content/causes/wrong-password.mdx. */
const causeCiting = (...sources: string[]) =>
  checkFile('causes', 'content/causes/wrong-password.mdx', new TextEncoder().encode(`---\ntitle: The password was mistyped\nsummary: The password typed does not match the one stored for the account.\nfixes: [retype-password]\nsources:\n${sources.map((url) => `  - ${url}\n`).join('')}---\n\nIt happens.\n`));

describe('content/source-titles.tsv', () => {
  it('reads a title for each URL, and names no link by a line without one', () => {
    const { rows, problems } = parseSourceTitles(`url\ttitle\n${SSPR}\tHow password reset works\n${CA_GRANT}\t\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { url: SSPR, title: 'How password reset works', line: 2 },
      { url: CA_GRANT, title: '', line: 3 },
    ]);
    expect([...titlesByUrl(rows)]).toEqual([[SSPR, 'How password reset works']]);
  });

  it('says which line is wrong and how to write it', () => {
    const { problems } = parseSourceTitles(`url title\n${SSPR}\n${SSPR}\ta\tb\nhttp://example.com/x\tX\n${CA_GRANT}\tGrant\n${CA_GRANT}\tGrant again\n`);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}${problem.hint ? ` | ${problem.hint}` : ''}`)).toMatchInlineSnapshot(`
      [
        "1:1 the first line is not the header | start the file with "url", a tab, then "title"",
        "2:1 the line has 1 field, not 2 | write the URL, one tab, then the page’s title as Microsoft gives it",
        "3:1 the line has 3 fields, not 2 | write the URL, one tab, then the page’s title as Microsoft gives it",
        "4:1 "http://example.com/x" is not an https:// URL",
        "6:1 https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-grant is listed twice | keep the line 5 or this one",
      ]
    `);
  });

  it('needs no line for Microsoft’s lookup page, which is named after its code', () => {
    expect(needsTitle(LOOKUP)).toBe(false);
    expect(needsTitle(SSPR)).toBe(true);
  });

  it('refuses a cited page without a line, at the line of the citation, and a cited page without a title, once, as an error', () => {
    const file = causeCiting(LOOKUP, SSPR, CA_GRANT);
    const problems = checkSourceTitles([file, causeCiting(CA_GRANT)], [{ url: CA_GRANT, title: '', line: 9 }]).map(formatProblem);
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/causes/wrong-password.mdx:7:5: KB049 sources[1] https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks has no line in content/source-titles.tsv
        hint: add the line "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks", a tab, then the page's title as Microsoft gives it (the title: of its Markdown source, or its name in the documentation's table of contents); the site names the link by that title",
        "content/source-titles.tsv:9:1: KB050 https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-grant is cited but has no title beside it
        hint: write the page’s title after the tab, as Microsoft gives it (the title: of its Markdown source, or its name in the documentation’s table of contents)",
      ]
    `);
    expect(problems.some((problem) => problem.includes('(warning)'))).toBe(false);
    expect(checkSourceTitles([file], [{ url: SSPR, title: 'How password reset works', line: 2 }, { url: CA_GRANT, title: 'Grant', line: 3 }])).toEqual([]);
    // A line nothing cites any more is no error: removing a citation elsewhere must not break this file.
    expect(checkSourceTitles([causeCiting(SSPR)], [{ url: SSPR, title: 'How password reset works', line: 2 }, { url: CA_GRANT, title: '', line: 3 }])).toEqual([]);
  });

  it('names a link by the page’s title where one is listed, else by its address', () => {
    const titles = new Map([[SSPR, 'How password reset works']]);
    expect(sourceLabel(SSPR, titles)).toBe('How password reset works');
    expect(sourceLabel(CA_GRANT, titles)).toBe('Learn: conditional access grant');
    expect(sourceLabel(LOOKUP, titles)).toBe("Microsoft's lookup for 50126");
  });

  it('lists every page the content cites, once, with https URLs (the validator checks the citations)', () => {
    expect(existsSync(SOURCE_TITLES_FILE)).toBe(true);
    const { rows, problems } = parseSourceTitles(readFileSync(SOURCE_TITLES_FILE, 'utf8'));
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThan(200);
    // Every page has its title, read from Microsoft's own text: no link is named after its address.
    expect(rows.filter((row) => row.title === '').map((row) => row.url)).toEqual([]);
  });
});
