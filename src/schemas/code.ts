/** Front matter of a code page: `content/codes/<code>.mdx`. */
import { z } from 'astro/zod';
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, SIGNAL_SLUGS } from './vocabulary.ts';
import { codeReference, type ReferenceFactory } from './reference.ts';
import { httpsUrl, nonEmptyText, reviewedDate, uniqueList } from './shared.ts';

export const SignalSchema = z
  .strictObject({
    /** What the code says about security when it shows up in sign-in logs. */
    kind: z.enum(SIGNAL_SLUGS),
    /** What an analyst should make of it: which pattern to look for, and what it may mean. */
    detection: nonEmptyText.optional(),
    /** A ready Kusto query over `SigninLogs` for Microsoft Sentinel or Log Analytics. */
    kql: nonEmptyText.optional(),
  })
  .superRefine((signal, context) => {
    // The security view lists every security-relevant code with what to look for and a query.
    for (const field of ['detection', 'kql'] as const) {
      if (signal.kind === 'security-relevant' && !signal[field]) {
        context.addIssue({ code: 'custom', path: [field], message: `is required when the kind is security-relevant` });
      }
    }
  });

export function codeSchema<Out>(ref: ReferenceFactory<Out>) {
  return z.strictObject({
    /** The numeric code without the AADSTS prefix; must equal the file name. */
    code: z.number().int().positive(),
    /** Microsoft's symbolic name (e.g. `IdsLocked`); leave out where none is published. */
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, { message: 'must be one word of letters, digits and underscores' }).optional(),
    /**
     * For a code without a message: the description Microsoft's error code reference gives it, verbatim and without
     * the name before it, shown quoted where the message would be. Leave out where the reference gives only the name.
     */
    referenceText: nonEmptyText.max(400).optional(),
    /** A plain-language headline, in our words. */
    title: nonEmptyText.max(90),
    /** One or two sentences that say what the code means, in our words. */
    summary: nonEmptyText.min(40).max(320),
    /** Where the code belongs; one of the categories in `src/schemas/vocabulary.ts`. */
    category: z.enum(CATEGORY_SLUGS),
    /** Who can act on it, most likely first. */
    audiences: uniqueList(z.enum(AUDIENCE_SLUGS)).min(1),
    /** What the code means for a security team. */
    signal: SignalSchema,
    /** Causes, most likely first; each is `content/causes/<slug>.mdx`. */
    causes: uniqueList(ref('causes')).min(1),
    /**
     * False where Microsoft documents the causes but does not say which is most common: the page then lists them in
     * the order to check them and calls none the most likely.
     */
    causesRanked: z.boolean().default(true),
    /** Short phrases in people's own words that lead here ("my phone didn't get the prompt"); searched with high weight. */
    symptoms: uniqueList(nonEmptyText.max(80)).max(12).default([]),
    /** How to tell the causes apart: for a cause of this page, what the user sees or which sign-in log field shows it. */
    diagnosis: z
      .array(
        z.strictObject({
          /** One of this page's `causes`. */
          cause: ref('causes'),
          /** What tells this cause apart: what the user saw, or where in the sign-in log to look and what it says. */
          sign: nonEmptyText.max(400),
        }),
      )
      .default([]),
    /** Situations that look alike but that Microsoft reports with a code of their own. */
    otherCodes: z
      .array(
        z.strictObject({
          code: codeReference,
          /** The situation, completing "If …, see AADSTS<code> instead". */
          when: nonEmptyText.max(200),
        }),
      )
      .default([]),
    /** Codes that users meet in the same situation; shown on both pages. */
    related: uniqueList(codeReference).default([]),
    /** Extra details worth collecting for this code, beyond Request ID, Correlation ID and timestamp. */
    collect: z.array(nonEmptyText).default([]),
    /** Official documentation, https only. */
    sources: uniqueList(httpsUrl).min(1),
    /** When the guide was first published (YYYY-MM-DD); the list of changes tells written guides from corrected ones by it. */
    written: reviewedDate.optional(),
    /** When a person last checked this page against the sources (YYYY-MM-DD). */
    reviewed: reviewedDate,
    /** Set when a fact on the page is uncertain: what a reviewer should check. */
    needsReview: nonEmptyText.optional(),
  });
}

export type CodeData = z.infer<ReturnType<typeof codeSchema>>;
