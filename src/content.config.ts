/**
 * Astro's view of the reference data: the same zod schemas the validator uses, and the
 * same files read the same way (the validator's listing of files and its YAML parser, see
 * src/content-loaders/). Cross-record rules (references, relations) are checked by
 * `npm run validate`, which the build runs first; the registry in src/lib/registry.ts
 * resolves the references. The agreement records are not a collection: the registry reads
 * them itself (src/content-loaders/agreements.ts says why).
 */
import { defineCollection } from 'astro:content';
import { yamlFolderLoader, yamlListLoader } from './content-loaders/reference-data.ts';
import { CONTENT_PATHS, ORGANISATION_EXTENSION, SOLUTION_EXTENSION } from './lib/content-paths.ts';
import { landSchema } from './schemas/land.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { solutionSchema } from './schemas/solution.ts';
import { topicSchema } from './schemas/topic.ts';
import { knownMissingSchema, knownTotalSchema } from './schemas/known.ts';

export const collections = {
  organisations: defineCollection({
    loader: yamlFolderLoader(CONTENT_PATHS.organisations, ORGANISATION_EXTENSION),
    schema: organisationSchema,
  }),
  solutions: defineCollection({
    loader: yamlFolderLoader(CONTENT_PATHS.solutions, SOLUTION_EXTENSION),
    schema: solutionSchema,
  }),
  laender: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.laender), schema: landSchema }),
  topics: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.topics), schema: topicSchema }),
  knownMissing: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.knownMissing, { optional: true }), schema: knownMissingSchema }),
  knownTotals: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.knownTotals, { optional: true }), schema: knownTotalSchema }),
};
