/**
 * Turns the registry into the records of the open-data API (version 1). The pages and
 * every download read the same registry, so they cannot disagree.
 */
import { SITE } from '../config.ts';
import { earliestDay, formatPartialDate, latestDay, parsePartialDate } from '../lib/dates.ts';
import type { AgreementInput, OrganisationRecord, PartyView, Registry } from '../lib/registry-core.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { agreementKinds, agreementStatuses, eventTypes } from '../schemas/agreement.ts';
import type { Source } from '../schemas/common.ts';
import type { Land } from '../schemas/land.ts';
import type { Topic } from '../schemas/topic.ts';
import { organisationKinds } from '../schemas/organisation.ts';
import type { AgreementV1, DateV1, LandV1, OrganisationV1, TopicV1 } from './api-schema.ts';
import { API_VERSION } from './api-schema.ts';

export interface OpenDataContext<A extends AgreementInput> {
  registry: Registry<A>;
  lastChanged: (filePath: string) => Date | undefined;
  dataVersion: { commit?: string | undefined; date: Date };
}

export function dateV1(value: string | undefined): DateV1 | null {
  const parsed = value ? parsePartialDate(value) : null;
  if (!parsed) return null;
  return { value: parsed.raw, precision: parsed.precision, earliest: earliestDay(parsed), latest: latestDay(parsed), label: formatPartialDate(parsed) };
}

function partyV1(party: PartyView) {
  const { actor } = party;
  return {
    type: actor.kind === 'land' ? ('land' as const) : ('organisation' as const),
    id: actor.id,
    name: actor.name,
    role: party.role ?? null,
    url: absoluteUrl(actor.kind === 'land' ? urls.land(actor.id) : urls.organisation(actor.id)),
  };
}

function sourceV1(source: Source) {
  return {
    id: source.id ?? null,
    url: source.url ?? null,
    title: source.title,
    publisher: source.publisher,
    published: dateV1(source.published),
    archive: source.archive ?? null,
  };
}

export function agreementToV1<A extends AgreementInput>(context: OpenDataContext<A>, id: string): AgreementV1 {
  const { registry } = context;
  const agreement = registry.agreement(id);
  if (!agreement) throw new Error(`Unknown agreement ${id}`);
  const { data } = agreement;
  return {
    id: agreement.id,
    url: absoluteUrl(urls.agreement(agreement.id)),
    title: data.title,
    kind: data.kind,
    kindLabel: agreementKinds.labels[data.kind],
    summary: data.summary,
    status: data.status,
    statusLabel: agreementStatuses.labels[data.status],
    signed: dateV1(data.signed),
    place: data.place ?? null,
    parties: agreement.parties.map(partyV1),
    laender: agreement.laender.map((involvement) => ({
      id: involvement.land.id,
      name: involvement.land.name,
      code: involvement.land.code,
      direct: involvement.direct,
      via: involvement.via.map((org) => org.id),
    })),
    signatories: data.signatories.map((person) => ({
      name: person.name, function: person.function ?? null, organisation: person.org ?? null, land: person.land ?? null,
    })),
    events: data.events.map((event) => ({
      type: event.type,
      typeLabel: eventTypes.labels[event.type],
      date: dateV1(event.date)!,
      parties: (event.parties ?? []).map((party) => partyV1({ actor: registry.actorOf(party) })),
      note: event.note ?? null,
    })),
    topics: agreement.topics.map((topic) => ({ id: topic.id, label: topic.label })),
    related: agreement.relations.map((relation) => ({
      id: relation.other.id,
      relation: relation.kind,
      // A relation is stored on the agreement that names the other; that side is "outgoing".
      direction: data.related.some((related) => related.agreement === relation.other.id) ? ('outgoing' as const) : ('incoming' as const),
      label: relation.label,
    })),
    projects: data.projects.map((project) => ({
      name: project.name, description: project.description ?? null, lead: project.lead ?? null, url: project.url ?? null,
    })),
    sources: data.sources.map(sourceV1),
    notes: data.notes.map((note) => ({ about: note.about ?? null, text: note.text, sources: note.sources ?? [] })),
    lastChanged: context.lastChanged(agreement.record.filePath)?.toISOString() ?? null,
  };
}

export function organisationToV1<A extends AgreementInput>(context: OpenDataContext<A>, org: OrganisationRecord): OrganisationV1 {
  return {
    id: org.id,
    url: absoluteUrl(urls.organisation(org.id)),
    name: org.name,
    shortName: org.shortName ?? null,
    kind: org.kind,
    kindLabel: organisationKinds.labels[org.kind],
    legalForm: org.legalForm ?? null,
    seat: org.seat ?? null,
    land: org.land ?? null,
    owners: org.owners.map((owner) => ({
      type: owner.land ? ('land' as const) : ('organisation' as const),
      id: owner.land ?? owner.org ?? '',
      share: owner.share ?? null,
      since: dateV1(owner.since),
      until: dateV1(owner.until),
      note: owner.note ?? null,
    })),
    website: org.website ?? null,
    wikidata: org.wikidata ?? null,
    gnd: org.gnd ?? null,
    description: org.description,
    agreements: context.registry.agreementsOfOrganisation(org.id).map((agreement) => agreement.id),
    sources: org.sources.map(sourceV1),
  };
}

export function landToV1<A extends AgreementInput>(context: OpenDataContext<A>, land: Land): LandV1 {
  return {
    id: land.id,
    url: absoluteUrl(urls.land(land.id)),
    name: land.name,
    code: land.code,
    wikidata: land.wikidata,
    agreements: context.registry.agreementsOfLand(land.id).map(({ agreement, involvement }) => ({
      id: agreement.id, direct: involvement.direct, via: involvement.via.map((org) => org.id),
    })),
    organisations: context.registry.organisationsOfLand(land.id).map(({ org }) => org.id),
  };
}

export function topicToV1<A extends AgreementInput>(context: OpenDataContext<A>, topic: Topic): TopicV1 {
  return {
    id: topic.id,
    url: absoluteUrl(urls.topic(topic.id)),
    label: topic.label,
    description: topic.description,
    agreements: context.registry.agreementsOfTopic(topic.id).map((agreement) => agreement.id),
  };
}

/** The envelope every list endpoint shares: version, licence, data version, records. */
export function collection<A extends AgreementInput, T>(context: OpenDataContext<A>, data: T[]) {
  return {
    apiVersion: API_VERSION,
    license: SITE.dataLicense.name,
    licenseUrl: SITE.dataLicense.url,
    attribution: SITE.dataLicense.attribution,
    dataVersion: context.dataVersion.commit ?? null,
    generated: context.dataVersion.date.toISOString(),
    count: data.length,
    data,
  };
}
