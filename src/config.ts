/**
 * Site-wide settings in one place: where the site is published and where its records
 * are edited. Change them here when the site moves to its final address or repository.
 */
export const SITE = {
  name: 'Kooperationsatlas',
  /** Public address, used for canonical URLs, the sitemap and feeds. */
  url: 'https://kooperationsatlas.de',
  /** The Git forge that hosts the repository; record pages link to editing there. */
  forge: {
    name: 'GitHub',
    repository: 'https://github.com/kooperationsatlas/kooperationsatlas',
    branch: 'main',
  },
  /** The licence of the records and of every download; the code is EUPL-1.2. */
  dataLicense: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
    attribution: 'Kooperationsatlas, Daten unter CC BY 4.0',
  },
  /**
   * Who publishes the site, for the Impressum (§ 5 DDG) and as feedback contact.
   * Must be filled in before the site goes public; until then the Impressum says so.
   */
  operator: undefined as
    | { name: string; address: string[]; email: string; responsible: string }
    | undefined,
} as const;
