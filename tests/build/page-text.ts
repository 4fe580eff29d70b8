/** The text of a built page as a reader sees it, for assertions that survive a redesign of the markup. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Typography Markdown may apply, and runs of white space, read the same on both sides. */
export const normalise = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of the page's body, as a reader sees it: no tags, no scripts, entities decoded. */
export function pageText(site: string, path: string): string {
  const html = readFileSync(join(site, path), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const parts: string[] = [];
  const skip = new Set<Node>();
  walkSync(parse(body), (node) => {
    if (node.parent && skip.has(node.parent)) {
      skip.add(node);
      return;
    }
    if (node.type === ELEMENT_NODE && ['script', 'style', 'template'].includes(node.name)) skip.add(node);
    else if (node.type === TEXT_NODE) parts.push(decode(node.value));
    else if (node.type === ELEMENT_NODE) parts.push(' ');
  });
  return normalise(parts.join(''));
}
