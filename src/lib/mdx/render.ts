/**
 * Renders a content MDX file to HTML from its syntax tree, as data: the components become the elements
 * they stand for, and nothing in the file is compiled or run. A component written inside a code block
 * is code-block text in the tree, so it stays text.
 */
import { mdxToHast } from 'satteri';
import { PORTALS, resolveAdminPath } from '../../schemas/admin-paths.ts';
import { COMPONENTS, isComponentName, type ComponentName } from '../../schemas/components.ts';
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

type Element = HastNode & { type: 'element'; tagName: string };

/** The same Markdown features Astro's own Markdown rendering turns on by default. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

export function renderContent(source: string, context: RenderContext): string {
  const tree = mdxToHast(source, { features: FEATURES, position: false }) as unknown as HastNode;
  return toHtml(expand(tree.children ?? [], context));
}

const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): HastNode => ({ type: 'text', value });

/** The children with every component replaced by its elements; anything else MDX-only is dropped. */
function expand(nodes: readonly HastNode[], context: RenderContext): HastNode[] {
  return nodes.flatMap((node): HastNode[] => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name || !isComponentName(node.name)) throw new Error(`<${node.name ?? ''}> is not a content component`);
      return [renderComponent(node.name, node, expand(node.children ?? [], context), context)];
    }
    // Validation refuses expressions and ES modules; should one get here, it renders as nothing rather than run.
    if (node.type.startsWith('mdx')) return [];
    return node.children ? [{ ...node, children: expand(node.children, context) }] : [node];
  });
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
      return withClass(children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol') ?? element('ol', {}), 'steps');
    case 'Kbd':
      return element('kbd', {}, children.flatMap((child) => (child.type === 'element' && child.tagName === 'p' ? child.children ?? [] : [child])));
    case 'Path':
      return adminPath(String(props.to));
    case 'CodeLink':
      return codeLink(Number(props.code), context);
  }
}

function withClass(node: Element, className: string): Element {
  const existing = (node.properties?.className as string[] | undefined) ?? [];
  return { ...node, properties: { ...node.properties, className: [...existing, className] } };
}

/**
 * "**Entra ID** › **Users** › **All users**" in the current wording, to sit inside the writer's sentence ("open …",
 * "under …"). Paths in another portal name it first, linked; the Entra admin center is the one readers assume.
 */
function adminPath(to: string): HastNode {
  const entry = resolveAdminPath(to);
  if (!entry) throw new Error(`the admin-center path "${to}" is not in src/schemas/admin-paths.ts`);
  const portal = PORTALS[entry.portal];
  const steps = entry.path.split(' > ').flatMap((label, index) => [...(index > 0 ? [text(' › ')] : []), element('strong', {}, [text(label)])]);
  const prefix = entry.portal === 'entra' ? [] : [element('a', { href: portal.url, rel: 'external' }, [text(portal.name)]), text(' › ')];
  return element('span', { className: ['path'], title: portal.name }, [...prefix, ...steps]);
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

/** hast property names are DOM names: `className` is `class`, `ariaHidden` is `aria-hidden`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
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
      if (node.type === 'text') return escapeText(node.value ?? '');
      if (node.type === 'element' && node.tagName) {
        const open = `<${node.tagName}${attributes(node.properties)}>`;
        return VOID.has(node.tagName) ? open : `${open}${toHtml(node.children ?? [])}</${node.tagName}>`;
      }
      if (node.type === 'root') return toHtml(node.children ?? []);
      // Comments, doctypes and raw HTML have no place in content and are never written out.
      return '';
    })
    .join('');
}
