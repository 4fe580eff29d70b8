import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The module reads the base path once, when it loads. */
async function urlsUnder(base: string) {
  vi.resetModules();
  vi.stubEnv('BASE_URL', base);
  return import('../../src/lib/site/urls.ts');
}

describe('internal URLs', () => {
  it('are rooted at / on a site at the domain root', async () => {
    const urls = await urlsUnder('/');
    expect(urls.href()).toBe('/');
    expect(urls.href('codes/')).toBe('/codes/');
    expect(urls.href('/codes/')).toBe('/codes/');
    expect(urls.codeUrl(50126)).toBe('/codes/50126/');
    expect(urls.causeUrl('wrong-password')).toBe('/causes/wrong-password/');
    expect(urls.fixUrl('reset-password')).toBe('/fixes/reset-password/');
    expect(urls.categoryUrl('mfa')).toBe('/categories/mfa/');
    expect(urls.searchUrl()).toBe('/search/');
    expect(urls.searchUrl('AADSTS50126 & "wrong" / ü')).toBe('/search/?q=AADSTS50126%20%26%20%22wrong%22%20%2F%20%C3%BC');
    expect(urls.searchUrl('')).toBe('/search/?q=');
  });

  it('carry a base path, with or without its trailing slash, exactly once', async () => {
    for (const base of ['/atlas', '/atlas/']) {
      const urls = await urlsUnder(base);
      expect(urls.href()).toBe('/atlas/');
      expect(urls.href('/codes/')).toBe('/atlas/codes/');
      expect(urls.codeUrl('500121')).toBe('/atlas/codes/500121/');
      expect(urls.searchUrl('x')).toBe('/atlas/search/?q=x');
    }
  });

  it('give stable anchors for causes and fixes', async () => {
    const urls = await urlsUnder('/');
    expect(urls.causeAnchor('wrong-password')).toBe('cause-wrong-password');
    expect(urls.fixAnchor('reset-password')).toBe('fix-reset-password');
  });
});
