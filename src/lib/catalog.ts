/** Loads the three collections once and derives what pages need: reverse links, depth, wanted codes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import knownCodesText from '../../content/known-codes.tsv?raw';
import { isFullDepth } from './depth.ts';
import { byCodeNumber, causesByFix, codesByCause, symmetricRelated } from './graph.ts';
import { parseKnownCodes, type KnownCode } from './known-codes.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FixEntry = CollectionEntry<'fixes'>;

export interface Catalog {
  codes: CodeEntry[];
  causes: Map<string, CauseEntry>;
  fixes: Map<string, FixEntry>;
  codesByCause: Map<string, string[]>;
  causesByFix: Map<string, string[]>;
  related: Map<string, string[]>;
  known: KnownCode[];
  /** Known codes that have no page yet. */
  wanted: KnownCode[];
  codeById: Map<string, CodeEntry>;
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Catalog> {
  const [codes, causes, fixes] = await Promise.all([getCollection('codes'), getCollection('causes'), getCollection('fixes')]);
  codes.sort((a, b) => byCodeNumber(a.id, b.id));
  const codeLinks = codes.map((code) => ({ id: code.id, causes: ids(code.data.causes), related: ids(code.data.related) }));
  const known = parseKnownCodes(knownCodesText);
  const codeById = new Map(codes.map((code) => [code.id, code]));
  return {
    codes,
    causes: new Map(causes.map((cause) => [cause.id, cause])),
    fixes: new Map(fixes.map((fix) => [fix.id, fix])),
    codesByCause: codesByCause(codeLinks),
    causesByFix: causesByFix(causes.map((cause) => ({ id: cause.id, fixes: ids(cause.data.fixes) }))),
    related: symmetricRelated(codeLinks),
    known,
    wanted: known.filter((entry) => !codeById.has(String(entry.code))),
    codeById,
  };
}

/** Resolves references in content order; validation guarantees that every one exists. */
export function pick<T>(map: Map<string, T>, refs: readonly { id: string }[]): T[] {
  return refs.flatMap((ref) => {
    const entry = map.get(ref.id);
    return entry ? [entry] : [];
  });
}

export function fullDepth(code: CodeEntry): boolean {
  return isFullDepth(code.data);
}
