/** The exact files and messages `npm run new` gives a contributor. */
import { describe, expect, it } from 'vitest';
import { scaffold, USAGE } from '../../scripts/lib/scaffold.ts';
import type { CatalogRow } from '../../src/lib/catalog/catalog-file.ts';

const known: CatalogRow[] = [
  { code: 50058, name: 'UserInformationNotProvided', documentedIn: ['reference-table'], added: '2026-11-22', message: 'Session information is not sufficient.', logMessage: '', line: 2 },
  { code: 90033, name: '', documentedIn: ['lookup-2022'], added: '2026-11-22', classification: { category: 'service', audiences: ['user', 'admin'], signal: 'transient', confidence: 'sure' }, message: 'Old.', logMessage: 'A transient error has occurred.', line: 3 },
  { code: 2205013, name: '', documentedIn: ['log-list-2025'], added: '2026-11-22', classification: { category: 'service', audiences: ['user'], signal: 'transient', confidence: 'guess' }, message: '', logMessage: 'CRL download is in progress.', line: 4 },
  { code: 75003, name: 'UnsupportedBindingError', documentedIn: ['reference-table'], added: '2026-11-22', message: '', logMessage: '', line: 5 },
];

describe('the sources a new guide starts from', () => {
  const sources = (code: string) => {
    const result = scaffold([code], known, '2026-12-03');
    if (!result.ok) throw new Error(result.error);
    return /sources:\n((?: {2}- .*\n)*)/.exec(result.text)?.[1].trim().split('\n');
  };

  it('cite Microsoft’s lookup only for a code it has a message for, and ask for a page where nothing else is known', () => {
    expect(sources('90033')).toEqual(['- https://login.microsoftonline.com/error?code=90033']);
    // Known from the sign-in log list only: the lookup may show nothing for it.
    expect(sources('2205013')).toEqual(['- "TODO: the https address of the Microsoft page that documents this code"']);
    expect(sources('75003')).toEqual(['- https://learn.microsoft.com/entra/identity-platform/reference-error-codes']);
    expect(sources('1234')).toEqual(['- "TODO: the https address of the Microsoft page that documents this code"']);
  });
});

describe('scaffold templates', () => {
  it('writes a code page for a catalogued code', () => {
    const result = scaffold(['AADSTS 50058'], known, '2026-12-03');
    expect(result).toMatchObject({ ok: true, kind: 'codes', id: '50058', path: 'content/codes/50058.mdx', notes: [] });
    expect(result.ok && result.text).toMatchInlineSnapshot(`
      "---
      code: 50058
      name: UserInformationNotProvided
      title: "TODO: a plain-language headline of at most 90 characters"
      summary: "TODO: one or two sentences, in your own words, on what the code means"
      # One of: mfa, conditional-access, password, account-state, device, application, consent, token-session, federation, tenant, service
      category: TODO
      # Who can act, most likely first: user, helpdesk, admin, developer
      audiences: [TODO]
      signal:
        # One of: benign, interrupt, transient, user-error, misconfiguration, policy, unclassified, security-relevant
        kind: TODO
        # For codes that matter to security teams, add what to look for and a query:
        # detection: "Many failures for one user in an hour suggest …"
        # kql: |-
        #   SigninLogs
        #   | where ResultType == "50058"
      # Most likely first; create a new one with: npm run new -- cause <slug>
      causes:
        - TODO
      # Short phrases in people's own words that lead here ("my phone didn't get the prompt"); search weighs them highly
      symptoms:
        - "TODO: what someone meeting this code would search for (or delete)"
      # With three or more causes, say for each what tells it apart (KB022):
      # diagnosis:
      #   - cause: <one of the causes above>
      #     sign: "What the user sees, or which sign-in log field shows it"
      related: []
      collect: []
      sources:
        - https://learn.microsoft.com/entra/identity-platform/reference-error-codes
      written: 2026-12-03
      reviewed: 2026-12-03
      ---

      TODO: explain in plain language what happened and what it means for the person signing in.
      "
    `);
  });

  it('writes a code page for a code the catalogue lacks, asking for its line', () => {
    const result = scaffold(['  1234 '], known, '2026-12-03');
    if (!result.ok) throw new Error(result.error);
    expect(result.notes).toMatchInlineSnapshot(`
      [
        "1234 is not in content/catalog.tsv: add a line for it (code, Microsoft's name, where it is documented, today's date, Microsoft's message), or run \`npm run sync\` with Microsoft's newer list.",
      ]
    `);
    // Microsoft's message lives in the catalogue line the note asks for, never in the page.
    expect(result.text).not.toContain('message:');
    expect(result.text).toContain('category: TODO\n');
    expect(result.text).toContain('audiences: [TODO]');
    expect(result.text).toContain('  kind: TODO\n');
    expect(result.text).not.toContain('name:');
    expect(result.text).toContain('# One of: mfa, conditional-access');
    expect(result.text).not.toContain('(the catalogue reads it as below: check it)');
  });

  it('fills in the classification of a classified code, and leaves its message to the catalogue', () => {
    const result = scaffold(['90033'], known, '2026-12-03');
    if (!result.ok) throw new Error(result.error);
    expect(result.text).not.toContain('message:');
    expect(result.text).toContain('(the catalogue reads it as below: check it)');
    // Without a name or a place in the reference table, neither line is written.
    expect(result.text).toMatch(/^---\ncode: 90033\ntitle: /);
    expect(result.text).toMatch(/\nsources:\n {2}- https:\/\/login\.microsoftonline\.com\/error\?code=90033\n/);
    expect(result.notes).toMatchInlineSnapshot(`[]`);
  });

  it('writes a cause and a fix', () => {
    const cause = scaffold(['cause', 'device-clock-drift'], known, '2026-12-03');
    expect(cause).toMatchObject({ ok: true, kind: 'causes', id: 'device-clock-drift', path: 'content/causes/device-clock-drift.mdx', notes: ['List the cause under `causes` in the code pages it explains.'] });
    expect(cause.ok && cause.text).toMatchInlineSnapshot(`
      "---
      title: "TODO: what went wrong, as a short statement"
      summary: "TODO: one or two sentences that explain the cause"
      # The Learn pages that support this cause
      sources:
        - TODO
      # The fix to try first at the top; create a new one with: npm run new -- fix <slug>
      fixes:
        - TODO
      ---

      TODO: explain how this happens and how to tell that it is the cause.
      "
    `);
    const fix = scaffold(['fix', 'sync-device-clock'], known, '2026-12-03');
    expect(fix).toMatchObject({ ok: true, kind: 'fixes', id: 'sync-device-clock', path: 'content/fixes/sync-device-clock.mdx', notes: ['List the fix under `fixes` in the causes it solves.'] });
    expect(fix.ok && fix.text).toMatchInlineSnapshot(`
      "---
      title: "TODO: what the reader does, as an imperative"
      # One of: user, helpdesk, admin, developer
      audience: TODO
      summary: "TODO: one sentence on what the fix achieves"
      # For admin fixes: the least-privileged role (e.g. Authentication Administrator), and the licence if one is needed
      # role: TODO
      # license: TODO
      # The Learn pages that support these steps
      sources:
        - TODO
      ---

      1. TODO: one action per step, with the exact labels of buttons and menus in **bold**.
      "
    `);
  });

  it('explains each mistake', () => {
    const error = (args: string[]) => {
      const result = scaffold(args, known, '2026-12-03');
      return result.ok ? 'ok' : result.error;
    };
    expect(error([])).toBe(USAGE);
    expect(error(['cause'])).toMatchInlineSnapshot(`""" is not a slug: use lower-case words joined by hyphens, e.g. npm run new -- cause device-clock-drift"`);
    expect(error(['fix', 'Bad Slug'])).toMatchInlineSnapshot(`""Bad Slug" is not a slug: use lower-case words joined by hyphens, e.g. npm run new -- fix device-clock-drift"`);
    expect(error(['50058x'])).toMatchInlineSnapshot(`
      ""50058x" is not a code: give the digits, with or without AADSTS (e.g. 50058 or AADSTS50058), or "cause <slug>" / "fix <slug>".
      usage: npm run new -- <code>   (e.g. 50058 or AADSTS50058)
             npm run new -- cause <slug>
             npm run new -- fix <slug>"
    `);
    expect(error(['x50058'])).toContain('is not a code');
    expect(error(['123'])).toContain('is not a code');
    expect(error(['123456789'])).toContain('is not a code');
    expect(error(['012345'])).toContain('is not a code');
    expect(error(['50058', 'more'])).toContain('"50058 more" is not a code');
  });
});
