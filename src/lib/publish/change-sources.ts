/** What the list of changes needs of each code: its catalogue date and its guide's dates. */
import type { ChangeSource } from './changes.ts';
import type { CodeListing } from '../catalog/catalog.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function changeSources(listings: readonly CodeListing[]): ChangeSource[] {
  return listings.map((entry) => {
    const data = entry.guide?.data;
    return {
      code: entry.code,
      title: entry.title,
      added: entry.row.added,
      ...(data ? { guide: { ...(data.written ? { written: day(data.written) } : {}), reviewed: day(data.reviewed) } } : {}),
    };
  });
}
