/** Front matter of a fix: `content/fixes/<slug>.mdx`; its body holds the numbered steps. */
import { z } from 'astro/zod';
import { AUDIENCE_SLUGS } from './vocabulary.ts';
import { httpsUrl, nonEmptyText, uniqueList } from './shared.ts';

export const fixSchema = z.strictObject({
  /** What the reader does, as an imperative ("Sync the clock on your phone"). */
  title: nonEmptyText.max(90),
  /** Who carries out the steps. */
  audience: z.enum(AUDIENCE_SLUGS),
  /** One sentence on what the fix achieves. */
  summary: nonEmptyText.min(20).max(320),
  /** For admin fixes: the least-privileged Microsoft Entra role that can carry out the steps, as Microsoft names it. */
  role: nonEmptyText.max(80).optional(),
  /** For admin fixes: the licence the feature needs (e.g. "Microsoft Entra ID P1"), where it needs one. */
  license: nonEmptyText.max(80).optional(),
  /** Official documentation that supports these steps, https only. */
  sources: uniqueList(httpsUrl).min(1),
});

export type FixData = z.infer<typeof fixSchema>;
