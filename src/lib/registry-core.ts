/**
 * Every relation the site shows is derived here, once: who is a party to what, which
 * Länder an agreement touches and by which path, partners with counts, ownership,
 * related agreements in both directions, agreements per topic and year.
 *
 * The module is plain TypeScript over validated records, so that Astro pages, the
 * open-data endpoints, scripts and tests all share one answer. Pages only render it.
 */
import type { Agreement, AgreementEvent, Party, RelationKind } from '../schemas/agreement.ts';
import { inverseRelationLabels, relationKinds } from '../schemas/agreement.ts';
import type { Land } from '../schemas/land.ts';
import type { Organisation, Owner } from '../schemas/organisation.ts';
import type { Topic } from '../schemas/topic.ts';
import { comparePartialDates, isCertainlyBefore, parsePartialDate } from './dates.ts';

export interface AgreementInput {
  id: string;
  /** Project-relative path of the record file, for edit links and change dates. */
  filePath: string;
  data: Agreement;
}

export type OrganisationRecord = Organisation & { id: string };

export interface RegistryInput<A extends AgreementInput> {
  laender: Land[];
  topics: Topic[];
  organisations: OrganisationRecord[];
  agreements: A[];
}

/** A Land or an organisation, the two kinds of actor that can be party to an agreement. */
export type Actor =
  | { kind: 'land'; id: string; key: string; name: string; land: Land }
  | { kind: 'org'; id: string; key: string; name: string; org: OrganisationRecord };

export interface PartyView {
  actor: Actor;
  role?: string | undefined;
}

/** How a Land is involved in an agreement: as a party itself, or through organisations. */
export interface LandInvolvement {
  land: Land;
  direct: boolean;
  /** Organisations through which the Land is involved (it owns them or they belong to it). */
  via: OrganisationRecord[];
}

export interface RelationView<A extends AgreementInput> {
  kind: RelationKind;
  /** Label from this agreement's point of view: "Setzt um" or "Umgesetzt durch". */
  label: string;
  other: AgreementView<A>;
  note?: string | undefined;
}

export interface AgreementView<A extends AgreementInput> {
  id: string;
  record: A;
  data: Agreement;
  /** The date that places the agreement in time: signing, else its first event. */
  date?: string | undefined;
  year?: number | undefined;
  parties: PartyView[];
  laender: LandInvolvement[];
  topics: Topic[];
  relations: RelationView<A>[];
}

export interface Count<T> {
  item: T;
  count: number;
}

/** The name an organisation goes by on the site: its short name where it has one. */
export function organisationName(org: Organisation): string {
  return org.shortName ?? org.name;
}

function actorKey(kind: 'land' | 'org', id: string): string {
  return `${kind}:${id}`;
}

function isOwnerAt(owner: Owner, date: string | undefined): boolean {
  if (!date) return owner.until === undefined;
  if (owner.until && parsePartialDate(owner.until) && isCertainlyBefore(owner.until, date)) return false;
  if (owner.since && parsePartialDate(owner.since) && isCertainlyBefore(date, owner.since)) return false;
  return true;
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Count<T>[] {
  const counts = new Map<string, Count<T>>();
  for (const item of items) {
    const entry = counts.get(key(item));
    if (entry) entry.count++;
    else counts.set(key(item), { item, count: 1 });
  }
  return [...counts.values()];
}

function byCountThenName<T>(name: (item: T) => string) {
  return (a: Count<T>, b: Count<T>) => b.count - a.count || name(a.item).localeCompare(name(b.item), 'de');
}

/** Newest first; undated agreements last, by title. */
export function compareAgreementsNewestFirst<A extends AgreementInput>(a: AgreementView<A>, b: AgreementView<A>): number {
  if (a.date && b.date) return comparePartialDates(b.date, a.date) || a.data.title.localeCompare(b.data.title, 'de');
  if (a.date) return -1;
  if (b.date) return 1;
  return a.data.title.localeCompare(b.data.title, 'de');
}

function firstDate(data: Agreement): string | undefined {
  if (data.signed) return data.signed;
  const dates = data.events.map((event: AgreementEvent) => event.date).sort(comparePartialDates);
  return dates[0];
}

export function buildRegistry<A extends AgreementInput>(input: RegistryInput<A>) {
  const laender = [...input.laender].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const topics = [...input.topics].sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const organisations = [...input.organisations].sort((a, b) => organisationName(a).localeCompare(organisationName(b), 'de'));
  const landById = new Map(laender.map((land) => [land.id, land]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const orgById = new Map(organisations.map((org) => [org.id, org]));

  const required = <T>(map: Map<string, T>, id: string, what: string): T => {
    const value = map.get(id);
    // The validator runs before every build; reaching this means it was skipped.
    if (!value) throw new Error(`Unknown ${what} "${id}": run npm run validate`);
    return value;
  };

  const actorOf = (party: { org?: string | undefined; land?: string | undefined }): Actor => {
    if (party.org) {
      const org = required(orgById, party.org, 'organisation');
      return { kind: 'org', id: org.id, key: actorKey('org', org.id), name: organisationName(org), org };
    }
    const land = required(landById, party.land ?? '', 'Land');
    return { kind: 'land', id: land.id, key: actorKey('land', land.id), name: land.name, land };
  };

  /** Länder an organisation stands for at a date: its own Land and its owning Länder. */
  const laenderOfOrg = (org: OrganisationRecord, date: string | undefined): Land[] => {
    const ids = new Set<string>();
    if (org.land) ids.add(org.land);
    for (const owner of org.owners) if (owner.land && isOwnerAt(owner, date)) ids.add(owner.land);
    return [...ids].map((id) => required(landById, id, 'Land'));
  };

  const involvementOf = (data: Agreement, date: string | undefined): LandInvolvement[] => {
    const byLand = new Map<string, LandInvolvement>();
    const entry = (land: Land) => {
      let involvement = byLand.get(land.id);
      if (!involvement) byLand.set(land.id, (involvement = { land, direct: false, via: [] }));
      return involvement;
    };
    for (const party of data.parties as Party[]) {
      if (party.land) entry(required(landById, party.land, 'Land')).direct = true;
      if (party.org) {
        const org = required(orgById, party.org, 'organisation');
        for (const land of laenderOfOrg(org, date)) entry(land).via.push(org);
      }
    }
    return [...byLand.values()].sort((a, b) => a.land.name.localeCompare(b.land.name, 'de'));
  };

  const agreements: AgreementView<A>[] = input.agreements.map((record) => {
    const date = firstDate(record.data);
    return {
      id: record.id,
      record,
      data: record.data,
      date,
      year: date ? parsePartialDate(date)?.year : undefined,
      parties: record.data.parties.map((party) => ({ actor: actorOf(party), role: party.role })),
      laender: involvementOf(record.data, date),
      topics: record.data.topics.map((id) => required(topicById, id, 'topic')),
      relations: [],
    };
  });
  agreements.sort(compareAgreementsNewestFirst);
  const agreementById = new Map(agreements.map((agreement) => [agreement.id, agreement]));

  // Each relation is stored once, on one record; both records show it.
  for (const agreement of agreements) {
    for (const related of agreement.data.related) {
      const other = required(agreementById, related.agreement, 'agreement');
      agreement.relations.push({ kind: related.relation, label: relationKinds.labels[related.relation], other, note: related.note });
      other.relations.push({ kind: related.relation, label: inverseRelationLabels[related.relation], other: agreement, note: related.note });
    }
  }

  const agreementsByActor = new Map<string, AgreementView<A>[]>();
  const agreementsByLand = new Map<string, { agreement: AgreementView<A>; involvement: LandInvolvement }[]>();
  const agreementsByTopic = new Map<string, AgreementView<A>[]>();
  const agreementsByYear = new Map<number, AgreementView<A>[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const agreement of agreements) {
    for (const party of agreement.parties) push(agreementsByActor, party.actor.key, agreement);
    for (const involvement of agreement.laender) push(agreementsByLand, involvement.land.id, { agreement, involvement });
    for (const topic of agreement.topics) push(agreementsByTopic, topic.id, agreement);
    if (agreement.year !== undefined) push(agreementsByYear, agreement.year, agreement);
  }

  const ownedBy = new Map<string, { org: OrganisationRecord; owner: Owner }[]>();
  for (const org of organisations) {
    for (const owner of org.owners) push(ownedBy, actorKey(owner.land ? 'land' : 'org', owner.land ?? owner.org ?? ''), { org, owner });
  }

  const partnersOf = (key: string, list: AgreementView<A>[]): Count<Actor>[] =>
    countBy(list.flatMap((agreement) => agreement.parties.map((party) => party.actor).filter((actor) => actor.key !== key)), (actor) => actor.key)
      .sort(byCountThenName((actor) => actor.name));

  const partnerLaenderOf = (landId: string, list: { agreement: AgreementView<A> }[]): Count<Land>[] =>
    countBy(list.flatMap(({ agreement }) => agreement.laender.map((involvement) => involvement.land).filter((land) => land.id !== landId)), (land) => land.id)
      .sort(byCountThenName((land) => land.name));

  return {
    agreements,
    laender,
    topics,
    organisations,
    years: [...agreementsByYear.keys()].sort((a, b) => b - a),

    agreement: (id: string) => agreementById.get(id),
    land: (id: string) => landById.get(id),
    organisation: (id: string) => orgById.get(id),
    topic: (id: string) => topicById.get(id),

    /** Agreements a Land is involved in, with the path (directly or through organisations). */
    agreementsOfLand: (id: string) => agreementsByLand.get(id) ?? [],
    /** Organisations that belong to a Land or that it owns. */
    organisationsOfLand: (id: string) => {
      const owned = new Set((ownedBy.get(actorKey('land', id)) ?? []).map(({ org }) => org.id));
      return organisations
        .filter((org) => org.land === id || owned.has(org.id))
        .map((org) => ({ org, owner: owned.has(org.id), seated: org.land === id }));
    },
    partnerLaenderOfLand: (id: string) => partnerLaenderOf(id, agreementsByLand.get(id) ?? []),

    agreementsOfOrganisation: (id: string) => agreementsByActor.get(actorKey('org', id)) ?? [],
    /** Organisations that are party to at least one agreement, the most active first. */
    organisationsByAgreements: () =>
      organisations
        .map((org) => ({ item: org, count: agreementsByActor.get(actorKey('org', org.id))?.length ?? 0 }))
        .filter(({ count }) => count > 0)
        .sort(byCountThenName((org) => organisationName(org))),
    partnersOfOrganisation: (id: string) => partnersOf(actorKey('org', id), agreementsByActor.get(actorKey('org', id)) ?? []),
    /** What a Land or organisation owns, with the ownership details. */
    ownedBy: (kind: 'land' | 'org', id: string) => ownedBy.get(actorKey(kind, id)) ?? [],
    ownersOf: (org: OrganisationRecord) => org.owners.map((owner) => ({ owner, actor: actorOf(owner) })),
    /** Projects an organisation leads, across all agreements. */
    projectsLedBy: (id: string) =>
      agreements.flatMap((agreement) => agreement.data.projects.filter((project) => project.lead === id).map((project) => ({ project, agreement }))),
    actorOf,

    agreementsOfTopic: (id: string) => agreementsByTopic.get(id) ?? [],
    laenderOfTopic: (id: string) =>
      countBy((agreementsByTopic.get(id) ?? []).flatMap((agreement) => agreement.laender.map((involvement) => involvement.land)), (land) => land.id)
        .sort(byCountThenName((land) => land.name)),

    agreementsOfYear: (year: number) => agreementsByYear.get(year) ?? [],
    undatedAgreements: () => agreements.filter((agreement) => agreement.year === undefined),

    /** Number of agreements each Land is involved in (directly or through organisations). */
    agreementCountByLand: () => new Map(laender.map((land) => [land.id, agreementsByLand.get(land.id)?.length ?? 0])),
  };
}

export type Registry<A extends AgreementInput = AgreementInput> = ReturnType<typeof buildRegistry<A>>;
