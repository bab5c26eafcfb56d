/**
 * /demnaechst/: what is due in the next twelve months and what was due in the last
 * three, from every dated fact of the records (calendar-events.ts). A fact is due in a
 * window if any day its date may mean lies in it; a date known to the year is due all
 * year. "Today" is a parameter, so the windows can be checked for any day.
 */
import type { DatedFact } from './calendar-events.ts';
import { monthsBefore } from './calendar-events.ts';
import { KIND_LABELS } from './change-views.ts';
import { formatPartialDate } from '../schemas/dates.ts';
import { urls } from './urls.ts';

export const AHEAD_MONTHS = 12;
export const BACK_MONTHS = 3;

export interface DueFact {
  uid: string;
  what: string;
  recordTitle: string;
  href: string;
  kindLabel: string;
  dateLabel: string;
  start: string;
  end: string;
  planned: boolean;
  /** Planned for a date that has passed, and not recorded as done. */
  overdue: boolean;
  computed?: string | undefined;
}

export interface UpcomingView {
  today: string;
  todayLabel: string;
  /** The last day of the window ahead and the first of the window back. */
  until: string;
  untilLabel: string;
  since: string;
  sinceLabel: string;
  upcoming: DueFact[];
  recent: DueFact[];
  calendarHref: string;
}

export function upcomingPage(facts: DatedFact[], today: string): UpcomingView {
  const until = monthsBefore(today, -AHEAD_MONTHS);
  const since = monthsBefore(today, BACK_MONTHS);
  const due = (fact: DatedFact): DueFact => ({
    uid: fact.uid,
    what: fact.what,
    recordTitle: fact.recordTitle,
    href: fact.href,
    kindLabel: KIND_LABELS[fact.kind],
    dateLabel: fact.dateLabel,
    start: fact.start,
    end: fact.end,
    planned: fact.planned,
    overdue: fact.planned && fact.end < today,
    computed: fact.computed,
  });
  const upcoming = facts
    .filter((fact) => fact.end >= today && fact.start <= until)
    .map(due)
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.uid.localeCompare(b.uid));
  const recent = facts
    .filter((fact) => fact.end < today && fact.end >= since)
    .map(due)
    .sort((a, b) => b.end.localeCompare(a.end) || a.uid.localeCompare(b.uid));
  return {
    today,
    todayLabel: formatPartialDate(today),
    until,
    untilLabel: formatPartialDate(until),
    since,
    sinceLabel: formatPartialDate(since),
    upcoming,
    recent,
    calendarHref: urls.calendarAll(),
  };
}
