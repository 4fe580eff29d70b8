import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/lib/mdx/render.ts';

const element = (tagName: string, properties: Record<string, unknown> = {}, children: Parameters<typeof toHtml>[0] = []) => ({ type: 'element', tagName, properties, children: [...children] });
const text = (value: string) => ({ type: 'text', value });

describe('writing a hast tree out as HTML', () => {
  it.each(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])('writes the void element <%s> without a closing tag', (tagName) => {
    expect(toHtml([element(tagName)])).toBe(`<${tagName}>`);
  });

  it('closes an element that is not void, even when it is empty', () => {
    expect(toHtml([element('p'), element('td', {}, [text('1')])])).toBe('<p></p><td>1</td>');
  });

  it('writes a class list separated by spaces and leaves out unset properties', () => {
    expect(toHtml([element('li', { className: ['task-list-item', 'done'], id: null, title: undefined, hidden: false, start: 3 })])).toBe('<li class="task-list-item done" start="3"></li>');
  });

  it('writes a true property as a bare attribute', () => {
    expect(toHtml([element('input', { type: 'checkbox', checked: true, disabled: true })])).toBe('<input type="checkbox" checked disabled>');
  });

  it('writes ARIA names as one word and data names with a dash before each word', () => {
    expect(toHtml([element('a', { ariaDescribedBy: ['footnote-label'], ariaHidden: 'true', dataFootnoteBackref: '', tabIndex: -1 })])).toBe(
      '<a aria-describedby="footnote-label" aria-hidden="true" data-footnote-backref="" tabindex="-1"></a>',
    );
  });

  it('escapes hostile text and attribute values', () => {
    expect(toHtml([element('a', { href: '/x?a=1&b="2"', title: '"><script>alert(1)</script>' }, [text('</a><script>alert(1)</script> & more')])])).toBe(
      '<a href="/x?a=1&amp;b=&quot;2&quot;" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>',
    );
  });

  it('never writes out comments, doctypes, raw HTML or MDX expressions and modules', () => {
    const hidden = [
      { type: 'comment', value: ' secret ' },
      { type: 'doctype' },
      { type: 'raw', value: '<script>alert(1)</script>' },
      { type: 'mdxFlowExpression', value: 'alert(1)' },
      { type: 'mdxjsEsm', value: 'export const x = 1' },
    ];
    expect(toHtml([text('a'), ...hidden, element('p', {}, [...hidden, text('b')])])).toBe('a<p>b</p>');
  });
});
