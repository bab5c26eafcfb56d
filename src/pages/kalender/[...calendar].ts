/** The calendars of dated facts: /kalender/kooperationsatlas.ics, and per Land, organisation and topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../lib/page-key.ts';
import { dataVersion, history } from '../../lib/registry.ts';
import { CALENDAR_PAST_MONTHS } from '../../lib/calendar-events.ts';
import { calendarAbout, calendarToday, recordFile, targets } from '../../lib/site-changes.ts';
import { pathBelow } from '../../lib/subscriptions.ts';
import { urls } from '../../lib/urls.ts';
import { calendarFile } from '../../open-data/calendars.ts';

const reach = `was vor mehr als ${CALENDAR_PAST_MONTHS} Monaten endete, steht nur auf den Seiten der Einträge`;

// A calendar is rendered here: its text is its own cache key.
export const getStaticPaths = (() =>
  [
    {
      href: urls.calendarAll(),
      title: 'Termine',
      description: `Alle datierten Angaben der Einträge im Kooperationsatlas: Unterzeichnungen, Inkrafttreten, Fristen, Mitgliedschaften, auch geplante; ${reach}.`,
      pagePath: urls.upcoming(),
      facts: calendarToday,
    },
    ...targets.map((target) => ({
      href: target.calendarHref,
      title: `Termine ${target.which}`,
      description: `Die datierten Angaben der Einträge ${target.which} im Kooperationsatlas, auch geplante; ${reach}.`,
      pagePath: target.pageHref,
      facts: calendarAbout(target.kind, target.id),
    })),
  ].map(({ href, ...calendar }) => {
    const body = calendarFile({
      ...calendar,
      lastChanged: (fact) => history.lastChanged(recordFile(fact.kind, fact.recordId)),
      dataDate: dataVersion.date,
    });
    return { params: { calendar: pathBelow('/kalender/', href) }, props: { body }, cacheKey: pageKey(body) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
