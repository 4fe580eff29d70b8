/** The public JSON API: `/api/codes.json` and `/api/codes/<code>.json`. Bump the version on any breaking change. */
import { z } from 'astro/zod';
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, SIGNAL_SLUGS } from './vocabulary.ts';

export const API_SCHEMA_VERSION = 1;

export const CodeSummarySchema = z.strictObject({
  code: z.number().int(),
  /** Microsoft's symbolic name, or null where none is published. */
  name: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  category: z.enum(CATEGORY_SLUGS),
  audiences: z.array(z.enum(AUDIENCE_SLUGS)),
  signal: z.enum(SIGNAL_SLUGS),
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
  message: z.string().nullable(),
  signal: z.strictObject({ kind: z.enum(SIGNAL_SLUGS), detection: z.string().nullable(), kql: z.string().nullable() }),
  fullDepth: z.boolean(),
  needsReview: z.string().nullable(),
  causes: z.array(
    z.strictObject({ slug: z.string(), title: z.string(), summary: z.string(), url: z.url(), fixes: z.array(FixSchema) }),
  ),
  related: z.array(z.number().int()),
  sources: z.array(z.url()),
  reviewed: z.iso.date(),
});

export type CodeSummary = z.infer<typeof CodeSummarySchema>;
export type CodeDetail = z.infer<typeof CodeDetailSchema>;
export type CodeIndex = z.infer<typeof CodeIndexSchema>;

/** Columns of `/api/codes.csv`, in order; the KQL `externaldata()` example declares the same. */
export const CSV_COLUMNS = ['code', 'name', 'title', 'category', 'signal', 'url'] as const;
