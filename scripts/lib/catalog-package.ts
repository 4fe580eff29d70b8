/** What the catalogue package (packages/catalog) publishes besides the site's own files: its version, its types and its manifest. */
import type { CodeSummary } from '../../src/schemas/api.ts';
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, SIGNAL_SLUGS } from '../../src/schemas/vocabulary.ts';

/**
 * The package version for a catalogue dated `date` (YYYY-MM-DD): `2026-12-06` → `2026.12.6`. Semantic
 * versioning forbids leading zeros, so month and day are written without them; versions still sort by
 * date, and a newer catalogue is always a higher version.
 */
export function catalogVersion(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`"${date}" is not a date in the form YYYY-MM-DD`);
  return match.slice(1).map(Number).join('.');
}

/**
 * The date of the newest change in the site's Atom feed of changes (`changes.xml`), which is derived from
 * the catalogue's dates and the guides' written and reviewed dates: the catalogue's date.
 */
export function catalogDate(feed: string): string {
  // The feed's own <updated> comes before every entry's.
  const updated = /<updated>(\d{4}-\d{2}-\d{2})T/.exec(feed)?.[1];
  if (!updated) throw new Error('changes.xml: no <updated> date; is it the Atom feed of a finished build?');
  return updated;
}

const union = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ');

// Typed against the API's entry, so that a field added to or removed from it fails the type check until it is declared here too.
const ENTRY_FIELDS: Record<keyof CodeSummary, [type: string, doc: string]> = {
  code: ['number', 'The code, without AADSTS: 50058.'],
  name: ['string | null', "Microsoft's symbolic name, or null where none is published."],
  title: ['string', 'What the code means, in a few words.'],
  summary: ['string', 'What happened, in plain language (for a code without a guide, what its page holds).'],
  message: ['string', "Microsoft's message, verbatim, in its newest wording."],
  category: ['Category | null', 'What the error is about; null only while a new code awaits classification.'],
  audiences: ['Audience[]', 'Who can act on it.'],
  signal: ['Signal | null', 'How a security team should read it in sign-in logs.'],
  guide: ['boolean', 'Whether a written guide with causes and fixes exists.'],
  confidence: ["'sure' | 'guess' | null", "For a code without a guide: 'guess' where Microsoft's words leave its classification open."],
  url: ['string', 'Its page on Entra Error Atlas.'],
};

/** The package's `index.d.ts`: every code's entry, the catalogue and `describe()`. */
export function typeDeclarations(): string {
  const fields = Object.entries(ENTRY_FIELDS).map(([field, [type, doc]]) => `  /** ${doc} */\n  ${field}: ${type};`);
  return `/** Every Microsoft Entra ID (AADSTS) sign-in error code in Entra Error Atlas. */

export type Category = ${union(CATEGORY_SLUGS)};
export type Audience = ${union(AUDIENCE_SLUGS)};
export type Signal = ${union(SIGNAL_SLUGS)};

/** One code. */
export interface CatalogEntry {
${fields.join('\n')}
}

/** Every code, in numeric order. */
export declare const codes: readonly CatalogEntry[];

/**
 * The entry of the code in \`text\`: \`'AADSTS50058'\`, \`'50058'\`, \`50058\`, or a whole error message, screen or JSON
 * error response. Undefined when the text names no code in the catalogue.
 */
export declare function describe(text: string | number): CatalogEntry | undefined;
`;
}

/** The published manifest: the workspace's, with the catalogue's version and without the flag that keeps the unbuilt workspace from being published. */
export function publishedManifest(workspace: Record<string, unknown>, version: string): Record<string, unknown> {
  const { private: _unpublished, ...manifest } = workspace;
  return { ...manifest, version };
}
