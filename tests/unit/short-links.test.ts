import { describe, expect, it } from 'vitest';
import { redirectRules, shortLinkPage, shortLinkPaths } from '../../src/lib/publish/short-links.ts';

describe('short links', () => {
  it('offers the bare code and both spellings of the AADSTS prefix', () => {
    expect(shortLinkPaths('50126')).toEqual(['50126', 'AADSTS50126', 'aadsts50126']);
  });

  it('writes a permanent redirect for each short path, with and without a trailing slash, inside the base path', () => {
    const rules = redirectRules(['50126'], '/atlas').trim().split('\n');
    expect(rules).toHaveLength(6);
    expect(rules).toContain('/atlas/AADSTS50126 /atlas/codes/50126/ 301');
    expect(rules).toContain('/atlas/50126/ /atlas/codes/50126/ 301');
  });

  it('builds a fallback page that refreshes to the code page and escapes the title', () => {
    const page = shortLinkPage({ code: '50126', title: 'Wrong "user" <name> & password', target: '/codes/50126/', canonical: 'https://atlas.test/codes/50126/' });
    expect(page).toContain('<meta http-equiv="refresh" content="0;url=/codes/50126/">');
    expect(page).toContain('<link rel="canonical" href="https://atlas.test/codes/50126/">');
    expect(page).toContain('AADSTS50126: Wrong &quot;user&quot; &lt;name&gt; &amp; password');
    expect(page).not.toContain('<name>');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'/);
  });
});

describe('redirect rules', () => {
  it('write one rule a line, ending in a line break, at the root too', () => {
    expect(redirectRules(['50126', '90033'], '/')).toBe(
      ['50126', 'AADSTS50126', 'aadsts50126'].flatMap((path) => [`/${path} /codes/50126/ 301`, `/${path}/ /codes/50126/ 301`]).concat(['90033', 'AADSTS90033', 'aadsts90033'].flatMap((path) => [`/${path} /codes/90033/ 301`, `/${path}/ /codes/90033/ 301`])).join('\n') + '\n',
    );
  });
});
