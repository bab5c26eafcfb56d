/**
 * The registry as the site sees it: the agreement records read once from their files
 * (src/content-loaders/agreements.ts) and the reference data from Astro's collections,
 * loaded once (top-level await, so every page shares the same instance) and handed to the
 * derivations in registry-core.
 */
import { getCollection } from 'astro:content';
import { agreementBodyHtml, readAgreementRecords } from '../content-loaders/agreements.ts';
import { readGitHistory } from './git-history.ts';
import { buildRegistry } from './registry-core.ts';

const agreementRecords = readAgreementRecords(process.cwd());
const [organisationEntries, solutionEntries, landEntries, topicEntries, knownMissingEntries, knownTotalEntries] = await Promise.all([
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
  agreements: agreementRecords.map(({ id, filePath, data }) => ({ id, filePath, data })),
  knownMissing: knownMissingEntries.map((entry) => entry.data),
  knownTotals: knownTotalEntries.map((entry) => entry.data),
});

/** A record's body, for its page: the digest of its file (for the page's cache key) and its HTML, rendered when asked for. */
const recordById = new Map(agreementRecords.map((record) => [record.id, record]));
export function agreementBody(id: string): { digest: string; html: () => string } {
  const record = recordById.get(id);
  if (!record) throw new Error(`No record for agreement "${id}"`);
  return { digest: record.digest, html: () => agreementBodyHtml(record) };
}

/** An agreement as pages see it: the record with its derived relations. */
export type SiteAgreement = (typeof registry)['agreements'][number];

export const history = readGitHistory(process.cwd(), 'src/content');
export const dataVersion = history.dataVersion();

/** What the open-data endpoints and feeds need besides the registry. */
export const openDataContext = {
  registry,
  lastChanged: (filePath: string) => history.lastChanged(filePath),
  dataVersion,
};
