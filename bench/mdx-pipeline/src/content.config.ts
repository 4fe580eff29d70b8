/** The three collections, compiled by @astrojs/mdx (benchmark variant; see bench/mdx-pipeline/README.md). */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './schemas/code.ts';
import { causeSchema } from './schemas/cause.ts';
import { fixSchema } from './schemas/fix.ts';
import type { ReferenceFactory } from './schemas/reference.ts';

const astroReference: ReferenceFactory<{ collection: string; id: string }> = (collection) => reference(collection);

export const collections = {
  codes: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/codes' }), schema: codeSchema(astroReference) }),
  causes: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/causes' }), schema: causeSchema(astroReference) }),
  fixes: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/fixes' }), schema: fixSchema }),
};
