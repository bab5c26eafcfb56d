/**
 * Long lists are split into pages so that no page grows with the number of records;
 * every record stays reachable without JavaScript by following the page links.
 */
export const PAGE_SIZE = 50;

/** How many agreements a Land, organisation or topic page shows before linking to the full list. */
export const PREVIEW_SIZE = 10;

export interface Page<T> {
  number: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
