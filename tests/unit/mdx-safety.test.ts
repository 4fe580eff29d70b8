/** What the validator refuses in an MDX body, and where it says the problem is. */
import { describe, expect, it } from 'vitest';
import { checkMdxBody, parseFailure } from '../../src/lib/validation/mdx-safety.ts';

const ALLOWED = 'write Markdown instead; the only components allowed are <Note>, <Warning>, <Steps>, <Path>, <CodeLink>, <Kbd>';
const EXPRESSION = { rule: 'KB013', message: 'curly braces start a JavaScript expression, which content may not contain', hint: 'to show braces as text, put them in backticks: `{tenant}`' };
const UNSAFE_LINK = 'link to an https:// page instead';

describe('checkMdxBody', () => {
  it('accepts Markdown, the allowed components, number props, bare props and https links', () => {
    expect(checkMdxBody('Text with **bold**, `{tenant}` and [a link](https://learn.microsoft.com/).\n\n<Warning open>Careful</Warning>\n\n<CodeLink code={7000222} /> <CodeLink code={ 42 } /> <Note icon="info">n</Note>\n')).toEqual([]);
  });

  it('refuses import and export lines', () => {
    expect(checkMdxBody('import X from "y"\n\nText')).toEqual([{ line: 1, column: 1, rule: 'KB012', message: '`import` and `export` are not allowed in content', hint: 'remove the line; the site provides the components you may use' }]);
    expect(checkMdxBody('Text\n\nexport const a = 1')).toEqual([expect.objectContaining({ line: 3, rule: 'KB012' })]);
  });

  it('refuses expressions in text and in blocks, at their place', () => {
    expect(checkMdxBody('Hello {1+1} world')).toEqual([{ line: 1, column: 7, ...EXPRESSION }]);
    expect(checkMdxBody('Intro\n\n{tenant}\n')).toEqual([{ line: 3, column: 1, ...EXPRESSION }]);
  });

  it('counts lines from the top of the file, front matter included', () => {
    expect(checkMdxBody('---\ntitle: x\n---\n\nText {a}\n')).toEqual([{ line: 5, column: 6, ...EXPRESSION }]);
  });

  it('refuses components that are not allowed, and fragments, naming the allowed ones', () => {
    expect(checkMdxBody('Some <Foo /> here')).toEqual([{ line: 1, column: 6, rule: 'KB014', message: '<Foo> is not allowed in content', hint: ALLOWED }]);
    expect(checkMdxBody('<script>alert(1)</script>')).toEqual([{ line: 1, column: 1, rule: 'KB014', message: '<script> is not allowed in content', hint: ALLOWED }]);
    expect(checkMdxBody('<>x</>')).toEqual([{ line: 1, column: 1, rule: 'KB014', message: 'a fragment (<>) is not allowed in content', hint: ALLOWED }]);
  });

  it('refuses event attributes in any case, but not names that only contain "on"', () => {
    expect(checkMdxBody('<Warning onClick="x">t</Warning>')).toEqual([{ line: 1, column: 1, rule: 'KB015', message: 'the event attribute "onClick" would run code', hint: 'remove the attribute' }]);
    expect(checkMdxBody('<Warning ONLOAD="x">t</Warning>')).toEqual([expect.objectContaining({ rule: 'KB015', message: 'the event attribute "ONLOAD" would run code' })]);
    expect(checkMdxBody('<Note icon="x" button="y">t</Note>')).toEqual([]);
  });

  it('refuses spread attributes and attributes holding an expression', () => {
    expect(checkMdxBody('<Warning {...props}>t</Warning>')).toEqual([{ line: 1, column: 1, rule: 'KB013', message: 'a spread attribute ({...}) is a JavaScript expression, which content may not contain' }]);
    expect(checkMdxBody('<CodeLink code={a+1} />')).toEqual([{ line: 1, column: 1, rule: 'KB013', message: 'the attribute "code" holds a JavaScript expression', hint: 'give it a quoted text value instead' }]);
  });

  it('reports an event attribute and its expression value as two problems', () => {
    expect(checkMdxBody('<Warning onClick={go}>t</Warning>').map((problem) => problem.rule)).toEqual(['KB015', 'KB013']);
  });

  it.each(['javascript:alert(1)', '  JavaScript:alert(1)', 'data:text/html,x', 'VBScript:msgbox'])('refuses an attribute pointing at %j', (url) => {
    expect(checkMdxBody(`<Warning href="${url}">t</Warning>`)).toEqual([{ line: 1, column: 1, rule: 'KB016', message: 'the attribute "href" points at a URL that could run code', hint: UNSAFE_LINK }]);
  });

  it('accepts an attribute that only mentions such a scheme later on', () => {
    expect(checkMdxBody('<Warning href="see javascript:x">t</Warning>')).toEqual([]);
  });

  it('refuses links, images and definitions that could run code', () => {
    expect(checkMdxBody('[a](javascript:alert(1))')).toEqual([{ line: 1, column: 1, rule: 'KB016', message: 'the link target "javascript:alert(1)" could run code', hint: UNSAFE_LINK }]);
    expect(checkMdxBody('Intro\n\n![a](data:image/png;base64,xx)')).toEqual([{ line: 3, column: 1, rule: 'KB016', message: 'the link target "data:image/png;base64,xx" could run code', hint: UNSAFE_LINK }]);
    expect(checkMdxBody('[a]\n\n[a]: vbscript:msgbox')).toEqual([expect.objectContaining({ line: 3, rule: 'KB016', message: 'the link target "vbscript:msgbox" could run code' })]);
    expect(checkMdxBody('[a](https://x.test/javascript:)')).toEqual([]);
  });

  it('says where a body does not parse, in plain words', () => {
    expect(checkMdxBody('x\n\n<Foo')).toEqual([{ line: 3, column: 1, rule: 'KB020', message: 'the MDX body does not parse: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)', hint: 'a stray `<` or `{` is the usual culprit: put it in backticks' }]);
  });
});

describe('parseFailure', () => {
  it('takes the place from the start of the message and drops the parser’s rule name from its end', () => {
    expect(parseFailure('12:34: Expected a closing tag for `<Warning>` (1:1) (mdx-jsx:unexpected-character)\nmore detail')).toMatchObject({ line: 12, column: 34, message: 'the MDX body does not parse: Expected a closing tag for `<Warning>` (1:1)' });
    expect(parseFailure('2:5:No space after the place (micromark)')).toMatchObject({ line: 2, column: 5, message: 'the MDX body does not parse: No space after the place' });
  });

  it('puts a message without a place on the first line, and keeps numbers and brackets inside it', () => {
    expect(parseFailure('Something broke at 3:4: here (see note) now')).toMatchObject({ line: 1, column: 1, message: 'the MDX body does not parse: Something broke at 3:4: here (see note) now' });
    expect(parseFailure('Odd   (rule-name)   ')).toMatchObject({ message: 'the MDX body does not parse: Odd   (rule-name)   ' });
    expect(parseFailure('Ends in a rule   (mdx:x)')).toMatchObject({ message: 'the MDX body does not parse: Ends in a rule' });
  });
});
