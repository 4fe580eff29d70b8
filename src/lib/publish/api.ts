/** Builds the API documents from the catalog; the endpoints only serialise them. Free of Astro, so it is unit-tested. */
import { API_SCHEMA_VERSION, CSV_COLUMNS, WATCHLIST_COLUMNS, type CodeDetail, type CodeSummary } from '../../schemas/api.ts';
import { officialLookupUrl, SIGN_IN_FILTER_URL, SIGN_IN_TROUBLESHOOTING_URL, SUPPORT_REQUEST_URL } from '../../site.ts';
import type { Catalog, CodeListing } from '../catalog/catalog.ts';
import { isFullDepth } from '../catalog/depth.ts';
import { DOCUMENTED_LINKS, inErrorLookup } from '../catalog/documented.ts';
import { pick } from '../catalog/graph.ts';
import { causeUrl, codeUrl, fixUrl } from '../site/urls.ts';

const absolute = (path: string, site: URL) => new URL(path, site).href;

export function codeSummary(entry: CodeListing, site: URL): CodeSummary {
  return {
    code: entry.code,
    name: entry.name || null,
    title: entry.title,
    summary: entry.summary,
    message: entry.message,
    category: entry.category ?? null,
    audiences: entry.audiences,
    signal: entry.signal ?? null,
    guide: entry.guide !== undefined,
    confidence: entry.confidence ?? null,
    url: absolute(codeUrl(entry.id), site),
  };
}

/** The official pages for a code: its guide's sources, or where the catalogue says Microsoft documents it. */
export function codeSources(entry: CodeListing): string[] {
  if (entry.guide) return entry.guide.data.sources;
  // A reference page's message comes from the places it is documented in (the reference table, the lookup, the public
  // list of sign-in log wording); its own steps from Microsoft's sign-in log pages (the log, its tabs and role, its
  // Request ID filter) and its support page (who may open a request).
  return [
    ...entry.row.documentedIn.flatMap((place) => DOCUMENTED_LINKS[place] ?? []),
    ...(inErrorLookup(entry.row) ? [officialLookupUrl(entry.code)] : []),
    SIGN_IN_TROUBLESHOOTING_URL,
    SIGN_IN_FILTER_URL,
    SUPPORT_REQUEST_URL,
  ];
}

export function codeDetail(entry: CodeListing, catalog: Catalog, site: URL): CodeDetail {
  const data = entry.guide?.data;
  return {
    schemaVersion: API_SCHEMA_VERSION,
    ...codeSummary(entry, site),
    signal: { kind: entry.signal ?? null, detection: data?.signal.detection ?? null, kql: data?.signal.kql ?? null },
    documentedIn: entry.row.documentedIn,
    fullDepth: entry.guide ? isFullDepth(entry.guide.data) : false,
    needsReview: data?.needsReview ?? null,
    causes: (data ? pick(catalog.causes, data.causes) : []).map((cause) => ({
      slug: cause.id,
      title: cause.data.title,
      summary: cause.data.summary,
      url: absolute(causeUrl(cause.id), site),
      fixes: pick(catalog.fixes, cause.data.fixes).map((fix) => ({
        slug: fix.id,
        title: fix.data.title,
        audience: fix.data.audience,
        summary: fix.data.summary,
        url: absolute(fixUrl(fix.id), site),
      })),
    })),
    related: (catalog.related.get(entry.id) ?? []).map(Number),
    sources: codeSources(entry),
    reviewed: data ? data.reviewed.toISOString().slice(0, 10) : null,
  };
}

/** One CSV row of `/api/codes.csv`, in the order of CSV_COLUMNS. */
export function csvRow(summary: CodeSummary): (string | number | null)[] {
  return CSV_COLUMNS.map((column) => (column === 'guide' ? String(summary.guide) : summary[column]));
}

/** One row of the Sentinel watchlist, in the order of WATCHLIST_COLUMNS. */
export function watchlistRow(summary: CodeSummary): (string | number | null)[] {
  const fields: Record<(typeof WATCHLIST_COLUMNS)[number], string | number | null> = {
    Code: summary.code,
    Name: summary.name,
    Title: summary.title,
    Category: summary.category,
    Signal: summary.signal,
    Confidence: summary.confidence,
    Url: summary.url,
  };
  return WATCHLIST_COLUMNS.map((column) => fields[column]);
}
