/**
 * The one place where the site's URLs are built. Slugs are stable ids, so these URLs
 * are citable; change a pattern here and every link follows.
 */
import { SITE } from '../config.ts';

/** Page 1 of a list lives at its base URL, further pages below `seite/<n>/`. */
const paged = (base: string, page: number) => (page <= 1 ? base : `${base}seite/${page}/`);

/** The route parameter of a paginated list route (`[...page]`) for a page number. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `seite/${page}`;
}

export const urls = {
  home: () => '/',
  agreements: (page = 1) => paged('/vereinbarungen/', page),
  agreement: (id: string) => `/vereinbarungen/${id}/`,
  laender: () => '/laender/',
  land: (id: string) => `/laender/${id}/`,
  landAgreements: (id: string, page = 1) => paged(`/laender/${id}/vereinbarungen/`, page),
  organisations: () => '/organisationen/',
  organisation: (id: string) => `/organisationen/${id}/`,
  organisationAgreements: (id: string, page = 1) => paged(`/organisationen/${id}/vereinbarungen/`, page),
  topics: () => '/themen/',
  topic: (id: string) => `/themen/${id}/`,
  topicAgreements: (id: string, page = 1) => paged(`/themen/${id}/vereinbarungen/`, page),
  timeline: () => '/zeitleiste/',
  year: (year: number, page = 1) => paged(`/zeitleiste/${year}/`, page),
  search: (query?: string) => (query ? `/suche/?q=${encodeURIComponent(query)}` : '/suche/'),
  contribute: () => '/mitmachen/',
  data: () => '/daten/',
  accessibility: () => '/barrierefreiheit/',
  /** Open-data downloads: JSON, CSV, datapackage.json and JSON Schemas (API version 1). */
  api: (file: string) => `/api/v1/${file}`,
  apiAgreement: (id: string) => `/api/v1/vereinbarungen/${id}.json`,
  apiSchema: (file: string) => `/api/v1/schema/${file}`,
  feedAll: () => '/feeds/vereinbarungen.xml',
  feedLand: (id: string) => `/feeds/laender/${id}.xml`,
  feedOrganisation: (id: string) => `/feeds/organisationen/${id}.xml`,
  feedTopic: (id: string) => `/feeds/themen/${id}.xml`,
  imprint: () => '/impressum/',
  privacy: () => '/datenschutz/',
} as const;

/** Links into the Git forge, for editing and adding records. */
export const forgeUrls = {
  repository: () => SITE.forge.repository,
  edit: (filePath: string) => `${SITE.forge.repository}/edit/${SITE.forge.branch}/${filePath}`,
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
