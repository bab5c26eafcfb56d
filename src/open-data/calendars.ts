/**
 * Subscribable calendars (iCalendar, RFC 5545) of the dated facts of the records:
 * for the whole atlas and per Land, organisation and topic. Every entry is an all-day
 * entry spanning exactly the days its date may mean (calendar-events.ts), marked
 * tentative while it is only planned, and transparent (it blocks no one's time).
 * Written with ical-generator, which escapes and folds every value.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { SITE } from '../config.ts';
import type { DatedFact } from '../lib/calendar-events.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** How often subscribers should fetch the calendar again. */
const REFRESH_SECONDS = 24 * 60 * 60;

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

function dayAfter(day: string): Date {
  const date = utcDay(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

export function calendarFile(options: {
  title: string;
  description: string;
  pagePath: string;
  facts: DatedFact[];
  /** When the record a fact comes from last changed; the data's date where unknown. */
  lastChanged?: ((fact: DatedFact) => Date | undefined) | undefined;
  dataDate: Date;
}): string {
  const calendar = ical({
    name: `${options.title} – ${SITE.name}`,
    description: options.description,
    url: absoluteUrl(options.pagePath),
    prodId: { company: SITE.name, product: 'Termine', language: 'DE' },
    ttl: REFRESH_SECONDS,
  });
  for (const fact of options.facts) {
    const url = absoluteUrl(fact.href);
    calendar.createEvent({
      id: fact.uid,
      allDay: true,
      start: utcDay(fact.start),
      // An all-day entry ends before its end date (RFC 5545, DTEND is exclusive).
      end: dayAfter(fact.end),
      // Without a METHOD, DTSTAMP means the entry's last modification (RFC 5545, 3.8.7.2):
      // its record's last change, not the build's time nor the newest change of any record,
      // so a calendar stays byte for byte the same until one of its own records changes.
      stamp: options.lastChanged?.(fact) ?? options.dataDate,
      summary: `${fact.what} – ${fact.recordTitle}`,
      description: [
        fact.planned
          ? `Geplant für: ${fact.dateLabel} (dass es geschehen ist, ist noch nicht erfasst)`
          : `Datum laut Eintrag: ${fact.dateLabel}`,
        ...(fact.computed ? [fact.computed] : []),
        `${fact.recordTitle}: ${url}`,
      ].join('\n'),
      url,
      status: fact.planned ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
