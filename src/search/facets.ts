/**
 * The search facets, shared by the pages that declare their facet values for Pagefind
 * (SearchFacets.astro) and by the search page that shows them. Keys are Pagefind
 * filter names and appear in shareable search URLs (/suche/?q=…&land=Hamburg).
 */
import { AGREEMENT_FILTERS, labelled } from '../lib/filters.ts';

// The agreement filters, with the kind of page first and "only through organisations" beside "Land".
const { land, ...otherFilters } = AGREEMENT_FILTERS;
export const FACETS = labelled({ eintrag: 'Art des Eintrags', land, landUeber: 'Land nur über Organisationen', ...otherFilters }).map(
  ({ id, label }) => ({ key: id, label }),
);

export type FacetKey = (typeof FACETS)[number]['key'];

/** What kind of page a search result is, shown on each result and as the first facet. */
export const ENTRY_KINDS = {
  agreement: 'Vereinbarung',
  land: 'Land',
  organisation: 'Organisation',
  topic: 'Thema',
  solution: 'Lösung',
} as const;

/**
 * Metadata a page declares for its search result card besides title, kind (eintrag)
 * and date (datum). Pagefind also searches these fields; see ranking.ts for their weight.
 */
export const META_KEYS = ['art', 'status', 'parteien', 'unterzeichnende', 'ort', 'themen'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Sort key for pages without a date, so that they come last when sorting by date. */
export const UNDATED_SORT_KEY = '0000-00-00';
