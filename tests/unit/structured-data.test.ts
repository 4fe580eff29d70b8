import { describe, expect, it } from 'vitest';
import { codePageStructuredData, headlineFor, jsonLdText, MAX_HEADLINE } from '../../src/lib/site/structured-data.ts';

const facts = {
  code: 50058,
  title: 'Silent sign-in failed',
  description: 'The app tried to sign you in without asking.',
  url: 'https://atlas.test/codes/50058/',
  homeUrl: 'https://atlas.test/',
  codesUrl: 'https://atlas.test/codes/',
  siteName: 'Entra Error Atlas',
  published: '2026-11-22',
};

describe('headlineFor', () => {
  it('keeps the code and the title while they fit in 110 characters, then the title alone, then the code', () => {
    const fits = 'x'.repeat(MAX_HEADLINE - 'AADSTS50058: '.length);
    expect(headlineFor('AADSTS50058', fits)).toBe(`AADSTS50058: ${fits}`);
    expect(headlineFor('AADSTS50058', `${fits}y`)).toBe(`${fits}y`);
    expect(headlineFor('AADSTS50058', 'y'.repeat(MAX_HEADLINE))).toBe('y'.repeat(MAX_HEADLINE));
    expect(headlineFor('AADSTS50058', 'y'.repeat(MAX_HEADLINE + 1))).toBe('AADSTS50058');
  });
});

describe('codePageStructuredData', () => {
  it('describes a guide as a TechArticle with its reviewed date, and its place under all codes', () => {
    expect(codePageStructuredData({ ...facts, reviewed: '2026-12-01' })).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'TechArticle',
        headline: 'AADSTS50058: Silent sign-in failed',
        description: 'The app tried to sign you in without asking.',
        url: 'https://atlas.test/codes/50058/',
        mainEntityOfPage: 'https://atlas.test/codes/50058/',
        about: 'AADSTS50058',
        inLanguage: 'en',
        datePublished: '2026-11-22',
        dateModified: '2026-12-01',
        lastReviewed: '2026-12-01',
        publisher: { '@type': 'Organization', name: 'Entra Error Atlas', url: 'https://atlas.test/' },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Entra Error Atlas', item: 'https://atlas.test/' },
          { '@type': 'ListItem', position: 2, name: 'All codes', item: 'https://atlas.test/codes/' },
          { '@type': 'ListItem', position: 3, name: 'AADSTS50058', item: 'https://atlas.test/codes/50058/' },
        ],
      },
    ]);
  });

  it('claims no review for a page without a guide', () => {
    const [article] = codePageStructuredData(facts);
    expect(article).not.toHaveProperty('dateModified');
    expect(article).not.toHaveProperty('lastReviewed');
  });
});

describe('jsonLdText', () => {
  it('keeps markup in a field from ending the script element, and stays the same JSON', () => {
    const data = { headline: '</script><script>alert(1)</script>' };
    expect(jsonLdText(data)).not.toContain('<');
    expect(JSON.parse(jsonLdText(data))).toEqual(data);
  });
});
