import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { EXPRESSION, numberLiteral, propsOf, type JsxAttribute } from '../../src/lib/mdx/props.ts';

/** The attributes of the first component in an MDX snippet, as the parser gives them. */
function attributesOf(source: string): JsxAttribute[] {
  const tree = mdxToHast(source) as unknown as { children: { attributes: JsxAttribute[] }[] };
  return tree.children[0]!.attributes;
}

describe('reading component props from MDX attributes', () => {
  it('reads quoted text, bare attributes and numbers in braces', () => {
    expect(propsOf(attributesOf(`<CodeLink code={7000222} to="Users > All users" label='Say "hi"' open />`))).toEqual({
      code: 7000222,
      to: 'Users > All users',
      label: 'Say "hi"',
      open: true,
    });
  });

  it('reads a number with spaces inside the braces', () => {
    expect(propsOf(attributesOf('<CodeLink code={ 50053 } />'))).toEqual({ code: 50053 });
  });

  it('marks every other expression instead of evaluating it', () => {
    expect(propsOf(attributesOf('<CodeLink a={-1} b={1.5} c={1e3} d={alert(1)} e={"7000222"} f={7000222n} />'))).toEqual({
      a: EXPRESSION,
      b: EXPRESSION,
      c: EXPRESSION,
      d: EXPRESSION,
      e: EXPRESSION,
      f: EXPRESSION,
    });
  });

  it('leaves out a spread, which has no name', () => {
    expect(propsOf(attributesOf('<Note {...props} kind="tip" />'))).toEqual({ kind: 'tip' });
  });

  it('reads a bare attribute as true whether its value is null or missing', () => {
    expect(propsOf([{ type: 'mdxJsxAttribute', name: 'open', value: null }, { type: 'mdxJsxAttribute', name: 'hidden' }])).toEqual({ open: true, hidden: true });
  });

  it('leaves out attributes that are not named props', () => {
    expect(propsOf([{ type: 'mdxJsxAttribute', value: 'x' }, { type: 'mdxJsxExpressionAttribute', name: 'kind', value: '...props' }])).toEqual({});
  });

  it('reads no attributes as no props', () => {
    expect(propsOf(undefined)).toEqual({});
    expect(propsOf([])).toEqual({});
  });
});

describe('recognising a number literal in an attribute value', () => {
  const expression = (value: unknown) => ({ type: 'mdxJsxAttributeValueExpression', value });

  it.each([
    ['7000222', 7000222],
    [' 50053\n', 50053],
    ['0', 0],
  ])('reads {%j} as %d', (source, number) => {
    expect(numberLiteral(expression(source))).toBe(number);
  });

  it.each(['', ' ', 'x1', '1x', 'a 1', '1 a', '-1', '1.5', '1e3', '0x10', '1 2'])('reads {%j} as no number', (source) => {
    expect(numberLiteral(expression(source))).toBeUndefined();
  });

  it.each([null, undefined, 7000222, '7000222', {}, expression(7000222), expression(null)])('reads %j, which is no expression holding digits, as no number', (value) => {
    expect(numberLiteral(value)).toBeUndefined();
  });
});
