/**
 * The change history and the dated facts as the site sees them, derived once per build
 * (like registry.ts): every page, feed, calendar and file shares these.
 */
import { calendarFacts, datedFacts } from './calendar-events.ts';
import { todayInGermany } from '../schemas/dates.ts';
import { readChangeLog } from './change-log.ts';
import { changeEntries } from './change-views.ts';
import type { RecordKind } from './record-fields.ts';
import { recordHistory } from './record-history.ts';
import { RECORD_FOLDERS } from './record-versions.ts';
import { registry } from './registry.ts';
import { indexByAbout, subscriptionTargets } from './subscriptions.ts';

/** Every change to a record from Git, newest first (none outside a Git checkout). */
export const changes = changeEntries(readChangeLog(process.cwd(), { cache: true }), registry);
/** Every dated fact of every record, in time order. */
export const facts = datedFacts(registry);
export const targets = subscriptionTargets(registry);
export const changesAbout = indexByAbout(changes);
/** The facts the calendars hold on the day of the build, by what they are about. */
export const calendarToday = calendarFacts(facts, todayInGermany());
export const calendarAbout = indexByAbout(calendarToday);

/** The project-relative file of a record. */
export function recordFile(kind: RecordKind, id: string): string {
  const folder = RECORD_FOLDERS.find((entry) => entry.kind === kind)!;
  return `${folder.dir}/${id}${folder.extension}`;
}

/** The section "Änderungen an diesem Eintrag" of a record's page. */
export function historyOf(kind: RecordKind, id: string) {
  return recordHistory(changes, kind, id, { filePath: recordFile(kind, id) });
}
