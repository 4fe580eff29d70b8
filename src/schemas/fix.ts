/** Front matter of a fix: `content/fixes/<slug>.mdx`; its body holds the numbered steps. */
import { z } from 'astro/zod';
import { AUDIENCE_SLUGS } from './vocabulary.ts';
import { nonEmptyText } from './shared.ts';

export const fixSchema = z.strictObject({
  /** What the reader does, as an imperative ("Sync the clock on your phone"). */
  title: nonEmptyText.max(90),
  /** Who carries out the steps. */
  audience: z.enum(AUDIENCE_SLUGS),
  /** One sentence on what the fix achieves. */
  summary: nonEmptyText.min(20).max(320),
});

export type FixData = z.infer<typeof fixSchema>;
