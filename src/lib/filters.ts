/**
 * What a reader can narrow agreements down by, declared once. The agreements table uses
 * the ids as address parameters (…?land=hamburg), the search page as Pagefind filter
 * names (…?land=Hamburg); both show the same labels.
 */
export const AGREEMENT_FILTERS = {
  land: 'Land als Vertragspartei',
  organisation: 'Organisation',
  thema: 'Thema',
  jahr: 'Jahr',
  art: 'Art der Vereinbarung',
  status: 'Status',
} as const;

/** A label map as the ordered list of `{ id, label }` that menus and headers iterate over. */
export function labelled<const T extends Record<string, string>>(labels: T): { [K in keyof T]: { id: K; label: T[K] } }[keyof T][] {
  return Object.entries(labels).map(([id, label]) => ({ id, label })) as never;
}
