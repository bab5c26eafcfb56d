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

/** The page links of one page of a list, as plain data: previous, the pages around this one with gaps, next. */
export interface PageLinks {
  current: number;
  total: number;
  previous?: string | undefined;
  next?: string | undefined;
  pages: ({ number: number; href: string } | { gap: true })[];
}

export function pageLinks(current: number, total: number, href: (page: number) => string): PageLinks {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  return {
    current,
    total,
    previous: current > 1 ? href(current - 1) : undefined,
    next: current < total ? href(current + 1) : undefined,
    pages: shown.flatMap((page, index) => [
      ...(index > 0 && page - shown[index - 1]! > 1 ? [{ gap: true as const }] : []),
      { number: page, href: href(page) },
    ]),
  };
}
