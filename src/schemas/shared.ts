/** Field types that several content schemas share. */
import { z } from 'astro/zod';

export const nonEmptyText = z.string().trim().min(1, { message: 'must not be empty' });

export const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// URL' });

/** YAML turns `2026-11-22` into a Date; anything else is refused. */
export const reviewedDate = z.date({ message: 'must be a date written as YYYY-MM-DD' });

// Inside Astro a reference parses to `{ collection, id }`; compare those by id.
const identity = (item: unknown) => (typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : String(item));

/** A list in which no item may appear twice. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((items) => new Set(items.map(identity)).size === items.length, {
    message: 'lists the same item twice',
  });
}
