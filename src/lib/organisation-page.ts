/**
 * What an organisation's page shows, as one plain object: its facts, its owners over time
 * (an owner without a recorded start is said to be so, never "always"), its own contract
 * history (founding treaty first, then amendments and the treaties that brought in owners),
 * its agreements, partners, projects, comparisons and sources.
 */
import type { RecordHistoryView } from './record-history.ts';
import { subscriptionLinks } from './subscriptions.ts';
import { agreementKinds, type RelationKind } from '../schemas/agreement.ts';
import type { Source } from '../schemas/common.ts';
import type { DateValue } from '../schemas/dates.ts';
import { countryName, legalForms, membershipEnds, organisationKinds, type Stake } from '../schemas/organisation.ts';
import { formatNominal, ownersWord } from './shares.ts';
import { listPreview, type ListPreview } from './agreement-lists.ts';
import { compareLinks, type CompareLinksView } from './compare-links.ts';
import type { CountedLink } from './counted-links.ts';
import { capitalise, dateInSentence, joinGerman } from './date-phrases.ts';
import { compareOldestFirst, organisationName, type AgreementView, type OrganisationRecord, type Registry } from './registry-core.ts';
import { organisationRef, statement, type Link, type SourceRef, type Statement } from './statements.ts';
import { authorityUrls } from './urls.ts';
import { actorLink, agreementLink, landLink, organisationLink, solutionLink, sourceNumbers, sourceRefs } from './view-links.ts';

/** A share as the source states it, with the day it is valid for. */
export interface StakeItem {
  /** "51 %", "60 %, 15.000,00 €". */
  text: string;
  asOf: DateValue;
  sources: SourceRef[];
}

export interface OrganisationPageView {
  id: string;
  /** Its changes from Git, derived by the site once per build. */
  changes?: RecordHistoryView | undefined;
  /** The feed of changes and the calendar of dates of its records. */
  subscriptions: { href: string; label: string }[];
  title: string;
  /** The name it goes by on the site (short name), for the search filter. */
  name: string;
  description: string;
  kind: string;
  legalForm?: string | undefined;
  seat?: string | undefined;
  land?: Link | undefined;
  /** A body abroad: its country ("Luxemburg"). */
  country?: string | undefined;
  ars?: string | undefined;
  founded?: DateValue | undefined;
  dissolved?: DateValue | undefined;
  foundedBy?: { link: Link; date?: DateValue | undefined } | undefined;
  formerNames: { name: string; shortName?: string | undefined; since?: DateValue | undefined; until: DateValue }[];
  owned: Link[];
  website?: Link | undefined;
  wikidata?: Link | undefined;
  gnd?: Link | undefined;
  /** "Träger" or, for a company, "Gesellschafter". */
  ownersWord: { singular: string; plural: string };
  owners: {
    actor: Link;
    stakes: StakeItem[];
    sources: SourceRef[];
    since?: DateValue | undefined;
    /** Where no start is recorded: said so, with the earliest it can be (the organisation's start). */
    sinceMissing?: string | undefined;
    until?: DateValue | undefined;
    agreement?: Link | undefined;
    note?: string | undefined;
    statement: Statement;
  }[];
  /** Purchases and sales of shares, with the approvals they needed. */
  transfers: {
    date: DateValue;
    amount: string;
    from?: Link | undefined;
    to?: Link | undefined;
    approvals: {
      by: string;
      link?: Link | undefined;
      date?: DateValue | undefined;
      fileNumber?: string | undefined;
      sources: SourceRef[];
    }[];
    note?: string | undefined;
    sources: SourceRef[];
  }[];
  /** Members as far as sources name them, over time, and the counts sources state. */
  members: {
    actor: Link;
    since?: DateValue | undefined;
    until?: DateValue | undefined;
    notice?: DateValue | undefined;
    end?: string | undefined;
    agreement?: Link | undefined;
    note?: string | undefined;
    sources: SourceRef[];
  }[];
  memberCounts: { text: string; asOf: DateValue; sources: SourceRef[] }[];
  /** Bodies this organisation is or was a member of. */
  memberships: { org: Link; since?: DateValue | undefined; until?: DateValue | undefined }[];
  history: { link: Link; date?: DateValue | undefined; kind: string; role: string }[];
  developed: Link[];
  preview: ListPreview;
  partners: CountedLink[];
  projects: { name: string; agreement: Link }[];
  compare: CompareLinksView;
  sources: Source[];
}

/**
 * The organisation's own treaties: the one that founded it first (nothing of its history
 * comes before it), then its amendments and accessions and the treaties that made owners,
 * oldest first, undated last.
 */
function historyOf(registry: Registry, org: OrganisationRecord): OrganisationPageView['history'] {
  const founding = registry.foundingOf(org);
  const owners = registry.ownersOf(org).flatMap(({ agreement, actor }) => (agreement ? [{ agreement, actor }] : []));
  const members = new Set<AgreementView>([
    ...(founding ? [founding, ...founding.lineage] : []),
    ...owners.map(({ agreement }) => agreement),
  ]);
  const rest = [...members].filter((member) => member !== founding).sort(compareOldestFirst);
  return [...(founding ? [founding] : []), ...rest].map((member) => {
    const joining = owners.filter(({ agreement }) => agreement === member && agreement !== founding).map(({ actor }) => actor.name);
    return {
      link: agreementLink(member),
      date: member.date,
      kind: agreementKinds.labels[member.data.kind],
      role:
        member === founding
          ? 'Gründung'
          : capitalise(
              [roleOf(member, members), joining.length > 0 && `neue Träger: ${joinGerman(joining)}`].filter(Boolean).join('; ') ||
                'verwandte Vereinbarung',
            ),
    };
  });
}

const ROLES: Partial<Record<RelationKind, string>> = {
  aendert: 'Änderung',
  'tritt-bei': 'Beitritt',
  ersetzt: 'Ersetzung',
  'folgt-auf': 'Folgevereinbarung',
};

/** What a treaty is to the others in the history: "Änderung", "Beitritt", as its record says. */
function roleOf(member: AgreementView, members: Set<AgreementView>): string | undefined {
  const relation = member.relations.find((entry) => entry.outgoing && members.has(entry.other) && ROLES[entry.kind]);
  if (!relation) return undefined;
  return relation.proposed ? 'vorgesehene Ersetzung' : ROLES[relation.kind];
}

const stakeText = (stake: Pick<Stake, 'percent' | 'nominal'>) =>
  [stake.percent !== undefined && `${stake.percent.toLocaleString('de-DE')} %`, stake.nominal && formatNominal(stake.nominal)]
    .filter(Boolean)
    .join(', ');

export function organisationPage(
  registry: Registry,
  org: OrganisationRecord,
  context: { changes?: RecordHistoryView | undefined } = {},
): OrganisationPageView {
  const land = org.land ? registry.land(org.land) : undefined;
  const numbers = sourceNumbers(org.sources);
  const founding = registry.foundingOf(org);
  const start = registry.organisationStart(org.id);
  const name = organisationName(org);
  return {
    id: org.id,
    changes: context.changes,
    subscriptions: subscriptionLinks(registry, 'organisation', org.id),
    title: org.shortName && org.shortName !== org.name ? `${org.name} (${org.shortName})` : org.name,
    name,
    description: org.description,
    kind: organisationKinds.labels[org.kind],
    legalForm: org.legalForm && legalForms.labels[org.legalForm],
    seat: org.seat,
    land: land && landLink(land),
    country: org.country && countryName(org.country),
    ars: org.ars,
    founded: org.founded,
    dissolved: org.dissolved,
    foundedBy: founding && { link: agreementLink(founding), date: founding.date },
    formerNames: org.formerNames.map((former) => ({
      name: former.name,
      shortName: former.shortName,
      since: former.since,
      until: former.until,
    })),
    owned: registry.ownedBy('org', org.id).map(({ org: child }) => organisationLink(child)),
    website: org.website ? { href: org.website, label: new URL(org.website).hostname } : undefined,
    wikidata: org.wikidata ? { href: authorityUrls.wikidata(org.wikidata), label: org.wikidata } : undefined,
    gnd: org.gnd ? { href: authorityUrls.gnd(org.gnd), label: org.gnd } : undefined,
    ownersWord: ownersWord(org),
    owners: registry.ownersOf(org).map(({ owner, actor, agreement }) => {
      const index = org.owners.indexOf(owner);
      return {
        actor: actorLink(actor),
        // Each figure only with the day its source gives it for.
        stakes: owner.stakes.map((stake) => ({ text: stakeText(stake), asOf: stake.asOf, sources: sourceRefs(stake.sources, numbers) })),
        sources: sourceRefs(owner.sources, numbers),
        since: owner.since,
        sinceMissing:
          owner.since === undefined
            ? start === undefined
              ? 'nicht erfasst'
              : `nicht erfasst (frühestens mit der Gründung ${dateInSentence(start)})`
            : undefined,
        until: owner.until,
        agreement: agreement && agreementLink(agreement),
        note: owner.note,
        // The period as recorded; no claim about a day (that is "Stand am").
        statement: statement('owner-on', actor.name, [{ record: organisationRef(org.id), field: `owners[${index}]` }]),
      };
    }),
    transfers: registry.shareTransfersOf(org).map(({ transfer, from, to, approvals }) => ({
      date: transfer.date,
      amount: stakeText(transfer) || 'Anteile',
      from: from && actorLink(from),
      to: to && actorLink(to),
      approvals: approvals.map(({ approval, actor }) => ({
        by: approval.authority,
        link: actor && actorLink(actor),
        date: approval.date,
        fileNumber: approval.fileNumber,
        sources: sourceRefs(approval.sources, numbers),
      })),
      note: transfer.note,
      sources: sourceRefs(transfer.sources, numbers),
    })),
    members: registry.membersOf(org).map(({ member, actor, agreement }) => ({
      actor: actorLink(actor),
      since: member.since,
      until: member.until,
      notice: member.notice,
      end: member.end && membershipEnds.labels[member.end],
      agreement: agreement && agreementLink(agreement),
      note: member.note,
      sources: sourceRefs(member.sources, numbers),
    })),
    memberCounts: org.memberCounts.map((entry) => ({
      text: `${entry.count.toLocaleString('de-DE')} ${entry.label ?? 'Mitglieder'} laut Quelle`,
      asOf: entry.asOf,
      sources: sourceRefs(entry.sources, numbers),
    })),
    memberships: registry.membershipsOf('org', org.id).map(({ org: joined, member }) => ({
      org: organisationLink(joined),
      since: member.since,
      until: member.until,
    })),
    history: historyOf(registry, org),
    developed: registry.solutionsDevelopedBy('org', org.id).map(solutionLink),
    preview: listPreview(registry, 'organisation', org.id),
    partners: registry.partnersOfOrganisation(org.id).map(({ item, count }) => ({ ...actorLink(item), count })),
    projects: registry.projectsLedBy(org.id).map(({ project, agreement }) => ({ name: project.name, agreement: agreementLink(agreement) })),
    compare: compareLinks(registry, registry.actorOf({ org: org.id })),
    sources: org.sources,
  };
}
