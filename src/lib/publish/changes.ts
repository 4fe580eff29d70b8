/** The list of changes (codes added, guides written, guides corrected), derived from the catalogue's and the guides' own dates. */

export type ChangeKind = 'code-added' | 'guide-written' | 'guide-corrected' | 'guide-reviewed';

export interface ChangeSource {
  code: number;
  title: string;
  /** When the code entered the catalogue. */
  added: string;
  guide?: { written?: string; reviewed: string };
}

export interface Change {
  date: string;
  kind: ChangeKind;
  codes: { code: number; title: string }[];
}

export const CHANGE_LABELS: Record<ChangeKind, { one: string; many: string }> = {
  'code-added': { one: 'code added to the catalogue', many: 'codes added to the catalogue' },
  'guide-written': { one: 'guide written', many: 'guides written' },
  'guide-corrected': { one: 'guide corrected', many: 'guides corrected' },
  'guide-reviewed': { one: 'guide reviewed', many: 'guides reviewed' },
};

// Stryker disable next-line StringLiteral: a kind missing from the list sorts first, where guide-written is anyway.
const ORDER: ChangeKind[] = ['guide-written', 'guide-corrected', 'guide-reviewed', 'code-added'];

/** One entry per day and kind, newest day first; codes in numeric order within each. */
export function changeLog(sources: readonly ChangeSource[]): Change[] {
  const groups = new Map<string, Change>();
  const add = (date: string, kind: ChangeKind, source: ChangeSource) => {
    const key = `${date} ${kind}`;
    const group = groups.get(key) ?? { date, kind, codes: [] };
    group.codes.push({ code: source.code, title: source.title });
    groups.set(key, group);
  };
  for (const source of sources) {
    add(source.added, 'code-added', source);
    const guide = source.guide;
    if (!guide) continue;
    if (guide.written) add(guide.written, 'guide-written', source);
    if (!guide.written) add(guide.reviewed, 'guide-reviewed', source);
    else if (guide.reviewed > guide.written) add(guide.reviewed, 'guide-corrected', source);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, codes: group.codes.sort((a, b) => a.code - b.code) }))
    .sort((a, b) => b.date.localeCompare(a.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** "3 guides written", "1 code added to the catalogue". */
export function changeHeadline(change: Change): string {
  const label = CHANGE_LABELS[change.kind];
  return `${change.codes.length} ${change.codes.length === 1 ? label.one : label.many}`;
}
