import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/catalog-file.ts';
import { CONTEXT_WORDS, contextTerms } from '../../src/lib/search/context-words.ts';
import { wordsOf } from '../../src/lib/search/search-rank.ts';

describe('contextTerms', () => {
  it.each([
    ['outlook shows an error on my phone', ['exchange']],
    ['outlook keeps asking for my password', ['exchange', 'frequency', 'session']],
    ['Teams says I need admin approval', ['office', 'consent']],
    ['az login fails in azure cli', ['refresh', 'token', 'interactive']],
    ['Connect-MgGraph asks for approval', ['consent', 'admin']],
    ['Storage Explorer cannot sign in', ['consent', 'tenant']],
    ['keycloak broker to entra', ['identity', 'provider', 'redirect', 'secret']],
    ['MSAL SPA in react gets an error', ['spa', 'single', 'page', 'cross', 'origin']],
    ['managed identity on a VM gets no token', ['managed', 'identity']],
    ['headless test account in selenium', ['ropc', 'interactive', 'mfa']],
    ['device code login from a container', ['device', 'code', 'flow']],
    ['it broke after updating the client secret', ['secret', 'invalid']],
    ['we rotated our secret', ['secret', 'invalid']],
    ['I have to reauthenticate every day', ['frequency', 'refresh', 'lifetime']],
    ['logged out after 24 hours', ['frequency', 'refresh', 'lifetime']],
    ['after adding the tenant and client id', ['application', 'found', 'directory']],
    ['single tenant app on the common endpoint', ['single', 'tenant', 'common', 'endpoint']],
    ['blocked from logging into the portal', ['assigned', 'granted', 'app']],
    ['blocked when I travel abroad', ['location', 'conditional', 'access']],
    ['keeps asking me to sign in again and again', ['frequency', 'session']],
  ])('reads "%s" as %j', (text, terms) => {
    expect(contextTerms(text)).toEqual(terms);
  });

  it('adds nothing to words that say no context', () => {
    expect(contextTerms('my password expired')).toEqual([]);
    // Parts of other words are not context: "spa" in "spaces", "vm" in "vmware".
    expect(contextTerms('spaces in vmware names')).toEqual([]);
  });

  it('maps only to words the compact index of codes holds, so that every concept can match a code', () => {
    const text = [
      readFileSync('content/catalog.tsv', 'utf8'),
      ...readFileSync('content/screens.yaml', 'utf8').split('\n'),
    ].join('\n');
    const rows = parseCatalog(readFileSync('content/catalog.tsv', 'utf8')).rows;
    const guides = rows.map((row) => {
      try {
        return readFileSync(`content/codes/${row.code}.mdx`, 'utf8').split('\n---')[0];
      } catch {
        return '';
      }
    });
    const vocabulary = new Set(wordsOf([text, ...guides].join('\n')));
    const missing = CONTEXT_WORDS.flatMap((entry) => entry.means).filter((term) => !vocabulary.has(term));
    expect(missing).toEqual([]);
  });
});
