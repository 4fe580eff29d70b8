import { describe, expect, it } from 'vitest';
import { previewFor, previewImages, previewSvg } from '../../src/lib/site/preview-image.ts';
import { CATEGORIES, CATEGORY_SLUGS } from '../../src/schemas/vocabulary.ts';

describe('previewSvg', () => {
  it('writes the site’s name, the heading and the detail as text', () => {
    const svg = previewSvg({ siteName: 'Entra Error Atlas', heading: 'Multifactor authentication', detail: 'Sign-in errors' });
    expect(svg).toContain('width="1200" height="630"');
    expect([...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1])).toEqual(['Entra Error Atlas', 'Multifactor authentication', 'Sign-in errors']);
  });

  it('keeps markup in a heading as text', () => {
    const svg = previewSvg({ siteName: 'A & B', heading: '<script>"x"</script>', detail: "it's" });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(svg).toContain('it&apos;s');
    expect(svg).not.toContain('<script>');
  });
});

describe('previewFor', () => {
  it('gives a page its category’s picture, and the site’s without one', () => {
    expect(previewFor('mfa')).toEqual({ path: 'previews/mfa.png', alt: `Entra Error Atlas: ${CATEGORIES.mfa.label}` });
    expect(previewFor(undefined)).toEqual({ path: 'previews/site.png', alt: 'Entra Error Atlas: sign-in errors, explained' });
  });

  it('has one picture per category and one for the site', () => {
    expect(previewImages().map((image) => image.slug)).toEqual(['site', ...CATEGORY_SLUGS]);
  });
});
