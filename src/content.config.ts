/**
 * Astro's view of the records: the same zod schemas the validator uses. Cross-record
 * rules (references, relations) are checked by `npm run validate`, which the build runs
 * first; the registry in src/lib/registry.ts resolves the references. Agreements come
 * through a loader of their own that renders each body to HTML once.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { agreementLoader } from './content-loaders/agreements.ts';
import { CONTENT_PATHS } from './lib/content-paths.ts';
import { agreementSchema } from './schemas/agreement.ts';
import { landSchema } from './schemas/land.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { solutionSchema } from './schemas/solution.ts';
import { topicSchema } from './schemas/topic.ts';

export const collections = {
  agreements: defineCollection({
    loader: agreementLoader(),
    schema: agreementSchema,
  }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.yaml', base: CONTENT_PATHS.organisations }),
    schema: organisationSchema,
  }),
  solutions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: CONTENT_PATHS.solutions }),
    schema: solutionSchema,
  }),
  laender: defineCollection({ loader: file(CONTENT_PATHS.laender), schema: landSchema }),
  topics: defineCollection({ loader: file(CONTENT_PATHS.topics), schema: topicSchema }),
};
