/**
 * What a reader can subscribe to, per Land, organisation and topic and for the whole
 * atlas: the Atom feed of changes to the records and the calendar of their dated facts.
 * Changes and facts are indexed once by what they are about, so that thousands of
 * feeds and calendars are each a lookup.
 */
import { organisationName, type Registry } from './registry-core.ts';
import { urls, withoutBase } from './urls.ts';

export type SubscriptionKind = 'land' | 'organisation' | 'topic';

export interface SubscriptionTarget {
  kind: SubscriptionKind;
  id: string;
  /** "Hamburg", "Dataport", "Künstliche Intelligenz". */
  name: string;
  /** What the entries have in common, completing "Änderungen an Einträgen …" and "Termine …". */
  which: string;
  pageHref: string;
  feedHref: string;
  calendarHref: string;
}

const ABOUT: Record<SubscriptionKind, 'laender' | 'organisations' | 'topics'> = {
  land: 'laender',
  organisation: 'organisations',
  topic: 'topics',
};

const TARGETS: Record<SubscriptionKind, { name: (registry: Registry, id: string) => string | undefined; which: (name: string) => string }> =
  {
    land: { name: (registry, id) => registry.land(id)?.name, which: (name) => `mit Beteiligung von ${name}` },
    organisation: {
      name: (registry, id) => {
        const org = registry.organisation(id);
        return org && organisationName(org);
      },
      which: (name) => `zu ${name}`,
    },
    topic: { name: (registry, id) => registry.topic(id)?.label, which: (name) => `zum Thema ${name}` },
  };

const PAGES: Record<SubscriptionKind, (id: string) => { pageHref: string; feedHref: string; calendarHref: string }> = {
  land: (id) => ({ pageHref: urls.land(id), feedHref: urls.feedChangesLand(id), calendarHref: urls.calendarLand(id) }),
  organisation: (id) => ({
    pageHref: urls.organisation(id),
    feedHref: urls.feedChangesOrganisation(id),
    calendarHref: urls.calendarOrganisation(id),
  }),
  topic: (id) => ({ pageHref: urls.topic(id), feedHref: urls.feedChangesTopic(id), calendarHref: urls.calendarTopic(id) }),
};

/** A Land, organisation or topic with the addresses of its feed of changes and its calendar. */
export function subscriptionTarget(registry: Registry, kind: SubscriptionKind, id: string): SubscriptionTarget | undefined {
  const name = TARGETS[kind].name(registry, id);
  return name === undefined ? undefined : { kind, id, name, which: TARGETS[kind].which(name), ...PAGES[kind](id) };
}

/** Every Land, organisation and topic with the addresses of its feed of changes and its calendar. */
export function subscriptionTargets(registry: Registry): SubscriptionTarget[] {
  return [
    ...registry.laender.map((land) => subscriptionTarget(registry, 'land', land.id)!),
    ...registry.organisations.map((org) => subscriptionTarget(registry, 'organisation', org.id)!),
    ...registry.topics.map((topic) => subscriptionTarget(registry, 'topic', topic.id)!),
  ];
}

/** Items by the Länder, organisations and topics they are about. */
export function indexByAbout<T extends { about: Record<'laender' | 'organisations' | 'topics', string[]> }>(items: T[]) {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const [kind, field] of Object.entries(ABOUT) as [SubscriptionKind, 'laender' | 'organisations' | 'topics'][]) {
      for (const id of item.about[field]) {
        const key = `${kind}:${id}`;
        const list = index.get(key);
        if (list) list.push(item);
        else index.set(key, [item]);
      }
    }
  }
  return (kind: SubscriptionKind, id: string): T[] => index.get(`${kind}:${id}`) ?? [];
}

/** The route parameter of a file below a folder, from its address ("/kalender/laender/hamburg.ics" → "laender/hamburg.ics"). */
export function pathBelow(folder: string, href: string): string {
  return withoutBase(href).slice(folder.length);
}

/** The links a Land's or topic's page offers to follow its records: changes as a feed, dates as a calendar. */
export function subscriptionLinks(registry: Registry, kind: SubscriptionKind, id: string): { href: string; label: string }[] {
  const target = subscriptionTarget(registry, kind, id);
  if (!target) return [];
  return [
    { href: target.feedHref, label: `Änderungen an Einträgen ${target.which} als Feed abonnieren` },
    { href: target.calendarHref, label: `Termine ${target.which} als Kalender abonnieren (iCalendar)` },
    { href: urls.upcoming(), label: 'Was demnächst ansteht' },
  ];
}
