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

/**
 * A reference to any catalogued code, written as a number or a string (YAML reads `related: [50126]` as numbers).
 * Most codes have a generated page rather than an entry in the collection, so this is not Astro's `reference()`,
 * which would report them missing (and checks any `{ collection, id }` object it finds): the code stays a plain
 * string, and the validator checks each one against the catalogue instead.
 */
export const codeReference = z
  .union([z.number().int().positive(), z.string().regex(/^[1-9][0-9]*$/, { message: 'must be a code: digits only' })])
  .transform(String);
