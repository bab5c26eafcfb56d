/**
 * The per-Land, per-organisation and per-topic lists of agreements, described once per
 * kind: which records have one, which agreements they hold, their titles, addresses and
 * breadcrumbs. The paginated list routes and the Atom feed routes are generated from
 * this table, so a title or an address is written in one place.
 */
import { agreementTablePages, agreementTablePreview } from './agreement-table.ts';
import { PREVIEW_SIZE } from './pagination.ts';
import { involvementView } from './involvement-view.ts';
import { pageKey } from './page-key.ts';
import { organisationName, type Registry } from './registry-core.ts';
import type { TableItem } from './agreement-table.ts';
import { pageParam, urls, withoutBase } from './urls.ts';

export type ListKind = 'land' | 'organisation' | 'topic';

interface ListDescription {
  /** The records that have a list, with their id and the names titles use. */
  owners: { id: string; name: string; fullName: string; description?: string }[];
  items: (id: string) => TableItem[];
  title: (name: string) => string;
  /** What the agreements have in common, completing "Kooperationsvereinbarungen …". */
  which: (name: string, fullName: string) => string;
  listUrl: (id: string, page?: number) => string;
  pageUrl: (id: string) => string;
  feedUrl: (id: string) => string;
  parent: { label: string; href: string };
  /** On a Land's list: a column saying how the Land takes part. */
  involvement: boolean;
  /** On an organisation's list: a column saying how the organisation takes part. */
  role: boolean;
}

// Built once per registry: every record page and feed asks for its own entry.
const described = new WeakMap<Registry, Record<ListKind, ListDescription>>();

export function agreementLists(registry: Registry): Record<ListKind, ListDescription> {
  let lists = described.get(registry);
  if (!lists) described.set(registry, (lists = describeLists(registry)));
  return lists;
}

function describeLists(registry: Registry): Record<ListKind, ListDescription> {
  return {
    land: {
      owners: registry.laender.map((land) => ({ id: land.id, name: land.name, fullName: land.name })),
      items: (id) =>
        registry
          .agreementsOfLand(id)
          .map(({ agreement, involvement }) => ({ agreement, involvement: involvementView(registry, agreement, involvement) })),
      title: (name) => `Vereinbarungen mit Beteiligung von ${name}`,
      which: (name) => `, an denen ${name} selbst oder über Organisationen beteiligt ist, deren Träger es damals war`,
      listUrl: urls.landAgreements,
      pageUrl: urls.land,
      feedUrl: urls.feedLand,
      parent: { label: 'Länder', href: urls.laender() },
      involvement: true,
      role: false,
    },
    organisation: {
      owners: registry.organisations.map((org) => ({ id: org.id, name: organisationName(org), fullName: org.name })),
      items: (id) => registry.agreementsOfOrganisation(id).map((agreement) => ({ agreement, roleOf: id })),
      title: (name) => `Vereinbarungen von ${name}`,
      which: (_name, fullName) => `, an denen ${fullName} als Partei beteiligt ist`,
      listUrl: urls.organisationAgreements,
      pageUrl: urls.organisation,
      feedUrl: urls.feedOrganisation,
      parent: { label: 'Organisationen', href: urls.organisations() },
      involvement: false,
      role: true,
    },
    topic: {
      owners: registry.topics.map((topic) => ({ id: topic.id, name: topic.label, fullName: topic.label, description: topic.description })),
      items: (id) => registry.agreementsOfTopic(id).map((agreement) => ({ agreement })),
      title: (name) => `Vereinbarungen zum Thema ${name}`,
      which: (name) => ` zum Thema ${name}`,
      listUrl: urls.topicAgreements,
      pageUrl: urls.topic,
      feedUrl: urls.feedTopic,
      parent: { label: 'Themen', href: urls.topics() },
      involvement: false,
      role: false,
    },
  };
}

/** What a page of a list of agreements shows (AgreementListPage): one plain object, the page's cache key. */
export interface ListPageView {
  title: string;
  description: string;
  breadcrumbs: { label: string; href: string }[];
  table: ReturnType<typeof agreementTablePages>[number];
  /** On a Land's list: its name, for the column saying how it takes part. */
  involvementOf?: string | undefined;
  /** On an organisation's list: its name, for the column saying how it takes part. */
  roleOf?: string | undefined;
}

/** Static paths of a kind's paginated lists: only where the record's page shows a preview and links here. */
export function listPaths(registry: Registry, kind: ListKind) {
  const list = agreementLists(registry)[kind];
  return list.owners.flatMap((owner) => {
    const items = list.items(owner.id);
    if (items.length <= PREVIEW_SIZE) return [];
    return agreementTablePages(items, (number) => list.listUrl(owner.id, number)).map((table) => {
      const view: ListPageView = {
        table,
        title: list.title(owner.name),
        description: `Alle erfassten Kooperationsvereinbarungen${list.which(owner.name, owner.fullName)}.`,
        breadcrumbs: [list.parent, { label: owner.name, href: list.pageUrl(owner.id) }],
        involvementOf: list.involvement ? owner.name : undefined,
        roleOf: list.role ? owner.name : undefined,
      };
      return { params: { id: owner.id, page: pageParam(table.page.number) }, props: { view }, cacheKey: pageKey(view) };
    });
  });
}

/**
 * The agreements section of a Land's, organisation's or topic's page: the first rows of
 * its table, where the full list and the feed are, and the title all three share.
 */
export interface ListPreview {
  title: string;
  table: ReturnType<typeof agreementTablePreview>;
  listHref: string;
  feedHref: string;
  involvementOf?: string | undefined;
  roleOf?: string | undefined;
}

export function listPreview(registry: Registry, kind: ListKind, id: string): ListPreview {
  const list = agreementLists(registry)[kind];
  const owner = list.owners.find((entry) => entry.id === id)!;
  const items = list.items(id);
  return {
    title: list.title(owner.name),
    table: agreementTablePreview(items, (number) => list.listUrl(id, number)),
    listHref: list.listUrl(id),
    feedHref: list.feedUrl(id),
    involvementOf: list.involvement ? owner.name : undefined,
    roleOf: list.role ? owner.name : undefined,
  };
}

/** Everything a kind's Atom feed needs, per record. */
export function feedOf(registry: Registry, kind: ListKind, id: string) {
  const list = agreementLists(registry)[kind];
  const owner = list.owners.find((entry) => entry.id === id)!;
  return {
    title: list.title(owner.name),
    description: owner.description ?? `Kooperationsvereinbarungen${list.which(owner.name, owner.fullName)}.`,
    feedPath: list.feedUrl(id),
    pagePath: list.pageUrl(id),
    agreements: list.items(id).map(({ agreement }) => agreement),
  };
}

/**
 * Static paths of the per-record feeds of every kind, for the one feed route
 * (src/pages/feeds/[...feed].ts). The route parameter is the feed's address below
 * /feeds/ as urls.ts builds it ("laender/hamburg.xml"), so the pattern stays there.
 */
export function feedPaths(registry: Registry) {
  const lists = agreementLists(registry);
  return (Object.keys(lists) as ListKind[]).flatMap((kind) =>
    lists[kind].owners.map((owner) => ({
      params: { feed: withoutBase(lists[kind].feedUrl(owner.id)).replace(/^\/feeds\//, '') },
      props: { kind, id: owner.id },
    })),
  );
}
