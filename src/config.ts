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
  /**
   * Who publishes the site, for the Impressum (§ 5 DDG) and as feedback contact.
   * Must be filled in before the site goes public; until then the Impressum says so.
   */
  operator: undefined as
    | { name: string; address: string[]; email: string; responsible: string }
    | undefined,
} as const;
