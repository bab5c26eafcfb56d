/**
 * Where the records live, relative to the project root. Astro's collections, the
 * validator and the scaffolder all read these, so a move happens in one place.
 */
export const CONTENT_PATHS = {
  agreements: 'src/content/agreements',
  organisations: 'src/content/organisations',
  solutions: 'src/content/solutions',
  laender: 'src/content/laender.yaml',
  topics: 'src/content/topics.yaml',
  knownMissing: 'src/content/known-missing.yaml',
  knownTotals: 'src/content/known-totals.yaml',
} as const;

export const AGREEMENT_EXTENSION = '.mdx';
export const ORGANISATION_EXTENSION = '.yaml';
export const SOLUTION_EXTENSION = '.yaml';
