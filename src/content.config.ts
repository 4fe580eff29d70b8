/** The three content collections; schemas live in src/schemas, shared with the validator. */
import { defineCollection, reference } from 'astro:content';
import { codeSchema } from './schemas/code.ts';
import { causeSchema } from './schemas/cause.ts';
import { fixSchema } from './schemas/fix.ts';
import type { ReferenceFactory } from './schemas/reference.ts';
import { textMdx } from './loaders/text-mdx.ts';

const astroReference: ReferenceFactory<{ collection: string; id: string }> = (collection) => reference(collection);

export const collections = {
  codes: defineCollection({
    loader: textMdx({ base: 'content/codes' }),
    schema: codeSchema(astroReference),
  }),
  causes: defineCollection({
    loader: textMdx({ base: 'content/causes' }),
    schema: causeSchema(astroReference),
  }),
  fixes: defineCollection({
    loader: textMdx({ base: 'content/fixes' }),
    schema: fixSchema,
  }),
};
