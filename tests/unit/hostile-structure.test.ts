/** Files shaped to break the tools rather than the page: nesting thousands of levels deep, front matter that ends where only one reader sees it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContent } from '../../src/lib/mdx/render.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/format.ts';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';
import { MAX_NESTING, tooDeep } from '../../src/lib/validation/nesting.ts';

const minimal = readFileSync(new URL('../fixtures/valid/code-minimal.mdx', import.meta.url), 'utf8');
const check = (source: string) => checkFile('codes', 'content/codes/50126.mdx', Buffer.from(source), { knownCodes: new Set([50126]) }).problems.map(formatProblem);
const site = { codePage: () => undefined };
/** `- - - a` nests a list in a list item per dash: 6,000 levels in 12 KB. */
const deepList = (levels: number) => `${minimal}\n${'- '.repeat(levels)}a\n`;

describe('nesting deeper than any page needs', () => {
  it.each([
    ['6,000 nested list items', deepList(6000)],
    ['120 nested quotes', `${minimal}\n${'> '.repeat(120)}a\n`],
    ['60 nested <Note>s', `${minimal}\n${'<Note>'.repeat(60)}a${'</Note>'.repeat(60)}\n`],
  ])('%s: refused as KB037 at the place, with no stack trace', (_, source) => {
    const problems = check(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/codes\/50126\.mdx:\d+:\d+: KB037 the text nests more than 50 levels deep/);
  });

  it('front matter nested 2,000 levels deep is refused as KB037, not as a YAML error', () => {
    expect(check(minimal.replace('reviewed:', `collect: ${'['.repeat(2000)}${']'.repeat(2000)}\nreviewed:`))).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:14:767: KB037 the front matter nests more than 50 levels deep
        hint: a field needs a few levels at most: flatten the lists and maps",
      ]
    `);
  });

  it('is allowed up to the limit: 24 nested list items are 49 levels', () => {
    expect(check(deepList(24))).toEqual([]);
  });

  it('is measured without recursion, so that a tree of any depth is measured', () => {
    type Node = { children: Node[] };
    const root: Node = { children: [] };
    let node = root;
    for (let level = 0; level < 200_000; level += 1) node = node.children[0] = { children: [] };
    expect(tooDeep(root, (each) => each.children)?.depth).toBe(MAX_NESTING + 1);
    expect(tooDeep(root, (each) => each.children, 200_000)).toBeUndefined();
  });

  it('is never rendered: the renderer refuses it with a message instead of running out of stack', () => {
    expect(() => renderContent(deepList(6000), site)).toThrow('the text nests more than 50 levels deep');
  });
});

describe('where the front matter ends', () => {
  // A tab after the closing dashes: YAML and the validator take the line as the end of the front matter.
  const tabbed = minimal.replace(/\n---\n/, '\n---\t\n');

  it('is the same line for the validator and the page: a closing --- followed by a tab publishes no YAML', () => {
    expect(check(tabbed)).toEqual([]);
    const html = renderContent(tabbed, site);
    expect(html).not.toContain('InvalidUserNameOrPassword');
    expect(html).not.toContain('reviewed');
    expect(html).toBe('<p>Check the keyboard layout and Caps Lock, then type the password again.</p>');
  });

  it('leaves a second block of dashes after the front matter in the body, as the validator reads it', () => {
    const source = minimal.replace('Check the keyboard', '---\nhidden: text\n---\n\nCheck the keyboard');
    const parsed = parseFrontMatter(source);
    expect(parsed.ok && parsed.body).toContain('hidden: text');
    expect(renderContent(source, site)).toContain('hidden: text');
  });

  it('keeps body positions the file’s own', () => {
    expect(check(minimal.replace('Check the keyboard', '<script>alert(1)</script>\n\nCheck the keyboard'))[0]).toMatch(/^content\/codes\/50126\.mdx:17:1: KB014 /);
  });
});

describe('an aligned Markdown table', () => {
  it('is aligned by classes of the stylesheet, with no inline style for the CSP to block', () => {
    const html = renderContent(`${minimal}\n| left | centre | right |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n`, site);
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">left</th>');
    expect(html).toContain('<td class="align-center">2</td>');
    expect(html).toContain('<td class="align-right">3</td>');
  });
});

describe('a title with a right-to-left override', () => {
  it('is refused at the field, with the character named', () => {
    expect(check(minimal.replace('title: The username or password is wrong', 'title: "Reset it at \\u202Emoc.elpmaxe\\u202C"'))).toMatchInlineSnapshot(`
      [
        "content/codes/50126.mdx:4:1: KB038 "title" contains the bidirectional control character U+202E, which shows the text after it in another order than it is read
        hint: delete it: the site sets the direction of its text itself",
      ]
    `);
  });
});
