/**
 * The registry as the site sees it: all collections loaded once (top-level await, so
 * every page shares the same instance) and handed to the derivations in registry-core.
 */
import { getCollection } from 'astro:content';
import { CONTENT_PATHS } from './content-paths.ts';
import { readGitHistory } from './git-history.ts';
import { buildRegistry } from './registry-core.ts';

const [agreementEntries, organisationEntries, solutionEntries, landEntries, topicEntries, knownMissingEntries, knownTotalEntries] =
  await Promise.all([
    getCollection('agreements'),
    getCollection('organisations'),
    getCollection('solutions'),
    getCollection('laender'),
    getCollection('topics'),
    getCollection('knownMissing'),
    getCollection('knownTotals'),
  ]);

export const registry = buildRegistry({
  laender: landEntries.map((entry) => entry.data),
  topics: topicEntries.map((entry) => entry.data),
  organisations: organisationEntries.map((entry) => ({ ...entry.data, id: entry.id })),
  solutions: solutionEntries.map((entry) => ({ ...entry.data, id: entry.id })),
  agreements: agreementEntries.map((entry) => ({
    id: entry.id,
    filePath: entry.filePath ?? `${CONTENT_PATHS.agreements}/${entry.id}.mdx`,
    data: entry.data,
  })),
  knownMissing: knownMissingEntries.map((entry) => entry.data),
  knownTotals: knownTotalEntries.map((entry) => entry.data),
});

/** Astro's entries, for rendering a record's body; the registry itself knows nothing of Astro. */
const entryById = new Map(agreementEntries.map((entry) => [entry.id, entry]));
export function agreementEntry(id: string) {
  const entry = entryById.get(id);
  if (!entry) throw new Error(`No content entry for agreement "${id}"`);
  return entry;
}

/** An agreement as pages see it: derived relations plus the Astro entry to render. */
export type SiteAgreement = (typeof registry)['agreements'][number];

export const history = readGitHistory(process.cwd(), 'src/content');
export const dataVersion = history.dataVersion();

/** What the open-data endpoints and feeds need besides the registry. */
export const openDataContext = {
  registry,
  lastChanged: (filePath: string) => history.lastChanged(filePath),
  dataVersion,
};
