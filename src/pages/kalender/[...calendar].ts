/** The calendars of dated facts: /kalender/kooperationsatlas.ics, and per Land, organisation and topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../lib/page-key.ts';
import { dataVersion } from '../../lib/registry.ts';
import { facts, factsAbout, targets } from '../../lib/site-changes.ts';
import { pathBelow } from '../../lib/subscriptions.ts';
import { urls } from '../../lib/urls.ts';
import { calendarFile } from '../../open-data/calendars.ts';

// A calendar is rendered here: its text is its own cache key.
export const getStaticPaths = (() =>
  [
    {
      href: urls.calendarAll(),
      title: 'Termine',
      description:
        'Alle datierten Angaben der Einträge im Kooperationsatlas: Unterzeichnungen, Inkrafttreten, Fristen, Mitgliedschaften, auch geplante.',
      pagePath: urls.upcoming(),
      facts,
    },
    ...targets.map((target) => ({
      href: target.calendarHref,
      title: `Termine ${target.which}`,
      description: `Die datierten Angaben der Einträge ${target.which} im Kooperationsatlas, auch geplante.`,
      pagePath: target.pageHref,
      facts: factsAbout(target.kind, target.id),
    })),
  ].map(({ href, ...calendar }) => {
    const body = calendarFile({ ...calendar, dataDate: dataVersion.date });
    return { params: { calendar: pathBelow('/kalender/', href) }, props: { body }, cacheKey: pageKey(body) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
