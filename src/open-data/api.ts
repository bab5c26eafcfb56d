/**
 * Turns the registry into the records of the open-data API (version 1). The pages and
 * every download read the same registry, so they cannot disagree.
 */
import { SITE } from '../config.ts';
import { dateBounds, formatDateValue, readDateValue, type DateValue } from '../schemas/dates.ts';
import type { OrganisationRecord, PartyGroupView, PartyView, Registry, SolutionRecord } from '../lib/registry-core.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { agreementKinds, agreementStatuses, eventTypes, stepTypes } from '../schemas/agreement.ts';
import type { KnownMissing, KnownTotal } from '../schemas/known.ts';
import type { Source } from '../schemas/common.ts';
import type { Land } from '../schemas/land.ts';
import type { Topic } from '../schemas/topic.ts';
import { countryName, organisationKinds, type Stake } from '../schemas/organisation.ts';
import type { PartyStep, AgreementEvent } from '../schemas/agreement.ts';
import { verificationRoles } from '../schemas/verification.ts';
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

/** What every step and event carries: dates, details and sources. */
function factV1(fact: PartyStep | AgreementEvent) {
  return {
    date: dateV1(fact.date),
    planned: dateV1(fact.planned),
    law: fact.law ? { title: fact.law.title, citation: fact.law.citation ?? null, url: fact.law.url ?? null } : null,
    approval: fact.approval
      ? { authority: fact.approval.authority, organisation: fact.approval.org ?? null, fileNumber: fact.approval.fileNumber ?? null }
      : null,
    gazette: fact.gazette
      ? { name: fact.gazette.name, issue: fact.gazette.issue ?? null, page: fact.gazette.page ?? null, url: fact.gazette.url ?? null }
      : null,
    body: fact.body ? { name: fact.body.name, document: fact.body.document ?? null, url: fact.body.url ?? null } : null,
    note: fact.note ?? null,
    sources: fact.sources ?? [],
  };
}

const stepV1 = (step: PartyStep) => ({ type: step.type, typeLabel: stepTypes.labels[step.type], ...factV1(step) });

function groupV1(group: PartyGroupView) {
  return {
    name: group.name,
    count: group.count ?? null,
    members: group.members.map((actor) => actorRef(actor.kind === 'land' ? { land: actor.id } : { org: actor.id })),
    role: group.role ?? null,
    participation: group.participation,
    steps: group.steps.map(stepV1),
    sources: group.sources ?? [],
  };
}

const nominalV1 = (nominal: Stake['nominal']) => (nominal ? { amount: nominal.amount, currency: nominal.currency } : null);

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
    group: party.inGroup ?? null,
    steps: party.steps.map(stepV1),
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
    summarySources: data.summarySources ?? [],
    status: data.status,
    statusLabel: agreementStatuses.labels[data.status],
    signed: dateV1(data.signed),
    date: dateV1(agreement.date),
    effective: dateV1(data.effective),
    dateSources: data.dateSources ?? [],
    retroactive: data.retroactive ?? false,
    federal: agreement.federal,
    place: data.place ?? null,
    legalBasis: data.legalBasis.map((basis) => ({ name: basis.name, section: basis.section ?? null, url: basis.url ?? null })),
    term: data.term
      ? {
          until: dateV1(data.term.until),
          notice: data.term.notice ?? null,
          noticeMonths: data.term.noticeMonths ?? null,
          renewal: data.term.renewal ?? null,
          sources: data.term.sources ?? [],
        }
      : null,
    parties: agreement.parties.map(partyV1),
    groups: agreement.groups.map(groupV1),
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
    events: data.events.map((event) => ({ type: event.type, typeLabel: eventTypes.labels[event.type], ...factV1(event) })),
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
    verification: data.verification
      ? {
          checked: dateV1(data.verification.checked)!,
          checkedBy: data.verification.checkedBy,
          checkedByLabel: verificationRoles.labels[data.verification.checkedBy],
          confirmedBy: data.verification.confirmedBy.map((confirmation) => ({
            ...actorRef(confirmation),
            date: dateV1(confirmation.date),
            note: confirmation.note ?? null,
            sources: confirmation.sources,
          })),
        }
      : null,
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
    country: org.country ?? null,
    countryName: org.country ? (countryName(org.country) ?? null) : null,
    owners: org.owners.map((owner) => ({
      ...actorRef(owner),
      stakes: owner.stakes.map((stake) => ({
        percent: stake.percent ?? null,
        nominal: nominalV1(stake.nominal),
        asOf: dateV1(stake.asOf)!,
        sources: stake.sources ?? [],
      })),
      since: dateV1(owner.since),
      until: dateV1(owner.until),
      agreement: owner.agreement ?? null,
      note: owner.note ?? null,
      sources: owner.sources ?? [],
    })),
    shareTransfers: org.shareTransfers.map((transfer) => ({
      date: dateV1(transfer.date)!,
      from: transfer.from ? actorRef(transfer.from) : null,
      to: transfer.to ? actorRef(transfer.to) : null,
      percent: transfer.percent ?? null,
      nominal: nominalV1(transfer.nominal),
      approvals: transfer.approvals.map((approval) => ({
        authority: approval.authority,
        actor: approval.land || approval.org ? actorRef(approval) : null,
        date: dateV1(approval.date),
        fileNumber: approval.fileNumber ?? null,
        sources: approval.sources ?? [],
      })),
      note: transfer.note ?? null,
      sources: transfer.sources ?? [],
    })),
    members: org.members.map((member) => ({
      ...actorRef(member),
      since: dateV1(member.since),
      until: dateV1(member.until),
      notice: dateV1(member.notice),
      end: member.end ?? null,
      agreement: member.agreement ?? null,
      note: member.note ?? null,
      sources: member.sources ?? [],
    })),
    memberCounts: org.memberCounts.map((entry) => ({
      count: entry.count,
      label: entry.label ?? null,
      asOf: dateV1(entry.asOf)!,
      sources: entry.sources ?? [],
    })),
    memberships: context.registry.membershipsOf('org', org.id).map(({ org: joined }) => joined.id),
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
    since: dateV1(solution.since),
    reusers: context.registry.reusersOf(solution).map((reuser) => ({
      ...actorRef(reuser.actor.kind === 'land' ? { land: reuser.actor.id } : { org: reuser.actor.id }),
      since: dateV1(reuser.since),
      until: dateV1(reuser.until),
      agreement: reuser.agreement?.id ?? null,
      basis: reuser.basis,
      note: reuser.note ?? null,
      sources: reuser.sources ?? [],
    })),
    sources: solution.sources.map(sourceV1),
  };
}

/** A find a source mentions that has no record yet. */
export function knownMissingToV1(entry: KnownMissing) {
  return {
    id: entry.id,
    url: absoluteUrl(urls.knownMissingEntry(entry.id)),
    title: entry.title,
    kind: entry.kind ?? null,
    kindLabel: entry.kind === undefined ? null : agreementKinds.labels[entry.kind],
    parties: entry.parties,
    laender: entry.laender,
    date: dateV1(entry.date),
    source: sourceV1(entry.source),
    note: entry.note ?? null,
  };
}

/** A total a source states, as on /daten/abdeckung/. */
export function knownTotalToV1(total: KnownTotal) {
  return {
    id: total.id,
    url: absoluteUrl(urls.coverageTotal(total.id)),
    what: total.what,
    count: total.count,
    approximate: total.approximate,
    land: total.land ?? null,
    kinds: total.kinds,
    asOf: dateV1(total.asOf),
    source: sourceV1(total.source),
    note: total.note ?? null,
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
