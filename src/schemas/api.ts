/** The public JSON API: `/api/codes.json` and `/api/codes/<code>.json`. Bump the version on any breaking change. */
import { z } from 'astro/zod';
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, SIGNAL_SLUGS } from './vocabulary.ts';

export const API_SCHEMA_VERSION = 2;

export const CodeSummarySchema = z.strictObject({
  code: z.number().int(),
  /** Microsoft's symbolic name, or null where none is published. */
  name: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  /** Microsoft's message, newest wording, placeholders such as `{appId}` kept. */
  message: z.string(),
  /** Null only while a newly catalogued code awaits classification. */
  category: z.enum(CATEGORY_SLUGS).nullable(),
  audiences: z.array(z.enum(AUDIENCE_SLUGS)),
  signal: z.enum(SIGNAL_SLUGS).nullable(),
  /** Whether a written guide exists; without one the page holds Microsoft's message and what to collect. */
  guide: z.boolean(),
  /** For codes without a guide: `guess` where Microsoft's words leave the classification open. */
  confidence: z.enum(['sure', 'guess']).nullable(),
  url: z.url(),
});

export const CodeIndexSchema = z.strictObject({
  schemaVersion: z.literal(API_SCHEMA_VERSION),
  count: z.number().int(),
  codes: z.array(CodeSummarySchema),
});

const FixSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  audience: z.enum(AUDIENCE_SLUGS),
  summary: z.string(),
  url: z.url(),
});

export const CodeDetailSchema = z.strictObject({
  schemaVersion: z.literal(API_SCHEMA_VERSION),
  ...CodeSummarySchema.shape,
  signal: z.strictObject({ kind: z.enum(SIGNAL_SLUGS).nullable(), detection: z.string().nullable(), kql: z.string().nullable() }),
  /** Where Microsoft publishes the code. */
  documentedIn: z.array(z.string()),
  fullDepth: z.boolean(),
  needsReview: z.string().nullable(),
  causes: z.array(
    z.strictObject({ slug: z.string(), title: z.string(), summary: z.string(), url: z.url(), fixes: z.array(FixSchema) }),
  ),
  related: z.array(z.number().int()),
  sources: z.array(z.url()),
  /** When a person last checked the guide against its sources; null without a guide. */
  reviewed: z.iso.date().nullable(),
});

export type CodeSummary = z.infer<typeof CodeSummarySchema>;
export type CodeDetail = z.infer<typeof CodeDetailSchema>;
export type CodeIndex = z.infer<typeof CodeIndexSchema>;

/**
 * Columns of `/api/codes.csv`, in order; the KQL `externaldata()` example declares the same. New columns
 * go at the end, so that readers that pick columns by position keep working.
 */
export const CSV_COLUMNS = ['code', 'name', 'title', 'message', 'category', 'signal', 'guide', 'url', 'confidence'] as const;

/**
 * Columns of `/api/sentinel-watchlist.csv`, in Microsoft Sentinel's habit of capitalised names; `Code` is
 * the column to choose as the watchlist's SearchKey.
 */
export const WATCHLIST_COLUMNS = ['Code', 'Name', 'Title', 'Category', 'Signal', 'Confidence', 'Url'] as const;
