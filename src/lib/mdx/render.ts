/**
 * Renders a content MDX file to HTML from its syntax tree, as data: the components become the elements
 * they stand for, and nothing in the file is compiled or run. A component written inside a code block
 * is code-block text in the tree, so it stays text.
 */
import { mdxToHast } from 'satteri';
import { PORTALS, resolveAdminPath } from '../../schemas/admin-paths.ts';
import { COMPONENTS, isComponentName, type ComponentName } from '../../schemas/components.ts';
import { mdxText } from '../validation/mdx-safety.ts';
import { childrenOfNode, MAX_NESTING, tooDeep } from '../validation/nesting.ts';
import { propsOf, type JsxAttribute } from './props.ts';

/** What the renderer needs to know about the rest of the site. */
export interface RenderContext {
  /** The URL and title of a code's page, when the site has one. */
  codePage: (code: number) => { url: string; title: string } | undefined;
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}

/** hast gives every root, element and JSX element a list of children (empty for `<br>` or `<Path … />`). */
type Parent = HastNode & { children: HastNode[] };
type Element = Parent & { type: 'element'; tagName: string };
type Text = HastNode & { type: 'text'; value: string };

const isElement = (node: HastNode): node is Element => node.type === 'element';
const isText = (node: HastNode): node is Text => node.type === 'text';
const isJsxElement = (node: HastNode): node is Parent => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * The same Markdown features Astro's own Markdown rendering turns on by default. Front matter is split off
 * by the validator's own function (`mdxText`), never by the parser, so that both agree where it ends.
 */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

/** The HTML of a content file's body (`source` is the whole file, front matter included). */
export function renderContent(source: string, context: RenderContext): string {
  const tree = mdxToHast(mdxText(source), { features: FEATURES, position: false }) as unknown as Parent;
  // The loader validates every file first (KB037); this only keeps an unchecked one from exhausting the stack.
  if (tooDeep(tree, childrenOfNode)) throw new Error(`the text nests more than ${MAX_NESTING} levels deep`);
  return toHtml(expand(tree.children, context));
}

// Stryker disable next-line ArrayDeclaration: toHtml writes a child that is no hast node (a string) as nothing, so a default of one string renders exactly like the empty default.
const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): HastNode => ({ type: 'text', value });

/** The children with every component replaced by its elements; other MDX nodes are left for `toHtml` to drop. */
function expand(nodes: readonly HastNode[], context: RenderContext): HastNode[] {
  return nodes.flatMap((node): HastNode[] => {
    if (isJsxElement(node)) {
      if (!node.name || !isComponentName(node.name)) throw new Error(`<${node.name ?? ''}> is not a content component`);
      return [renderComponent(node.name, node, expand(node.children, context), context)];
    }
    const styled = isElement(node) ? withoutInlineStyle(node) : node;
    return styled.children ? [{ ...styled, children: expand(styled.children, context) }] : [styled];
  });
}

/**
 * An aligned table column (`| --: |`) comes out of Markdown as `style="text-align: right"`, which the pages'
 * Content-Security-Policy blocks (no inline styles but by hash): the alignment becomes a class of the
 * stylesheet instead, and no other inline style is ever written.
 */
function withoutInlineStyle(node: Element): Element {
  if (node.properties?.style === undefined) return node;
  const { style, ...properties } = node.properties;
  const align = /^text-align:\s*(left|center|right)$/.exec(String(style).trim())?.[1];
  return withClass({ ...node, properties }, align ? `align-${align}` : []);
}

function renderComponent(name: ComponentName, node: HastNode, children: HastNode[], context: RenderContext): HastNode {
  const parsed = COMPONENTS[name].props.safeParse(propsOf(node.attributes));
  // The loader validates every file before rendering it; this only guards against rendering one unchecked.
  if (!parsed.success) throw new Error(`<${name}> has invalid props: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const props = parsed.data as Record<string, unknown>;
  switch (name) {
    case 'Note':
      return element('div', { className: ['note'], role: 'note' }, children);
    case 'Warning':
      return element('div', { className: ['warning'], role: 'note' }, [
        element('span', { className: ['warning-icon'], ariaHidden: 'true' }, [text('!')]),
        element('div', { className: ['warning-text'] }, [element('strong', { className: ['visually-hidden'] }, [text('Warning: ')]), ...children]),
      ]);
    case 'Steps':
      return withClass(children.find((child): child is Element => isElement(child) && child.tagName === 'ol') ?? element('ol', {}), 'steps');
    case 'Kbd':
      return element('kbd', {}, children.flatMap((child) => (isElement(child) && child.tagName === 'p' ? child.children : [child])));
    case 'Path':
      return adminPath(String(props.to));
    case 'CodeLink':
      return codeLink(Number(props.code), context);
  }
}

function withClass(node: Element, className: string | string[]): Element {
  const existing = (node.properties?.className as string[] | undefined) ?? [];
  const added = typeof className === 'string' ? [className] : className;
  if (added.length === 0) return node;
  return { ...node, properties: { ...node.properties, className: [...existing, ...added] } };
}

/**
 * "**Entra ID** › **Users** › **All users**" in the current wording, to sit inside the writer's sentence ("open …",
 * "under …"). Paths in another portal name it first, linked; the Entra admin center is the one readers assume.
 */
function adminPath(to: string): HastNode {
  const entry = resolveAdminPath(to);
  if (!entry) throw new Error(`the admin-center path "${to}" is not in src/schemas/admin-paths.ts`);
  const portal = PORTALS[entry.portal];
  const labels = entry.path.split(' > ').map((label) => element('strong', {}, [text(label)]));
  const items = entry.portal === 'entra' ? labels : [element('a', { href: portal.url, rel: 'external' }, [text(portal.name)]), ...labels];
  return element('span', { className: ['path'], title: portal.name }, separatedBy(text(' › '), items));
}

function separatedBy(separator: HastNode, nodes: readonly HastNode[]): HastNode[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [separator, node]));
}

/** A link to the code's page with its title, or the code alone where the site has no page for it. */
function codeLink(code: number, context: RenderContext): HastNode {
  const page = context.codePage(code);
  const label = element('code', {}, [text(`AADSTS${code}`)]);
  if (!page) return element('span', { className: ['code-link'] }, [label]);
  return element('a', { className: ['code-link'], href: page.url }, [label, text(` ${page.title}`)]);
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/**
 * hast property names are DOM names: `className` is `class`, `ariaDescribedBy` is `aria-describedby` (ARIA names
 * are one word), `dataFootnoteRef` is `data-footnote-ref`. Of the properties Markdown gives, only ARIA and data ones
 * start with "aria" or "data".
 */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property.startsWith('aria')) return `aria-${property.slice(4).toLowerCase()}`;
  if (property.startsWith('data')) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

function attributes(properties: Record<string, unknown> = {}): string {
  return Object.entries(properties)
    .flatMap(([property, value]) => {
      if (value === false || value === null || value === undefined) return [];
      const name = attributeName(property);
      if (value === true) return [` ${name}`];
      return [` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`];
    })
    .join('');
}

export function toHtml(nodes: readonly HastNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return escapeText(node.value);
      if (isElement(node)) {
        const open = `<${node.tagName}${attributes(node.properties)}>`;
        return VOID.has(node.tagName) ? open : `${open}${toHtml(node.children)}</${node.tagName}>`;
      }
      // Comments, doctypes and raw HTML have no place in content, and validation refuses MDX expressions and
      // ES modules: should one get here, it is never written out, let alone run.
      return '';
    })
    .join('');
}
