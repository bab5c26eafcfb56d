/**
 * What an agreement's page shows, as one plain object: the page renders it and derives
 * nothing. Linked records are names and addresses; every derived statement
 * ("unterzeichnet", "in Kraft", how a Land takes part, "ersetzt durch") carries the facts
 * it rests on. The object is the page's cache key (pageKey) and what unit tests check.
 */
import { agreementKinds, solutionUses } from '../schemas/agreement.ts';
import type { Source } from '../schemas/common.ts';
import { formatDay, type DateValue } from '../schemas/dates.ts';
import { countryName, FEDERAL_KINDS, MUNICIPAL_KINDS } from '../schemas/organisation.ts';
import { SITE } from '../config.ts';
import { accessionFacts, inForceStateLabels, signatureFacts } from './agreement-facts.ts';
import { inForceOf, type InForceView } from './in-force-view.ts';
import { capitalise, groupByDate, groupedDatesPhrase, joinGerman, unknownReason } from './date-phrases.ts';
import { involvementView, locatedViews, type InvolvementView, type LocatedView } from './involvement-view.ts';
import { agreementJsonLd } from './json-ld.ts';
import {
  participationLabels,
  type AgreementView,
  type Participation,
  type PartyGroupView,
  type PartyView,
  type Registry,
} from './registry-core.ts';
import { eventLine, stepLine, type FactLine } from './fact-lines.ts';
import type { CitedRecord } from './agreement-citation.ts';
import type { RecordHistoryView } from './record-history.ts';
import { verificationView, type VerificationView } from './verification-view.ts';
import { agreementRef, basisAttribute, statement, type Link, type SourceRef, type Statement } from './statements.ts';

export type { InForceView };
import { forgeUrls, urls } from './urls.ts';
import {
  actorLink,
  agreementLink,
  mergedSourceRefs,
  organisationLink,
  solutionLink,
  sourceNumbers,
  sourceRefs,
  topicLink,
} from './view-links.ts';

export interface PartyItem {
  actor: Link;
  /** A body abroad: its country ("Luxemburg"), said after its name; never counted as a Land. */
  country?: string | undefined;
  role?: string | undefined;
  participation: Participation;
  participationLabel: string;
  /** Said after the name in the list of parties: "Später beigetreten am 1. Juni 2024". */
  note?: string | undefined;
  noteDate?: DateValue | undefined;
  /** The group this party belongs to, where the source names it only as a member ("die Länder"). */
  inGroup?: string | undefined;
  steps: FactLine[];
  declarations: { text: string; sources: SourceRef[] }[];
}

/** Parties the source names only as a group: who, how many if said, the members it names. */
export interface PartyGroupItem {
  name: string;
  /** "16 laut Quelle", or "Anzahl nicht angegeben". */
  count: string;
  members: Link[];
  role?: string | undefined;
  participationLabel: string;
  steps: FactLine[];
  sources: SourceRef[];
}

export interface AgreementPageView {
  id: string;
  title: string;
  summary: string;
  /** Sources of the figures in the summary. */
  summarySources: SourceRef[];
  kind: string;
  description: string;
  jsonLd: object;
  inForce: InForceView;
  /** "Unterzeichnet": a single common date (as a date), else a sentence over the parties' dates; absent: no signature recorded. */
  signing?:
    | { date?: DateValue | undefined; text: string; statement: Statement; basis: string; sources: SourceRef[]; seeSteps: boolean }
    | undefined;
  place?: string | undefined;
  /** Accessions said as a sentence, where no signature is recorded. */
  accessions?: { statement: Statement; basis: string; seeSteps: boolean } | undefined;
  effective?: { date: DateValue; retroactive: boolean } | undefined;
  /** The laws the agreement rests on: "§ 23 GkG NRW". */
  legalBasis: { text: string; href?: string | undefined }[];
  /** Fixed term, notice period, renewal, as the source states them. */
  term?: { until?: DateValue | undefined; notice?: string | undefined; renewal?: string | undefined; sources: SourceRef[] } | undefined;
  parties: {
    /** Listed in the facts; else summarised ("Bund und alle 16 Länder") because the table below lists them. */
    listed: boolean;
    summary: string;
    items: PartyItem[];
    groups: PartyGroupItem[];
  };
  signatories: { name: string; function?: string | undefined; for: Link[]; sources: SourceRef[] }[];
  laender: {
    /** Länder that are parties through a ministry or state chancellery (the others are parties by name already). */
    represented: InvolvementView[];
    direct: InvolvementView[];
    indirect: InvolvementView[];
    located: LocatedView[];
  };
  topics: Link[];
  showSteps: boolean;
  events: FactLine[];
  solutions: { solution: Link; use: string; note?: string | undefined }[];
  founded: Link[];
  ownershipsBegun: { actor: Link; org: Link; since?: DateValue | undefined }[];
  lineage: { title: string; href?: string | undefined; date?: DateValue | undefined; kind: string; current: boolean }[];
  projects: { name: string; url?: string | undefined; description?: string | undefined; lead?: Link | undefined }[];
  relations: { label: string; other: Link; date?: DateValue | undefined; note?: string | undefined; statement?: Statement | undefined }[];
  notes: { about?: string | undefined; text: string; sources: Link[] }[];
  sources: Source[];
  verification: VerificationView;
  changes?: RecordHistoryView | undefined;
  citation: CitedRecord;
  footer: { lastChanged?: string | undefined; lastChangedLabel?: string | undefined; editHref: string; historyHref: string; forge: string };
  search: {
    date?: DateValue | undefined;
    filters: Record<'land' | 'landUeber' | 'organisation' | 'thema' | 'jahr' | 'art' | 'status', string[]>;
    meta: Record<'art' | 'status' | 'parteien' | 'unterzeichnende' | 'ort' | 'themen', string>;
  };
}

/** "Bund und alle 16 Länder", "3 Länder und 1 Unternehmen": the parties at a glance. */
export function partySummary(parties: PartyView[]): string {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  const add = (key: string, name: string) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    names.set(key, name);
  };
  for (const { actor } of parties) {
    if (actor.kind === 'land') add('land', actor.name);
    else if (actor.org.kind === 'bund') add('bund', actor.name);
    else if (FEDERAL_KINDS.has(actor.org.kind)) add('bundesbehoerde', actor.name);
    else if (actor.org.kind === 'ministerium' || actor.org.kind === 'staatskanzlei') add('ministerium', actor.name);
    else if (actor.org.kind === 'it-dienstleister') add('it-dienstleister', actor.name);
    else if (MUNICIPAL_KINDS.has(actor.org.kind)) add('kommunal', actor.name);
    else if (actor.org.kind === 'unternehmen') add('unternehmen', actor.name);
    else add('sonstige', actor.name);
  }
  const plurals: Record<string, string> = {
    bund: 'Bund',
    bundesbehoerde: 'Bundesbehörden',
    land: 'Länder',
    ministerium: 'Landesministerien',
    'it-dienstleister': 'IT-Dienstleister',
    kommunal: 'kommunale Stellen',
    unternehmen: 'Unternehmen',
    sonstige: 'weitere Stellen',
  };

  const parts = Object.keys(plurals).flatMap((key) => {
    const count = counts.get(key);
    if (!count) return [];
    // A single one by its name: "Bund und alle 16 Länder", "10 Länder und FITKO".
    if (count === 1) return [names.get(key)!];
    if (key === 'land' && count === 16) return ['alle 16 Länder'];
    return [`${count} ${plurals[key]}`];
  });
  return joinGerman(parts);
}

function partyItem(party: PartyView, numbers: Record<string, number>): PartyItem {
  const note =
    party.participation === 'beigetreten'
      ? 'Später beigetreten'
      : party.participation === 'ausgetreten'
        ? 'Ausgetreten'
        : party.participation === 'geplant'
          ? 'Beitritt geplant'
          : undefined;
  return {
    actor: actorLink(party.actor),
    country: party.actor.kind === 'org' && party.actor.org.country ? countryName(party.actor.org.country) : undefined,
    role: party.role,
    participation: party.participation,
    participationLabel: participationLabels[party.participation],
    note,
    noteDate: party.participation === 'beigetreten' ? party.joined : party.participation === 'ausgetreten' ? party.left : undefined,
    inGroup: party.inGroup,
    steps: party.steps.map((step) => stepLine(step, numbers)),
    declarations: party.declarations.map((declaration) => ({ text: declaration.text, sources: sourceRefs(declaration.sources, numbers) })),
  };
}

function groupItem(group: PartyGroupView, numbers: Record<string, number>): PartyGroupItem {
  return {
    name: group.name,
    count: group.count === undefined ? 'Anzahl nicht angegeben' : `${group.count.toLocaleString('de-DE')} laut Quelle`,
    members: group.members.map(actorLink),
    role: group.role,
    participationLabel: participationLabels[group.participation],
    steps: group.steps.map((step) => stepLine(step, numbers)),
    sources: sourceRefs(group.sources, numbers),
  };
}

/** "am 16. Mai 2019" or per party: "Bayern, Berlin und Hessen zwischen 2. April und 16. Mai 2019, Bund am 16. Mai 2019". */
function signingView(agreement: AgreementView, numbers: Record<string, number>, hasSteps: boolean): AgreementPageView['signing'] {
  const { data } = agreement;
  const facts = signatureFacts(data);
  if (facts.length === 0) return undefined;
  const basis = facts.map((fact) => ({ record: agreementRef(agreement.id), field: fact.field }));
  const sources = mergedSourceRefs(
    facts.flatMap((fact) => fact.sources),
    numbers,
  );
  if (data.signed !== undefined) {
    const reason = unknownReason(data.signed);
    const text = reason ? `Tag unbekannt (${reason})` : '';
    return {
      date: reason ? undefined : data.signed,
      text,
      statement: statement('signed', 'Unterzeichnet', basis),
      basis: basisAttribute(basis),
      sources,
      seeSteps: false,
    };
  }
  const groups = groupByDate(
    facts.map((fact) => {
      const entry = agreement.entries[fact.party!]!;
      return { name: entry.name, land: entry.land, date: fact.date! };
    }),
  );
  // One party signed, or all on the same day: the date itself.
  if (groups.length === 1 && facts.length === agreement.entries.length) {
    const date = groups[0]!.date;
    const reason = unknownReason(date);
    return {
      date: reason ? undefined : date,
      text: reason ? `Tag unbekannt (${reason})` : '',
      statement: statement('signed', 'Unterzeichnet', basis),
      basis: basisAttribute(basis),
      sources,
      seeSteps: hasSteps,
    };
  }
  const missing = agreement.entries.filter((_, index) => !facts.some((fact) => fact.party === index)).map((entry) => entry.name);
  const text = capitalise(
    `${groupedDatesPhrase(groups)}${missing.length > 0 ? `; keine Unterzeichnung erfasst für ${joinGerman(missing)}` : ''}`,
  );
  return { text, statement: statement('signed', text, basis), basis: basisAttribute(basis), sources, seeSteps: hasSteps };
}

function accessionsView(agreement: AgreementView, hasSteps: boolean): AgreementPageView['accessions'] {
  const facts = accessionFacts(agreement.data);
  if (facts.length === 0 || signatureFacts(agreement.data).length > 0) return undefined;
  const groups = groupByDate(
    facts.map((fact) => {
      const entry = agreement.entries[fact.party!]!;
      return { name: entry.name, land: entry.land, date: fact.date! };
    }),
  );
  const basis = facts.map((fact) => ({ record: agreementRef(agreement.id), field: fact.field }));
  return {
    statement: statement('joined', capitalise(groupedDatesPhrase(groups)), basis),
    basis: basisAttribute(basis),
    seeSteps: hasSteps,
  };
}

/** A related agreement's relation; a replacement is stated as such only with the replacing agreement's in-force fact. */
function relationView(agreement: AgreementView, relation: AgreementView['relations'][number]): AgreementPageView['relations'][number] {
  const replacing = relation.outgoing ? agreement : relation.other;
  const replaced = relation.outgoing ? relation.other : agreement;
  const index = replacing.data.related.findIndex((entry) => entry.agreement === replaced.id && entry.relation === relation.kind);
  const item = { label: relation.label, other: agreementLink(relation.other), date: relation.other.date, note: relation.note };
  if (relation.kind !== 'ersetzt') return item;
  const force = inForceOf(replacing);
  return {
    ...item,
    statement: relation.proposed
      ? statement('status', relation.label, [{ record: agreementRef(replacing.id), field: `related[${index}]` }])
      : statement('replaced', relation.label, [
          { record: agreementRef(replacing.id), field: `related[${index}]` },
          ...force.statement.basis,
        ]),
  };
}

export interface AgreementPageContext {
  lastChanged?: Date | undefined;
  /** The commit that last changed the record (for "Zitieren"); none if it has uncommitted changes. */
  lastCommit?: { commit: string; revision: string } | undefined;
  /** The record's changes from Git ("Änderungen an diesem Eintrag"), derived by the site once per build. */
  changes?: RecordHistoryView | undefined;
}

export function agreementPage(registry: Registry, agreement: AgreementView, context: AgreementPageContext = {}): AgreementPageView {
  const { data } = agreement;
  const numbers = sourceNumbers(data.sources);
  const involvements = agreement.laender.map((involvement) => involvementView(registry, agreement, involvement));
  const direct = involvements.filter((involvement) => involvement.direct);
  const indirect = involvements.filter((involvement) => !involvement.direct);
  const involved = new Set(involvements.map((involvement) => involvement.landId));
  const hasSteps = agreement.parties.some(
    (party) => party.steps.length > 0 || party.declarations.length > 0 || party.participation !== 'partei',
  );
  const partyItems = agreement.parties.map((party) => partyItem(party, numbers));
  const inForce = inForceOf(agreement, numbers);
  const kind = agreementKinds.labels[data.kind];
  const actor = (ref: { land?: string | undefined; org?: string | undefined }) =>
    ref.org ? actorLink(registry.actorOf({ org: ref.org })) : ref.land ? actorLink(registry.actorOf({ land: ref.land })) : undefined;
  const orgParties = agreement.parties.flatMap((party) => (party.actor.kind === 'org' ? [party.actor] : []));
  return {
    id: agreement.id,
    title: data.title,
    summary: data.summary,
    summarySources: sourceRefs(data.summarySources, numbers),
    kind,
    description: data.summary,
    jsonLd: agreementJsonLd(agreement, context.lastChanged),
    inForce,
    signing: signingView(agreement, numbers, hasSteps),
    place: data.place,
    accessions: accessionsView(agreement, hasSteps),
    effective: data.effective === undefined ? undefined : { date: data.effective, retroactive: data.retroactive ?? false },
    legalBasis: data.legalBasis.map((basis) => ({ text: [basis.section, basis.name].filter(Boolean).join(' '), href: basis.url })),
    term: data.term && {
      until: data.term.until,
      notice: data.term.notice,
      renewal: data.term.renewal,
      sources: sourceRefs(data.term.sources, numbers),
    },
    parties: {
      // With a table of every party below, the facts name them once, in a summary.
      listed: !hasSteps || agreement.parties.length <= 5,
      summary: [partySummary(agreement.parties), ...agreement.groups.map((group) => group.name)].filter(Boolean).join(' und '),
      items: partyItems,
      groups: agreement.groups.map((group) => groupItem(group, numbers)),
    },
    signatories: data.signatories.map((person) => ({
      name: person.name,
      function: person.function,
      for: [actor({ land: person.land }), actor({ org: person.org })].filter((link): link is Link => link !== undefined),
      sources: sourceRefs(person.sources, numbers),
    })),
    laender: {
      represented: direct.filter((involvement) => involvement.representedBy.length > 0),
      direct,
      indirect,
      // Only where the Land itself is not involved: there the place is the whole story.
      located: locatedViews(agreement).filter((entry) => !involved.has(entry.landId)),
    },
    topics: agreement.topics.map(topicLink),
    showSteps: hasSteps,
    events: data.events.map((event) => eventLine(event, numbers)),
    solutions: agreement.solutions.map(({ solution, use, note }) => ({
      solution: solutionLink(solution),
      use: solutionUses.labels[use],
      note,
    })),
    founded: agreement.founded.map(organisationLink),
    ownershipsBegun: agreement.ownershipsBegun.map(({ org, owner, actor: ownerActor }) => ({
      actor: actorLink(ownerActor),
      org: organisationLink(org),
      since: owner.since,
    })),
    lineage: agreement.lineage.map((member) => ({
      title: member.data.title,
      href: member.id === agreement.id ? undefined : urls.agreement(member.id),
      date: member.date,
      kind: agreementKinds.labels[member.data.kind],
      current: member.id === agreement.id,
    })),
    projects: data.projects.map((project) => ({
      name: project.name,
      url: project.url,
      description: project.description,
      lead: project.lead ? actor({ org: project.lead }) : undefined,
    })),
    relations: agreement.relations.map((relation) => relationView(agreement, relation)),
    notes: data.notes.map((note) => ({
      about: note.about,
      text: note.text,
      sources: (note.sources ?? []).map((id) => ({ href: `#quelle-${id}`, label: `Quelle ${numbers[id]}` })),
    })),
    sources: data.sources,
    verification: verificationView(registry, data.verification, numbers),
    changes: context.changes,
    citation: {
      id: agreement.id,
      title: data.title,
      filePath: agreement.record.filePath,
      genre: kind,
      lastChanged: context.lastChanged?.toISOString(),
      pinned: context.lastCommit ? { commit: context.lastCommit.commit, revision: context.lastCommit.revision } : undefined,
    },
    footer: {
      lastChanged: context.lastChanged?.toISOString(),
      lastChangedLabel: context.lastChanged ? formatDay(context.lastChanged) : undefined,
      editHref: forgeUrls.edit(agreement.record.filePath),
      historyHref: forgeUrls.history(agreement.record.filePath),
      forge: SITE.forge.name,
    },
    search: {
      date: agreement.date,
      filters: {
        land: direct.map((involvement) => involvement.land.label),
        landUeber: indirect.filter((involvement) => involvement.via.length > 0).map((involvement) => involvement.land.label),
        organisation: orgParties.map((org) => org.name),
        thema: agreement.topics.map((topic) => topic.label),
        jahr: agreement.year === undefined ? [] : [String(agreement.year)],
        art: [kind],
        status: [inForceStateLabels[inForce.state]],
      },
      meta: {
        art: kind,
        status: inForce.label,
        parteien: agreement.parties
          .map((party) =>
            party.actor.kind === 'org' && party.actor.org.name !== party.actor.name
              ? `${party.actor.name} (${party.actor.org.name})`
              : party.actor.name,
          )
          .join(', '),
        unterzeichnende: data.signatories.map((person) => person.name).join(', '),
        ort: data.place ?? '',
        themen: agreement.topics.map((topic) => topic.label).join(', '),
      },
    },
  };
}
