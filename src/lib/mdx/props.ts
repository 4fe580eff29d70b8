/** Reads a component's props from its MDX attributes, the same way for the validator and the renderer. */

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** A prop whose value is an expression other than a plain number; the MDX safety check reports it (KB013). */
export const EXPRESSION = Symbol('expression');

/**
 * `to="…"` gives text, a bare `open` gives true, `code={7000222}` gives the number. Nothing is evaluated:
 * a number is recognised by its digits, and any other expression becomes the `EXPRESSION` marker.
 */
export function propsOf(attributes: readonly JsxAttribute[] | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  // Stryker disable next-line ArrayDeclaration: a list holding a string instead is skipped item by item (a string has no type "mdxJsxAttribute"), giving the same empty props.
  for (const attribute of attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else props[attribute.name] = numberLiteral(value) ?? EXPRESSION;
  }
  return props;
}

/** The number a `{…}` attribute value holds, when it is nothing but digits. */
export function numberLiteral(value: unknown): number | undefined {
  const text = typeof value === 'object' && value !== null ? (value as { value?: unknown }).value : undefined;
  return typeof text === 'string' && /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}
