/** Loads the collections and the catalogue once, and derives what pages need: every code's listing, reverse links, depth. */
import { getCollection, type CollectionEntry } from 'astro:content';
import catalogText from '../../../content/catalog.tsv?raw';
import { isFullDepth } from './depth.ts';
import { byCodeNumber, causesByFix, codesByCause, codesByFix, SAME_OPENING_LIMIT, sameMessage, sharingText, symmetricRelated } from './graph.ts';
import { parseCatalog, type CatalogRow } from './catalog-file.ts';
import { listing, collidingTitles, openingInWords, type CodeListing as Listing } from './listing.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FixEntry = CollectionEntry<'fixes'>;
/** Every code as pages see it, with its written guide where there is one. */
export type CodeListing = Listing<CodeEntry>;

export interface Catalog {
  /** Codes with a written guide, in numeric order. */
  codes: CodeEntry[];
  causes: Map<string, CauseEntry>;
  fixes: Map<string, FixEntry>;
  codesByCause: Map<string, string[]>;
  causesByFix: Map<string, string[]>;
  codesByFix: Map<string, string[]>;
  /** Related codes in both directions, over every catalogued code. */
  related: Map<string, string[]>;
  /** Codes whose message is word for word another few codes' message. */
  sameMessage: Map<string, string[]>;
  /** Codes whose message opens with the same sentence as a few others' (750019, 7500110, 7500111). */
  sameOpening: Map<string, string[]>;
  /** Every catalogued code, with or without a guide, in numeric order. */
  listings: CodeListing[];
  listingById: Map<string, CodeListing>;
  /** Catalogued codes that have no written guide yet: their pages are generated from the catalogue. */
  reference: CodeListing[];
  codeById: Map<string, CodeEntry>;
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= build();
  return cached;
}

function readRows(): CatalogRow[] {
  const { rows, problems } = parseCatalog(catalogText);
  // The content guard refuses a broken catalogue before the build; this keeps a direct import just as strict.
  if (problems.length > 0) throw new Error(`content/catalog.tsv:${problems[0].line}:${problems[0].column}: ${problems[0].message}`);
  return rows;
}

async function build(): Promise<Catalog> {
  const [codes, causes, fixes] = await Promise.all([getCollection('codes'), getCollection('causes'), getCollection('fixes')]);
  codes.sort((a, b) => byCodeNumber(a.id, b.id));
  const codeById = new Map(codes.map((code) => [code.id, code]));
  const rows = readRows();
  const colliding = collidingTitles(rows);
  const listings = rows.map((row) => listing(row, codeById.get(String(row.code)), colliding));
  const codeLinks = listings.map((entry) => {
    const guide = entry.guide;
    return { id: entry.id, causes: guide ? ids(guide.data.causes) : [], related: guide ? [...guide.data.related, ...guide.data.otherCodes.map((other) => other.code)] : [] };
  });
  const codesOfCause = codesByCause(codeLinks);
  const causesOfFix = causesByFix(causes.map((cause) => ({ id: cause.id, fixes: ids(cause.data.fixes) })));
  return {
    codes,
    causes: new Map(causes.map((cause) => [cause.id, cause])),
    fixes: new Map(fixes.map((fix) => [fix.id, fix])),
    codesByCause: codesOfCause,
    causesByFix: causesOfFix,
    codesByFix: codesByFix(causesOfFix, codesOfCause),
    related: symmetricRelated(codeLinks),
    sameMessage: sameMessage(listings),
    sameOpening: sharingText(rows.map((row) => ({ id: String(row.code), text: openingInWords(row)[0] })), SAME_OPENING_LIMIT),
    listings,
    listingById: new Map(listings.map((entry) => [entry.id, entry])),
    reference: listings.filter((entry) => !entry.guide),
    codeById,
  };
}

/** Pages import `pick` from here with the rest of the catalogue. */
export { pick } from './graph.ts';

export function fullDepth(code: CodeEntry): boolean {
  return isFullDepth(code.data);
}
