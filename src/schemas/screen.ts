/** One Microsoft sign-in screen, as people describe it, and the codes behind it: `content/screens.yaml`. */
import { z } from 'astro/zod';
import { httpsUrl, nonEmptyText, uniqueList } from './shared.ts';

export const ScreenSchema = z
  .strictObject({
    /** A stable kebab-case name; the anchor of the screen on /screens/. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9 and -)' }),
    /** The screen's headline, exactly as Microsoft's documentation quotes it. */
    headline: nonEmptyText.max(80).optional(),
    /** The key sentence under the headline, exactly as quoted by `sentenceSource` (or the first source). */
    sentence: nonEmptyText.max(240).optional(),
    /** Where the sentence is quoted, when that is not the first of `sources`. */
    sentenceSource: httpsUrl.optional(),
    /** What the screen means, in our words: one or two sentences for the person who sees it. */
    meaning: nonEmptyText.min(40).max(400),
    /** The codes Microsoft's documentation ties to this screen; empty when the screen shows a code of its own. */
    codes: uniqueList(z.number().int().positive()),
    /** Official documentation that shows the screen's words and ties them to the codes, https only. */
    sources: uniqueList(httpsUrl).min(1),
    /** Set when a link between the screen and a code rests on reading more than one page: what a reviewer should check. */
    needsReview: nonEmptyText.optional(),
  })
  .refine((screen) => screen.headline !== undefined || screen.sentence !== undefined, { message: 'needs a headline or a sentence: the words a person sees' });

export type Screen = z.infer<typeof ScreenSchema>;

export const ScreensFileSchema = z.strictObject({
  screens: z.array(ScreenSchema).min(1),
});
