/** Only a body, rendered from Markdown by the loader, reaches a page as HTML; every other value is text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RAW_HTML = /set:html|innerHTML|outerHTML|insertAdjacentHTML|document\.write/;
// Lines that may: a code page's JSON-LD is data, not markup, and jsonLdText escapes every `<` in it, so that
// it can neither end its script element nor open another (tested in structured-data.test.ts).
const ALLOWED: Record<string, RegExp> = {
  'src/layouts/Base.astro': /^\s*\{structuredData && <script type="application\/ld\+json" is:inline set:html=\{jsonLdText\(structuredData\)\} \/>\}$/,
};
const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

describe('templates and scripts', () => {
  it.each(sources)('%s inserts no raw HTML', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.filter((line) => RAW_HTML.test(line) && !ALLOWED[file]?.test(line))).toEqual([]);
  });
});
