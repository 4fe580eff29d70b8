/** How the lists of every cause and every fix are grouped and ordered. */
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, type Audience, type Category } from '../../schemas/vocabulary.ts';

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en');

/** Items grouped by `key` in the order of `keys`, each group sorted by title; groups with no items are left out. */
export function groupByTitle<Key extends string, Item extends { title: string }>(items: readonly Item[], keys: readonly Key[], key: (item: Item) => Key | undefined): [Key, Item[]][] {
  return keys.map((slug) => [slug, items.filter((item) => key(item) === slug).sort(byTitle)] as [Key, Item[]]).filter(([, group]) => group.length > 0);
}

/** Fixes under who carries them out: user, helpdesk, admin, developer. */
export const groupByAudience = <Item extends { title: string; audience: Audience }>(fixes: readonly Item[]) => groupByTitle(fixes, AUDIENCE_SLUGS, (fix) => fix.audience);

/**
 * The category a cause belongs to: the one most of its codes are in, the earlier category on a tie; undefined
 * when none of its codes has one.
 */
export function mainCategory(categories: readonly (Category | undefined)[]): Category | undefined {
  let best: Category | undefined;
  let bestCount = 0;
  for (const slug of CATEGORY_SLUGS) {
    const count = categories.filter((category) => category === slug).length;
    if (count > bestCount) [best, bestCount] = [slug, count];
  }
  return best;
}
