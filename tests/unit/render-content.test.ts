import { describe, expect, it } from 'vitest';
import { renderContent } from '../../src/lib/mdx/render.ts';

const pages = new Map([[7000222, 'The client secret has expired']]);
const render = (body: string) =>
  renderContent(`---\ntitle: x\n---\n\n${body}`, { codePage: (code) => (pages.has(code) ? { url: `/codes/${code}/`, title: pages.get(code)! } : undefined) }).trim();

describe('rendering content MDX from its syntax tree', () => {
  it('renders Markdown inside a note', () => {
    expect(render('<Note>\nDo **not** approve it.\n</Note>')).toMatchInlineSnapshot(`"<div class="note" role="note"><p>Do <strong>not</strong> approve it.</p></div>"`);
  });

  it('keeps a component inside a code block or inline code as text', () => {
    expect(render('```mdx\n<Note>Not a note</Note>\n```\n\nWrite `<Kbd>Ctrl</Kbd>` for a key.')).toMatchInlineSnapshot(`
      "<pre><code class="language-mdx">&lt;Note&gt;Not a note&lt;/Note&gt;
      </code></pre>
      <p>Write <code>&lt;Kbd&gt;Ctrl&lt;/Kbd&gt;</code> for a key.</p>"
    `);
  });

  it('renders a warning with a label that screen readers announce and an icon they skip', () => {
    expect(render('<Warning>\nDo not approve a prompt you did not start.\n</Warning>')).toMatchInlineSnapshot(`"<div class="warning" role="note"><span class="warning-icon" aria-hidden="true">!</span><div class="warning-text"><strong class="visually-hidden">Warning: </strong><p>Do not approve a prompt you did not start.</p></div></div>"`);
  });

  it('renders steps as the numbered list they wrap', () => {
    expect(render('<Steps>\n1. Open the app.\n2. Press <Kbd>Enter</Kbd>.\n</Steps>')).toMatchInlineSnapshot(`
      "<ol class="steps">
      <li>Open the app.</li>
      <li>Press <kbd>Enter</kbd>.</li>
      </ol>"
    `);
  });

  it('renders an admin-center path in its current wording, with the portal linked', () => {
    expect(render('1. <Path to="Users > All users" />, then select the user.')).toMatchInlineSnapshot(`
      "<ol>
      <li><span class="path" title="Microsoft Entra admin center"><strong>Entra ID</strong> › <strong>Users</strong> › <strong>All users</strong></span>, then select the user.</li>
      </ol>"
    `);
  });

  it('links a code to its page with its title, and shows a code without a page as text', () => {
    expect(render('See <CodeLink code={7000222} /> and <CodeLink code={50053} />.')).toMatchInlineSnapshot(`"<p>See <a class="code-link" href="/codes/7000222/"><code>AADSTS7000222</code> The client secret has expired</a> and <span class="code-link"><code>AADSTS50053</code></span>.</p>"`);
  });

  it('escapes text and attributes', () => {
    expect(render('Tom & "Jerry" <Kbd>\\<</Kbd> [x](https://example.com/?a=1&b="2")')).toMatchInlineSnapshot(`"<p>Tom &amp; “Jerry” <kbd>&lt;</kbd> <a href="https://example.com/?a=1&amp;b=%222%22">x</a></p>"`);
  });

  it('refuses to render a component with props it does not take', () => {
    expect(() => render('<Note kind="tip">\nText.\n</Note>')).toThrow('<Note> has invalid props');
  });
});
