/** What a page costs before anyone interacts with it: its HTML plus the CSS and module scripts it loads, gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

export interface PageWeight {
  html: number;
  /** Every file the page loads on its own, with its gzipped size. */
  assets: Map<string, number>;
  total: number;
  /** Scripts in <head> that block rendering: neither modules nor deferred nor async. */
  blockingScripts: string[];
}

const ATTRIBUTE = (name: string) => new RegExp(`${name}="([^"]+)"`);

/** Follows `<link rel="stylesheet">`, `<script src>` and the static imports of module scripts. */
export function pageWeight(siteDir: string, htmlFile: string, base = '/'): PageWeight {
  const html = readFileSync(join(siteDir, htmlFile), 'utf8');
  const assets = new Map<string, number>();
  const queue: string[] = [];
  for (const tag of html.match(/<link[^>]+rel="stylesheet"[^>]*>|<script[^>]+src="[^"]+"[^>]*>/g) ?? []) {
    const url = ATTRIBUTE('href').exec(tag)?.[1] ?? ATTRIBUTE('src').exec(tag)?.[1];
    if (url?.startsWith(base)) queue.push(url.slice(base.length));
  }
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (assets.has(file) || !existsSync(join(siteDir, file))) continue;
    const text = readFileSync(join(siteDir, file), 'utf8');
    assets.set(file, gzipSize(text));
    if (!file.endsWith('.js')) continue;
    for (const match of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(join(dirname(file), match[1]));
    }
  }
  const head = html.slice(0, html.indexOf('</head>'));
  const blockingScripts = (head.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !/type="module"|\bdefer\b|\basync\b|type="application\/(ld\+)?json"/.test(tag));
  const htmlSize = gzipSize(html);
  return { html: htmlSize, assets, total: htmlSize + [...assets.values()].reduce((sum, size) => sum + size, 0), blockingScripts };
}
