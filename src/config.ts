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
   * Who runs the site: named in the Impressum (§ 5 DDG), the Datenschutzerklärung and the
   * Erklärung zur Barrierefreiheit, and the address the /mitmachen/ form can e-mail to.
   * Deliberately empty until a real operator is known; never fill in placeholders. While
   * any of name, address or e-mail is missing, every page shows a preview banner, and a
   * production build (KOOPERATIONSATLAS_PRODUCTION=1, set by the deploy workflow) fails.
   */
  operator: {
    /** Name of the person or body that runs the site. */
    name: '' as string,
    /** Postal address (ladungsfähige Anschrift), one entry per line. */
    address: [] as string[],
    email: '' as string,
    /** Responsible for the content (§ 18 Abs. 2 MStV), if not the operator named above. */
    responsible: '' as string,
  },
  /**
   * Where the site is hosted, for the Datenschutzerklärung (what the host logs). The deploy
   * workflow publishes to GitHub Pages; change this when the site moves to another host.
   */
  hosting: {
    name: 'GitHub Pages',
    provider: 'GitHub, Inc., 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, USA',
    logs: 'GitHub speichert beim Aufruf jeder Seite die IP-Adresse der Besucherin oder des Besuchers, um die Sicherheit des Dienstes zu gewährleisten, auch ohne Anmeldung bei GitHub.',
    privacyPolicy: 'https://docs.github.com/de/site-policy/privacy-policies/github-general-privacy-statement',
  },
} as const;
