/**
 * The timeline of agreements: each agreement as a span from its signing (or the day it
 * took effect) to its end, or to today while it lasts, grouped by Land (where the Land is
 * a party itself) or by IT provider (where the provider is a party, and the treaties that
 * founded it or brought in its owners). Accessions and
 * withdrawals of single parties are marks on the span. Days are the earliest a date may
 * mean (`sortDay`); the table next to the picture gives every date as recorded.
 */
import { sortDay, type DateValue } from '../schemas/dates.ts';
import type { AgreementView, Registry } from './registry-core.ts';
import { actorUrl, happened } from './registry-core.ts';
import type { Link } from './statements.ts';
import { urls } from './urls.ts';
import { actorLink } from './view-links.ts';

export type TimelineGrouping = 'land' | 'dienstleister';

export interface TimelineMark {
  type: 'beitritt' | 'austritt';
  actorId: string;
  actor: Link;
  date: DateValue;
  day: string;
}

export interface TimelineSpan {
  id: string;
  title: string;
  href: string;
  start?: { date: DateValue; day: string } | undefined;
  /** The recorded end; none while the agreement lasts (the span runs to today) or when its end is not known. */
  end?: { date: DateValue; day: string } | undefined;
  /** Ended, but when is not recorded: the span is drawn only as its start. */
  endUnknown: boolean;
  /** Announced, not yet signed: no span. */
  planned: boolean;
  marks: TimelineMark[];
}

export interface TimelineGroup {
  id: string;
  name: string;
  href: string;
  spans: TimelineSpan[];
}

export interface Timeline {
  grouping: TimelineGrouping;
  groups: TimelineGroup[];
  /** The first day any span or mark starts, and today: the picture's extent. */
  from: string;
  to: string;
}

function span(agreement: AgreementView): TimelineSpan {
  const startDate = agreement.data.effective ?? agreement.date;
  const startDay = startDate === undefined ? undefined : sortDay(startDate);
  const ended = agreement.data.events.filter(happened).find((event) => event.type === 'beendet');
  const endDay = ended ? sortDay(ended.date) : undefined;
  const marks: TimelineMark[] = agreement.parties
    .flatMap((party) => {
      const list: TimelineMark[] = [];
      if (
        (party.participation === 'beigetreten' || party.participation === 'ausgetreten') &&
        party.steps.some((step) => step.type === 'beitritt') &&
        party.joined
      ) {
        const day = sortDay(party.joined);
        if (day) list.push({ type: 'beitritt', actorId: party.actor.id, actor: actorLink(party.actor), date: party.joined, day });
      }
      if (party.participation === 'ausgetreten' && party.left) {
        const day = sortDay(party.left);
        if (day) list.push({ type: 'austritt', actorId: party.actor.id, actor: actorLink(party.actor), date: party.left, day });
      }
      return list;
    })
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    id: agreement.id,
    title: agreement.data.title,
    href: urls.agreement(agreement.id),
    start: startDate !== undefined && startDay ? { date: startDate, day: startDay } : undefined,
    end: ended && endDay ? { date: ended.date, day: endDay } : undefined,
    endUnknown: agreement.data.status === 'beendet' && !(ended && endDay),
    planned: agreement.data.status === 'angekuendigt',
    marks,
  };
}

/** Oldest first, so the picture reads left to right and top to bottom; undated last. */
function byStart(a: TimelineSpan, b: TimelineSpan): number {
  if (a.start && b.start) return a.start.day.localeCompare(b.start.day) || a.title.localeCompare(b.title, 'de');
  if (a.start) return -1;
  if (b.start) return 1;
  return a.title.localeCompare(b.title, 'de');
}

export function timeline(registry: Registry, grouping: TimelineGrouping, today: string): Timeline {
  const spans = new Map(registry.agreements.map((agreement) => [agreement.id, span(agreement)]));
  const groups: TimelineGroup[] =
    grouping === 'land'
      ? registry.laender.map((land) => ({
          id: land.id,
          name: land.name,
          href: urls.land(land.id),
          spans: registry
            .agreementsOfLand(land.id)
            .filter(({ involvement }) => involvement.direct)
            .map(({ agreement }) => spans.get(agreement.id)!),
        }))
      : registry.organisations
          .filter((org) => org.kind === 'it-dienstleister')
          .map((org) => ({
            id: org.id,
            name: registry.actorOf({ org: org.id }).name,
            href: actorUrl(registry.actorOf({ org: org.id })),
            // Its own founding and accession treaties belong to its history, though it is no party to them.
            spans: [
              ...new Set([
                ...registry.agreementsOfOrganisation(org.id),
                ...(registry.foundingOf(org) ? [registry.foundingOf(org)!] : []),
                ...registry.ownersOf(org).flatMap(({ agreement }) => (agreement ? [agreement] : [])),
              ]),
            ].map((agreement) => spans.get(agreement.id)!),
          }));
  const shown = groups.filter((group) => group.spans.length > 0).map((group) => ({ ...group, spans: [...group.spans].sort(byStart) }));
  const days = shown
    .flatMap((group) => group.spans.flatMap((entry) => [entry.start?.day, ...entry.marks.map((mark) => mark.day)]))
    .filter((day): day is string => day !== undefined && day <= today);
  return { grouping, groups: shown, from: days.sort()[0] ?? today, to: today };
}

/** Position of a day on a scale from `from` to `to` (0–1), by whole days. */
export function dayPosition(day: string, from: string, to: string): number {
  const time = (value: string) => Date.parse(`${value}T00:00:00Z`);
  const span = Math.max(1, time(to) - time(from));
  return Math.max(0, Math.min(1, (time(day) - time(from)) / span));
}
