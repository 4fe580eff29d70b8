/** Front matter of a cause: `content/causes/<slug>.mdx`, shared by every code it explains. */
import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';
import { httpsUrl, nonEmptyText, uniqueList } from './shared.ts';

export function causeSchema<Out>(ref: ReferenceFactory<Out>) {
  return z.strictObject({
    /** What went wrong, as a short statement ("The device clock is wrong"). */
    title: nonEmptyText.max(90),
    /** One or two sentences that explain the cause. */
    summary: nonEmptyText.min(20).max(320),
    /** Fixes for this cause, the one to try first at the top; each is `content/fixes/<slug>.mdx`. */
    fixes: uniqueList(ref('fixes')).min(1),
    /** Official documentation that supports this cause, https only: the Learn pages that describe it. */
    sources: uniqueList(httpsUrl).min(1),
  });
}

export type CauseData = z.infer<ReturnType<typeof causeSchema>>;
