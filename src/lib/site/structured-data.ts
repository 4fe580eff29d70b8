/** schema.org data for a code page (a TechArticle and its breadcrumb), which search engines and link previews read. */

export interface CodePageFacts {
  code: number;
  title: string;
  description: string;
  /** Absolute URLs. */
  url: string;
  homeUrl: string;
  codesUrl: string;
  siteName: string;
  /** YYYY-MM-DD: when the guide was written, or the code catalogued. */
  published: string;
  /** YYYY-MM-DD: when a person last checked the guide against its sources; absent for a page without a guide. */
  reviewed?: string;
}

/** Google reads at most 110 characters of an article's headline. */
export const MAX_HEADLINE = 110;

/** The code and its title when they fit, else the title, else the code alone: a headline is never cut mid-phrase. */
export function headlineFor(name: string, title: string): string {
  return [`${name}: ${title}`, title].find((headline) => headline.length <= MAX_HEADLINE) ?? name;
}

/** The TechArticle and the BreadcrumbList (home › all codes › this code) of one code page. */
export function codePageStructuredData(page: CodePageFacts): Record<string, unknown>[] {
  const name = `AADSTS${page.code}`;
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: headlineFor(name, page.title),
      description: page.description,
      url: page.url,
      mainEntityOfPage: page.url,
      about: name,
      inLanguage: 'en',
      datePublished: page.published,
      ...(page.reviewed ? { dateModified: page.reviewed, lastReviewed: page.reviewed } : {}),
      publisher: { '@type': 'Organization', name: page.siteName, url: page.homeUrl },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: page.siteName, item: page.homeUrl },
        { '@type': 'ListItem', position: 2, name: 'All codes', item: page.codesUrl },
        { '@type': 'ListItem', position: 3, name, item: page.url },
      ],
    },
  ];
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped, so that text such as
 * `</script>` in a title can never end the element.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
