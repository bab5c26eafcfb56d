/**
 * Atom feeds of the changes to the records, beside the feeds of new agreements and with
 * the same machinery (feeds.ts): each entry is one record changed in one commit, its
 * summary the change in German words, as text.
 */
import type { ChangeEntry } from '../lib/change-views.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { atomDocument, FEED_SIZE, type AtomEntry } from './feeds.ts';

export function changeFeed(options: {
  title: string;
  description: string;
  feedPath: string;
  pagePath: string;
  /** Newest first. */
  changes: ChangeEntry[];
  dataDate: Date;
}): string {
  const entries = options.changes.slice(0, FEED_SIZE).map((change): AtomEntry => ({
    title: `${change.typeLabel}: ${change.title}`,
    // The same change keeps its id in every feed and every build.
    id: `${absoluteUrl(urls.changes())}#${change.key}`,
    link: absoluteUrl(change.href ?? urls.changes()),
    updated: new Date(change.date),
    summary: `${change.kindLabel} „${change.title}“, ${change.day}: ${change.lines.join('; ')}.`,
  }));
  const updated = entries[0]?.updated ?? options.dataDate;
  return atomDocument({ ...options, updated, entries });
}
