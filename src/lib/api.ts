/** Builds the API documents from the catalog; the endpoints only serialise them. */
import { API_SCHEMA_VERSION, type CodeDetail, type CodeSummary } from '../schemas/api.ts';
import { pick, fullDepth, type Catalog, type CodeEntry } from './catalog.ts';
import { causeUrl, codeUrl, fixUrl } from './urls.ts';

const absolute = (path: string, site: URL) => new URL(path, site).href;

export function codeSummary(entry: CodeEntry, site: URL): CodeSummary {
  const { data } = entry;
  return {
    code: data.code,
    name: data.name ?? null,
    title: data.title,
    summary: data.summary,
    category: data.category,
    audiences: data.audiences,
    signal: data.signal.kind,
    url: absolute(codeUrl(entry.id), site),
  };
}

export function codeDetail(entry: CodeEntry, catalog: Catalog, site: URL): CodeDetail {
  const { data } = entry;
  return {
    schemaVersion: API_SCHEMA_VERSION,
    ...codeSummary(entry, site),
    message: data.message ?? null,
    signal: { kind: data.signal.kind, detection: data.signal.detection ?? null, kql: data.signal.kql ?? null },
    fullDepth: fullDepth(entry),
    needsReview: data.needsReview ?? null,
    causes: pick(catalog.causes, data.causes).map((cause) => ({
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
    sources: data.sources,
    reviewed: data.reviewed.toISOString().slice(0, 10),
  };
}
