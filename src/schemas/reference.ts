/** How a schema points at another entry: Astro's `reference()` in the site, a plain slug check elsewhere. */
import { z } from 'astro/zod';

export type CollectionName = 'codes' | 'causes' | 'fixes';

/** Builds the schema of one reference to an entry of `collection`; `Out` is what a parsed reference becomes. */
export type ReferenceFactory<Out = unknown> = (collection: CollectionName) => z.ZodType<Out, any>;

/** Slugs are lower-case words joined by hyphens; codes are digits. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Outside Astro (validator, tests) a reference is its id; our own checks resolve it. */
export const plainReference: ReferenceFactory<string> = (collection) =>
  collection === 'codes'
    ? z.string().regex(/^[0-9]+$/, { message: 'must be a code: digits only' })
    : z.string().regex(SLUG_PATTERN, { message: 'must be a slug: lower-case words joined by hyphens' });

/** YAML reads `related: [50126]` as numbers; a code reference takes either form. */
export function codeReference<Out>(ref: ReferenceFactory<Out>) {
  return z.union([z.number().int(), z.string()]).transform(String).pipe(ref('codes'));
}
