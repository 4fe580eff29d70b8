/** Checks a built site for internal links and anchors that lead nowhere. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';

export interface PageLinks {
  /** The page's URL path, e.g. `/codes/500121/`. */
  path: string;
  ids: Set<string>;
  links: string[];
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** Every HTML file under `dir`, relative to it. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The URL path a file is served at: `codes/1/index.html` → `/codes/1/`. */
export function pathOfFile(file: string, base = '/'): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

export function readPage(html: string, path: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = node.attributes as Record<string, string>;
    if (attributes.id) ids.add(attributes.id);
    const target = node.name === 'a' || node.name === 'link' ? attributes.href : node.name === 'script' || node.name === 'img' ? attributes.src : undefined;
    if (target !== undefined) links.push(target);
  });
  return { path, ids, links };
}

/** The file a URL path is served from, or undefined. */
function fileFor(dir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = path.slice(base.length);
  const candidates = [inside, join(inside, 'index.html'), `${inside}.html`];
  return candidates.map((candidate) => join(dir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Follows every same-site link in every page of `dir` (a site served under `base`), including
 * `#anchors` on the target page. External links are not followed.
 */
export function findBrokenLinks(dir: string, base = '/'): BrokenLink[] {
  const pages = new Map<string, PageLinks>();
  for (const file of htmlFiles(dir)) {
    const path = pathOfFile(file, base);
    pages.set(path, readPage(readFileSync(join(dir, file), 'utf8'), path));
  }
  const broken: BrokenLink[] = [];
  for (const page of pages.values()) {
    for (const link of page.links) {
      const url = new URL(link, `http://site.test${page.path}`);
      if (url.origin !== 'http://site.test') continue;
      const file = fileFor(dir, base, decodeURIComponent(url.pathname));
      if (!file) {
        broken.push({ page: page.path, link, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || !file.endsWith('.html')) continue;
      const target = pages.get(url.pathname.endsWith('/') || url.pathname.endsWith('.html') ? url.pathname : `${url.pathname}/`);
      if (target && !target.ids.has(fragment)) broken.push({ page: page.path, link, reason: `no element with id "${fragment}"` });
    }
  }
  return broken;
}
