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

  it('refuses to render a component with props it does not take, naming every problem', () => {
    expect(() => render('<Note kind="tip">\nText.\n</Note>')).toThrow('<Note> has invalid props: Unrecognized key: "kind"');
    expect(() => render('<CodeLink code="x" extra="y" />')).toThrow('<CodeLink> has invalid props: must be a number in braces, e.g. code={7000222}; Unrecognized key: "extra"');
  });

  it('refuses HTML tags, fragments and unknown components instead of writing them out', () => {
    expect(() => render('<script>alert(1)</script>')).toThrow('<script> is not a content component');
    expect(() => render('Text <img src="x" onerror="alert(1)" /> here.')).toThrow('<img> is not a content component');
    expect(() => render('<Callout>\nText.\n</Callout>')).toThrow('<Callout> is not a content component');
    expect(() => render('<>\nText.\n</>')).toThrow(/^<> is not a content component$/);
  });

  it('writes expressions and ES modules out as nothing, never running them', () => {
    expect(render('Before {alert(1)} after\n\n{globalThis.x = 1}\n\nexport const x = 1')).toBe('<p>Before  after</p>');
  });

  it('renders a key written on lines of its own the same as one written inline, keeping its formatting', () => {
    expect(render('<Kbd>\nCtrl\n</Kbd>')).toBe('<kbd>Ctrl</kbd>');
    expect(render('Press <Kbd>*Ctrl*</Kbd>.')).toBe('<p>Press <kbd><em>Ctrl</em></kbd>.</p>');
  });

  it('renders only the numbered list inside steps, keeping the list\'s own class', () => {
    expect(render('<Steps>\nIntro.\n\n- Not a step.\n\n1. [ ] Check the box.\n</Steps>')).toMatchInlineSnapshot(`
      "<ol class="contains-task-list steps">
      <li class="task-list-item"><input type="checkbox" disabled> Check the box.</li>
      </ol>"
    `);
  });

  it('renders steps without a list as an empty numbered list', () => {
    expect(render('<Steps>\n</Steps>')).toBe('<ol class="steps"></ol>');
  });

  it('names and links the portal first for a path outside the Entra admin center', () => {
    expect(render('Open <Path to="Devices > All devices" />.')).toBe(
      '<p>Open <span class="path" title="Microsoft Intune admin center"><a href="https://intune.microsoft.com" rel="external">Microsoft Intune admin center</a> › <strong>Devices</strong> › <strong>All devices</strong></span>.</p>',
    );
  });

  it('refuses an admin-center path that is not in the vocabulary', () => {
    expect(() => render('<Path to="Nowhere > Nothing" />')).toThrow(/^the admin-center path "Nowhere > Nothing" is not in src\/schemas\/admin-paths\.ts$/);
  });

  it('renders task lists with checkboxes that show their state and cannot be changed', () => {
    expect(render('- [ ] Open the app.\n- [x] Sign in.')).toMatchInlineSnapshot(`
      "<ul class="contains-task-list">
      <li class="task-list-item"><input type="checkbox" disabled> Open the app.</li>
      <li class="task-list-item"><input type="checkbox" checked disabled> Sign in.</li>
      </ul>"
    `);
  });

  it('writes line breaks, rules and images without closing tags, and keeps a list\'s first number', () => {
    expect(render('One  \ntwo\n\n---\n\n![Sign-in screen](/img/sign-in.png)\n\n3. Third step.')).toMatchInlineSnapshot(`
      "<p>One<br>
      two</p>
      <hr>
      <p><img src="/img/sign-in.png" alt="Sign-in screen"></p>
      <ol start="3">
      <li>Third step.</li>
      </ol>"
    `);
  });

  it('escapes quotes and markup in a title so it cannot end the attribute', () => {
    expect(render('![x](/a.png \'a" onmouseover="alert(1)" <b>&\')')).toBe('<p><img src="/a.png" alt="x" title="a&quot; onmouseover=&quot;alert(1)&quot; &lt;b&gt;&amp;"></p>');
  });

  it('links a footnote to its label for screen readers with the ARIA and data attribute names browsers know', () => {
    expect(render('Text[^1].\n\n[^1]: Note.')).toMatchInlineSnapshot(`
      "<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>.</p>
      <section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>
      <ol>
      <li id="user-content-fn-1">
      <p>Note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>
      </li>
      </ol>
      </section>"
    `);
  });
});
