/**
 * The section "Änderungen an diesem Eintrag" of an agreement's, organisation's or
 * solution's page: the record's own changes in the words of /aenderungen/, newest
 * first, and where to follow them (feed, calendar, what is due).
 */
import type { ChangeEntry } from './change-views.ts';
import type { RecordKind } from './record-fields.ts';
import { forgeUrls, urls } from './urls.ts';

/** How many changes a record page lists; older ones are in the forge's history of the file. */
export const HISTORY_SIZE = 20;
/** How many lines of one change a record page shows. */
export const LINES_SHOWN = 12;

export interface RecordHistoryView {
  entries: {
    key: string;
    day: string;
    date: string;
    typeLabel: string;
    commitShort: string;
    commitHref: string;
    lines: string[];
    more: number;
  }[];
  /** Changes not listed here. */
  older: number;
  /** The file's history at the forge, where every older change is. */
  fileHistoryHref?: string | undefined;
  allChangesHref: string;
  links: { href: string; label: string }[];
}

const byRecord = new WeakMap<ChangeEntry[], Map<string, ChangeEntry[]>>();

function changesOf(changes: ChangeEntry[], kind: RecordKind, id: string): ChangeEntry[] {
  let index = byRecord.get(changes);
  if (!index) {
    index = new Map();
    for (const change of changes) {
      const key = `${change.kind}:${change.recordId}`;
      const list = index.get(key);
      if (list) list.push(change);
      else index.set(key, [change]);
    }
    byRecord.set(changes, index);
  }
  return index.get(`${kind}:${id}`) ?? [];
}

export function recordHistory(
  changes: ChangeEntry[],
  kind: RecordKind,
  id: string,
  { filePath }: { filePath?: string | undefined } = {},
): RecordHistoryView {
  const own = changesOf(changes, kind, id);
  // An organisation's page offers its own feed of changes and calendar beside this section
  // (Subscriptions); other records point to the atlas's.
  const links =
    kind === 'organisation'
      ? []
      : [
          { href: urls.feedChanges(), label: 'Alle Änderungen im Atlas als Feed abonnieren' },
          { href: urls.calendarAll(), label: 'Alle Termine als Kalender abonnieren (iCalendar)' },
          { href: urls.upcoming(), label: 'Was demnächst ansteht' },
        ];
  return {
    entries: own.slice(0, HISTORY_SIZE).map((change) => ({
      key: change.key,
      day: change.day,
      date: change.date,
      typeLabel: change.typeLabel,
      commitShort: change.commitShort,
      commitHref: change.commitHref,
      lines: change.lines.slice(0, LINES_SHOWN),
      more: Math.max(0, change.lines.length - LINES_SHOWN),
    })),
    older: Math.max(0, own.length - HISTORY_SIZE),
    fileHistoryHref: filePath ? forgeUrls.history(filePath) : undefined,
    allChangesHref: urls.changes(),
    links,
  };
}
