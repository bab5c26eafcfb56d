/**
 * The pages of /aenderungen/: every change to the records, newest first, in pages of
 * fifty, grouped by day. Each page is one plain view model (its cache key).
 */
import type { ChangeEntry } from './change-views.ts';
import { pageLinks, paginate, PAGE_SIZE, type PageLinks } from './pagination.ts';
import { urls } from './urls.ts';

export interface ChangesPageView {
  page: { number: number; total: number };
  /** The links to the other pages. */
  links: PageLinks;
  /** How many changes there are in all. */
  total: number;
  days: { day: string; entries: ChangeEntry[] }[];
  feedHref: string;
  monthsHref: string;
}

export function changesPages(changes: ChangeEntry[], size = PAGE_SIZE): ChangesPageView[] {
  return paginate(changes, size).map((page) => {
    const days: ChangesPageView['days'] = [];
    for (const entry of page.items) {
      const last = days.at(-1);
      if (last?.day === entry.day) last.entries.push(entry);
      else days.push({ day: entry.day, entries: [entry] });
    }
    return {
      page: { number: page.number, total: page.total },
      links: pageLinks(page.number, page.total, urls.changes),
      total: changes.length,
      days,
      feedHref: urls.feedChanges(),
      monthsHref: urls.api('aenderungen.json'),
    };
  });
}
