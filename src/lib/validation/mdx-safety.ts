/** Finds what could run code in an MDX body, by parsing it (never compiling or evaluating it). */
import { mdxToMdast, type MdastNode } from 'satteri';
import { ALLOWED_COMPONENTS } from '../../schemas/vocabulary.ts';
import { numberLiteral } from '../mdx/props.ts';
import { splitFrontMatter } from './front-matter.ts';
import { childrenOfNode, MAX_NESTING, startOf, tooDeep } from './nesting.ts';
import type { RuleId } from './rules.ts';

export interface BodyProblem {
  line: number;
  column: number;
  rule: RuleId;
  message: string;
  hint?: string;
}

const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;
const ALLOWED = new Set<string>(ALLOWED_COMPONENTS);
const ALLOWED_LIST = ALLOWED_COMPONENTS.map((name) => `<${name}>`).join(', ');

interface AnyNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: AnyNode[];
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

/**
 * The text the MDX parser reads: the body where the front matter ends by {@link splitFrontMatter}, after empty
 * lines in its place so that positions are the file's own; the whole file when it has no front matter to split
 * off. The parser's own front-matter reading is off, so that it never draws that line elsewhere.
 */
export function mdxText(source: string): string {
  const split = splitFrontMatter(source);
  return split.ok ? split.bodyInPlace : source;
}

export const MDX_FEATURES = { frontmatter: false } as const;

/**
 * Parses the file's body: the tree, or why it does not parse, or that it nests deeper than any page needs
 * (checked here, without recursion, so that no walk over the tree runs out of stack).
 */
export function parseMdx(source: string): { ok: true; tree: MdastNode } | { ok: false; problem: BodyProblem } {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(mdxText(source), { features: MDX_FEATURES });
  } catch (error) {
    return { ok: false, problem: parseFailure(error instanceof Error ? error.message : String(error)) };
  }
  const deep = tooDeep(tree as unknown as AnyNode, childrenOfNode);
  if (deep) return { ok: false, problem: { ...startOf(deep.node), ...nestedTooDeep } };
  return { ok: true, tree };
}

const nestedTooDeep = {
  rule: 'KB037',
  message: `the text nests more than ${MAX_NESTING} levels deep (lists, quotes or components inside one another)`,
  hint: 'a page needs a few levels at most: flatten the lists',
} as const;

/** Every unsafe construct in a parsed file. */
export function unsafeConstructs(tree: MdastNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree as unknown as AnyNode, (node) => problems.push(...problemsOf(node)));
  return problems;
}

/** Parses the file and lists every unsafe construct. */
export function checkMdxBody(source: string): BodyProblem[] {
  const parsed = parseMdx(source);
  return parsed.ok ? unsafeConstructs(parsed.tree) : [parsed.problem];
}

function visit(node: AnyNode, callback: (node: AnyNode) => void): void {
  callback(node);
  for (const child of node.children ?? []) visit(child, callback);
}

function at(node: AnyNode) {
  // Stryker disable next-line OptionalChaining: the parser gives every node a position; this only guards one that has none.
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function problemsOf(node: AnyNode): BodyProblem[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ ...at(node), rule: 'KB012', message: '`import` and `export` are not allowed in content', hint: 'remove the line; the site provides the components you may use' }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ ...at(node), rule: 'KB013', message: 'curly braces start a JavaScript expression, which content may not contain', hint: 'to show braces as text, put them in backticks: `{tenant}`' }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return [...elementProblems(node), ...attributeProblems(node)];
    case 'link':
    case 'image':
    case 'definition':
      // Stryker disable next-line StringLiteral: links, images and definitions always have a url; this only satisfies the type.
      return UNSAFE_URL.test(node.url ?? '')
        ? [{ ...at(node), rule: 'KB016', message: `the link target "${node.url}" could run code`, hint: 'link to an https:// page instead' }]
        : [];
    default:
      return [];
  }
}

function elementProblems(node: AnyNode): BodyProblem[] {
  const name = node.name ?? '';
  if (ALLOWED.has(name)) return [];
  const shown = name === '' ? 'a fragment (<>)' : `<${name}>`;
  return [{ ...at(node), rule: 'KB014', message: `${shown} is not allowed in content`, hint: `write Markdown instead; the only components allowed are ${ALLOWED_LIST}` }];
}

function attributeProblems(node: AnyNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // Stryker disable next-line ArrayDeclaration: JSX elements always have a list of attributes; this only satisfies the type.
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ ...at(node), rule: 'KB013', message: 'a spread attribute ({...}) is a JavaScript expression, which content may not contain' });
      continue;
    }
    // Stryker disable next-line StringLiteral: a plain attribute always has a name; this only satisfies the type.
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) {
      problems.push({ ...at(node), rule: 'KB015', message: `the event attribute "${name}" would run code`, hint: 'remove the attribute' });
    }
    // `code={7000222}`: a plain number is the one expression a component prop may hold; it runs nothing.
    if (numberLiteral(attribute.value) !== undefined) continue;
    // Any other expression is refused; a text value, or none (a bare prop, read as "null" or "undefined"), only
    // when it is a URL that runs code.
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      problems.push({ ...at(node), rule: 'KB013', message: `the attribute "${name}" holds a JavaScript expression`, hint: 'give it a quoted text value instead' });
    } else if (UNSAFE_URL.test(String(attribute.value))) {
      problems.push({ ...at(node), rule: 'KB016', message: `the attribute "${name}" points at a URL that could run code`, hint: 'link to an https:// page instead' });
    }
  }
  return problems;
}

/** The parser's "3:1: Unexpected character … (mdx-jsx:unexpected-character)" as a problem at that place, in plain words. */
export function parseFailure(parserMessage: string): BodyProblem {
  const text = parserMessage.split('\n')[0];
  const position = /^(\d+):(\d+):/.exec(text);
  const reason = text.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)$/, '');
  return {
    line: position ? Number(position[1]) : 1,
    column: position ? Number(position[2]) : 1,
    rule: 'KB020',
    message: `the MDX body does not parse: ${reason}`,
    hint: 'a stray `<` or `{` is the usual culprit: put it in backticks',
  };
}
