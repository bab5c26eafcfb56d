/**
 * Turns the registry into the records of the open-data API (version 1). The pages and
 * every download read the same registry, so they cannot disagree.
 */
import { SITE } from '../config.ts';
import { dateBounds, formatDateValue, readDateValue, type DateValue } from '../schemas/dates.ts';
import type { OrganisationRecord, PartyView, Registry, SolutionRecord } from '../lib/registry-core.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { agreementKinds, agreementStatuses, eventTypes, stepTypes } from '../schemas/agreement.ts';
import type { Source } from '../schemas/common.ts';
import type { Land } from '../schemas/land.ts';
import type { Topic } from '../schemas/topic.ts';
import { organisationKinds } from '../schemas/organisation.ts';
import type { AgreementV1, DateV1, LandV1, OrganisationV1, SolutionV1, TopicV1 } from './api-schema.ts';
import { API_VERSION } from './api-schema.ts';

export interface OpenDataContext {
  registry: Registry;
  lastChanged: (filePath: string) => Date | undefined;
  dataVersion: { commit?: string | undefined; date: Date };
}

export function dateV1(value: DateValue | undefined): DateV1 | null {
  const date = value === undefined ? null : readDateValue(value);
  if (!date) return null;
  const { earliest, latest } = dateBounds(date);
  return {
    value: date.form === 'unknown' ? null : date.raw,
    form: date.form,
    precision: date.form === 'exact' ? date.date.precision : null,
    earliest: earliest ?? null,
    latest: latest ?? null,
    label: formatDateValue(date),
    reason: date.form === 'unknown' ? date.reason : null,
  };
}

function partyV1(party: PartyView) {
  const { actor } = party;
  return {
    type: actor.kind === 'land' ? ('land' as const) : ('organisation' as const),
    id: actor.id,
    name: actor.name,
    role: party.role ?? null,
    url: absoluteUrl(actor.kind === 'land' ? urls.land(actor.id) : urls.organisation(actor.id)),
    participation: party.participation,
    joined: dateV1(party.joined),
    left: dateV1(party.left),
    steps: party.steps.map((step) => ({
      type: step.type,
      typeLabel: stepTypes.labels[step.type],
      date: dateV1(step.date)!,
      law: step.law ? { title: step.law.title, citation: step.law.citation ?? null, url: step.law.url ?? null } : null,
      note: step.note ?? null,
      sources: step.sources ?? [],
    })),
    declarations: party.declarations.map((declaration) => ({ text: declaration.text, sources: declaration.sources ?? [] })),
  };
}

function sourceV1(source: Source) {
  return {
    id: source.id ?? null,
    url: source.url ?? null,
    title: source.title,
    publisher: source.publisher,
    published: dateV1(source.published),
    accessed: dateV1(source.accessed),
    archive: source.archive ?? null,
  };
}

/** How every record begins in the API: its id and the address of its page. */
const recordHead = (id: string, page: string) => ({ id, url: absoluteUrl(page) });

export function agreementToV1(context: OpenDataContext, id: string): AgreementV1 {
  const { registry } = context;
  const agreement = registry.agreement(id);
  if (!agreement) throw new Error(`Unknown agreement ${id}`);
  const { data } = agreement;
  return {
    ...recordHead(agreement.id, urls.agreement(agreement.id)),
    title: data.title,
    kind: data.kind,
    kindLabel: agreementKinds.labels[data.kind],
    summary: data.summary,
    status: data.status,
    statusLabel: agreementStatuses.labels[data.status],
    signed: dateV1(data.signed),
    date: dateV1(agreement.date),
    effective: dateV1(data.effective),
    dateSources: data.dateSources ?? [],
    retroactive: data.retroactive ?? false,
    federal: agreement.federal,
    place: data.place ?? null,
    parties: agreement.parties.map(partyV1),
    laender: agreement.laender.map((involvement) => ({
      id: involvement.land.id,
      name: involvement.land.name,
      code: involvement.land.code,
      direct: involvement.direct,
      representedBy: involvement.representedBy.map((org) => org.id),
      via: involvement.via.map((org) => org.id),
      planned: involvement.planned,
    })),
    signatories: data.signatories.map((person) => ({
      name: person.name,
      function: person.function ?? null,
      organisation: person.org ?? null,
      land: person.land ?? null,
      sources: person.sources ?? [],
    })),
    events: data.events.map((event) => ({
      type: event.type,
      typeLabel: eventTypes.labels[event.type],
      date: dateV1(event.date)!,
      note: event.note ?? null,
      sources: event.sources ?? [],
    })),
    topics: agreement.topics.map((topic) => ({ id: topic.id, label: topic.label })),
    related: agreement.relations.map((relation) => ({
      id: relation.other.id,
      relation: relation.kind,
      // A relation is stored on the agreement that names the other; that side is "outgoing".
      direction: data.related.some((related) => related.agreement === relation.other.id) ? ('outgoing' as const) : ('incoming' as const),
      label: relation.label,
    })),
    lineage: agreement.lineage.map((member) => member.id),
    solutions: agreement.solutions.map((entry) => ({ id: entry.solution.id, use: entry.use, note: entry.note ?? null })),
    founded: agreement.founded.map((org) => org.id),
    projects: data.projects.map((project) => ({
      name: project.name,
      description: project.description ?? null,
      lead: project.lead ?? null,
      url: project.url ?? null,
    })),
    sources: data.sources.map(sourceV1),
    notes: data.notes.map((note) => ({ about: note.about ?? null, text: note.text, sources: note.sources ?? [] })),
    lastChanged: context.lastChanged(agreement.record.filePath)?.toISOString() ?? null,
  };
}

/** A Land or an organisation as the API names it: its type and id. */
function actorRef(actor: { land?: string | undefined; org?: string | undefined }) {
  return { type: actor.land ? ('land' as const) : ('organisation' as const), id: actor.land ?? actor.org ?? '' };
}

/** How a named record (organisation, solution) begins: id, page, name and short name. */
function namedRecord(id: string, page: string, record: { name: string; shortName?: string | undefined }) {
  return { ...recordHead(id, page), name: record.name, shortName: record.shortName ?? null };
}

export function organisationToV1(context: OpenDataContext, org: OrganisationRecord): OrganisationV1 {
  return {
    ...namedRecord(org.id, urls.organisation(org.id), org),
    kind: org.kind,
    kindLabel: organisationKinds.labels[org.kind],
    legalForm: org.legalForm ?? null,
    seat: org.seat ?? null,
    land: org.land ?? null,
    ars: org.ars ?? null,
    owners: org.owners.map((owner) => ({
      ...actorRef(owner),
      share: owner.share ?? null,
      since: dateV1(owner.since),
      until: dateV1(owner.until),
      agreement: owner.agreement ?? null,
      note: owner.note ?? null,
    })),
    founded: dateV1(org.founded),
    dissolved: dateV1(org.dissolved),
    foundedBy: org.foundedBy ?? null,
    formerNames: org.formerNames.map((former) => ({
      name: former.name,
      shortName: former.shortName ?? null,
      since: dateV1(former.since),
      until: dateV1(former.until)!,
    })),
    website: org.website ?? null,
    wikidata: org.wikidata ?? null,
    gnd: org.gnd ?? null,
    description: org.description,
    agreements: context.registry.agreementsOfOrganisation(org.id).map((agreement) => agreement.id),
    sources: org.sources.map(sourceV1),
  };
}

export function landToV1(context: OpenDataContext, land: Land): LandV1 {
  return {
    ...recordHead(land.id, urls.land(land.id)),
    name: land.name,
    code: land.code,
    ars: land.ars,
    wikidata: land.wikidata,
    agreements: context.registry.agreementsOfLand(land.id).map(({ agreement, involvement }) => ({
      id: agreement.id,
      direct: involvement.direct,
      via: involvement.via.map((org) => org.id),
      planned: involvement.planned,
    })),
    organisations: context.registry.organisationsOfLand(land.id).map(({ org }) => org.id),
  };
}

export function topicToV1(context: OpenDataContext, topic: Topic): TopicV1 {
  return {
    ...recordHead(topic.id, urls.topic(topic.id)),
    label: topic.label,
    description: topic.description,
    agreements: context.registry.agreementsOfTopic(topic.id).map((agreement) => agreement.id),
  };
}

export function solutionToV1(context: OpenDataContext, solution: SolutionRecord): SolutionV1 {
  return {
    ...namedRecord(solution.id, urls.solution(solution.id), solution),
    description: solution.description,
    developedBy: solution.developedBy.map(actorRef),
    links: { website: solution.links.website ?? null, opencode: solution.links.opencode ?? null, efa: solution.links.efa ?? null },
    topics: solution.topics,
    wikidata: solution.wikidata ?? null,
    agreements: context.registry.agreementsOfSolution(solution.id).map(({ agreement, use }) => ({ id: agreement.id, use })),
    reusers: context.registry.reusersOf(solution).map((reuser) => ({
      ...actorRef(reuser.actor.kind === 'land' ? { land: reuser.actor.id } : { org: reuser.actor.id }),
      since: dateV1(reuser.since),
      agreement: reuser.agreement.id,
    })),
    sources: solution.sources.map(sourceV1),
  };
}

/** The envelope every list endpoint shares: version, licence, data version, records. */
export function collection<T>(context: OpenDataContext, data: T[]) {
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
