/**
 * The one place where the site's URLs are built. Slugs are stable ids, so these URLs
 * are citable; change a pattern here and every link follows.
 */
import { SITE } from '../config.ts';
import { siteAddress } from './site-address.ts';

/** "/" at the root of a domain, "/<repository>/" on <owner>.github.io (from SITE.url). */
export const BASE_PATH = siteAddress(SITE.url).basePath;

/** A site path ("/laender/") below the base path, where the site really lives. */
export function withBase(path: string): string {
  return BASE_PATH === '/' || !path.startsWith('/') || path.startsWith('//') ? path : `${BASE_PATH.slice(0, -1)}${path}`;
}

/** The site path of a URL path under the base path ("/repo/laender/" → "/laender/"), for files in dist/. */
export function withoutBase(path: string): string {
  return BASE_PATH !== '/' && path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length - 1) : path;
}

/** Page 1 of a list lives at its base URL, further pages below `seite/<n>/`. */
const paged = (base: string, page: number) => (page <= 1 ? base : `${base}seite/${page}/`);

/** The route parameter of a paginated list route (`[...page]`) for a page number. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `seite/${page}`;
}

/** A Land or organisation in a comparison's address: "land-hamburg", "organisation-dataport". */
export function actorSegment(actor: { kind: 'land' | 'org'; id: string }): string {
  return `${actor.kind === 'land' ? 'land' : 'organisation'}-${actor.id}`;
}

/** The two actors of a comparison in their one order, so that each pair has one address. */
export function comparisonSegments(a: { kind: 'land' | 'org'; id: string }, b: { kind: 'land' | 'org'; id: string }): [string, string] {
  const [first, second] = [actorSegment(a), actorSegment(b)].sort();
  return [first!, second!];
}

/** Every page and file address, below the base path. */
export const urls = {
  home: () => withBase('/'),
  agreements: (page = 1) => withBase(paged('/vereinbarungen/', page)),
  agreement: (id: string) => withBase(`/vereinbarungen/${id}/`),
  laender: () => withBase('/laender/'),
  land: (id: string) => withBase(`/laender/${id}/`),
  landAgreements: (id: string, page = 1) => withBase(paged(`/laender/${id}/vereinbarungen/`, page)),
  organisations: () => withBase('/organisationen/'),
  organisation: (id: string) => withBase(`/organisationen/${id}/`),
  organisationAgreements: (id: string, page = 1) => withBase(paged(`/organisationen/${id}/vereinbarungen/`, page)),
  topics: () => withBase('/themen/'),
  topic: (id: string) => withBase(`/themen/${id}/`),
  topicAgreements: (id: string, page = 1) => withBase(paged(`/themen/${id}/vereinbarungen/`, page)),
  /** What two Länder or organisations share: directly, and separately through a provider. */
  compare: (a: { kind: 'land' | 'org'; id: string }, b: { kind: 'land' | 'org'; id: string }) =>
    withBase(`/vergleich/${comparisonSegments(a, b).join('/')}/`),
  solutions: () => withBase('/loesungen/'),
  solution: (id: string) => withBase(`/loesungen/${id}/`),
  /** Which agreements were in force and who owned which provider, at the end of a year. */
  stateIndex: () => withBase('/stand/'),
  stateAt: (year: number) => withBase(`/stand/${year}/`),
  timeline: () => withBase('/zeitleiste/'),
  year: (year: number, page = 1) => withBase(paged(`/zeitleiste/${year}/`, page)),
  /** Each agreement as a bar in time, grouped by the Länder that are parties or by provider. */
  timelineBy: (group: 'land' | 'dienstleister') => withBase(`/verlauf/${group === 'land' ? 'laender' : 'dienstleister'}/`),
  search: (query?: string) => withBase(query ? `/suche/?q=${encodeURIComponent(query)}` : '/suche/'),
  contribute: () => withBase('/mitmachen/'),
  /** How the atlas decides what it states: sources, dates, involvement, signed, in force, "Stand am". */
  methodology: () => withBase('/methodik/'),
  data: () => withBase('/daten/'),
  dataQuality: () => withBase('/daten/qualitaet/'),
  /** Agreements that sources mention but that have no record yet, as invitations; one of them. */
  knownMissing: () => withBase('/daten/qualitaet/#bekannt-nicht-erfasst'),
  knownMissingEntry: (id: string) => withBase(`/daten/qualitaet/#${anchors.knownMissing(id)}`),
  /** How much the atlas holds: recorded, known but missing, and totals sources state; one total. */
  coverage: () => withBase('/daten/abdeckung/'),
  coverageTotal: (id: string) => withBase(`/daten/abdeckung/#${anchors.knownTotal(id)}`),
  accessibility: () => withBase('/barrierefreiheit/'),
  /** Open-data downloads: JSON, CSV, datapackage.json and JSON Schemas (API version 1). */
  api: (file: string) => withBase(`/api/v1/${file}`),
  apiAgreement: (id: string) => withBase(`/api/v1/vereinbarungen/${id}.json`),
  apiSolution: (id: string) => withBase(`/api/v1/loesungen/${id}.json`),
  apiSchema: (file: string) => withBase(`/api/v1/schema/${file}`),
  feedAll: () => withBase('/feeds/vereinbarungen.xml'),
  feedLand: (id: string) => withBase(`/feeds/laender/${id}.xml`),
  feedOrganisation: (id: string) => withBase(`/feeds/organisationen/${id}.xml`),
  feedTopic: (id: string) => withBase(`/feeds/themen/${id}.xml`),
  imprint: () => withBase('/impressum/'),
  privacy: () => withBase('/datenschutz/'),
  /** A file in public/ or the build root, e.g. favicon.svg. */
  asset: (file: string) => withBase(`/${file}`),
  /** What changed in the records (from Git), newest first; what is due and was due (from their dates). */
  changes: (page = 1) => withBase(paged('/aenderungen/', page)),
  upcoming: () => withBase('/demnaechst/'),
  feedChanges: () => withBase('/feeds/aenderungen.xml'),
  feedChangesLand: (id: string) => withBase(`/feeds/aenderungen/laender/${id}.xml`),
  feedChangesOrganisation: (id: string) => withBase(`/feeds/aenderungen/organisationen/${id}.xml`),
  feedChangesTopic: (id: string) => withBase(`/feeds/aenderungen/themen/${id}.xml`),
  calendarAll: () => withBase('/kalender/kooperationsatlas.ics'),
  calendarLand: (id: string) => withBase(`/kalender/laender/${id}.ics`),
  calendarOrganisation: (id: string) => withBase(`/kalender/organisationen/${id}.ics`),
  calendarTopic: (id: string) => withBase(`/kalender/themen/${id}.ics`),
  /** The changes of one month (YYYY-MM) as JSON, and the list of months. */
  apiChangesMonth: (month: string) => withBase(`/api/v1/aenderungen/${month}.json`),
} as const;

/** Anchors of entries within a page, for the page and for links to them. */
export const anchors = {
  knownMissing: (id: string) => `bekannt-${id}`,
  knownTotal: (id: string) => `zahl-${id}`,
} as const;

/** Links into the Git forge, for editing and adding records. */
export const forgeUrls = {
  repository: () => SITE.forge.repository,
  edit: (filePath: string) => `${SITE.forge.repository}/edit/${SITE.forge.branch}/${filePath}`,
  /** One commit: what a change to the records did, line by line. */
  commit: (commit: string) => `${SITE.forge.repository}/commit/${commit}`,
  /** A file exactly as it was in one commit: a permanent link to a version of a record. */
  fileAt: (commit: string, filePath: string) => `${SITE.forge.repository}/blob/${commit}/${filePath}`,
  history: (filePath: string) => `${SITE.forge.repository}/commits/${SITE.forge.branch}/${filePath}`,
  newFile: (dir: string, fileName?: string, value?: string) => {
    const params = new URLSearchParams();
    if (fileName) params.set('filename', fileName);
    if (value) params.set('value', value);
    const query = params.toString();
    return `${SITE.forge.repository}/new/${SITE.forge.branch}/${dir}${query ? `?${query}` : ''}`;
  },
  newIssue: (template: string) => `${SITE.forge.repository}/issues/new?template=${encodeURIComponent(template)}`,
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, SITE.url).href;
}

/** Pages of authority files that records point to by id. */
export const authorityUrls = {
  wikidata: (id: string) => `https://www.wikidata.org/wiki/${id}`,
  gnd: (id: string) => `https://d-nb.info/gnd/${id}`,
} as const;
