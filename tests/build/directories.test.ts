/** The lists of every fix and every cause: each content file appears once, fixes under the audience their front matter names. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/validation/front-matter.ts';

const site = inject('siteDir');
if (!site) throw new Error(`The site did not build:\n${inject('buildError')}`);

const slugs = (kind: 'causes' | 'fixes') => readdirSync(`content/${kind}`).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));

/** The page's sections by the id of their heading, each with the links it holds. */
function sections(file: string): Map<string, string[]> {
  // The page's own content: the footer's links belong to no section.
  const html = readFileSync(join(site!, file), 'utf8').split('</main>')[0];
  const parts = html.split(/<h2 id="([^"]+)"/).slice(1);
  const found = new Map<string, string[]>();
  for (let index = 0; index < parts.length; index += 2) found.set(parts[index], [...parts[index + 1].matchAll(/href="([^"]+)"/g)].map((match) => match[1]));
  return found;
}

describe('/fixes/', () => {
  const bySection = sections('fixes/index.html');
  it.each(slugs('fixes'))('lists %s once, under its audience', (slug) => {
    const parsed = parseFrontMatter(readFileSync(`content/fixes/${slug}.mdx`, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const audience = (parsed.data as { audience: string }).audience;
    const where = [...bySection].filter(([, links]) => links.includes(`/fixes/${slug}/`)).map(([id]) => id);
    expect(where).toEqual([audience]);
  });
});

describe('/causes/', () => {
  const links = [...sections('causes/index.html').values()].flat();
  it('lists every cause exactly once', () => {
    const listed = links.filter((link) => link.startsWith('/causes/')).sort();
    expect(listed).toEqual(slugs('causes').map((slug) => `/causes/${slug}/`).sort());
  });
});
