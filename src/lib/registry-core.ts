/**
 * Every relation the site shows is derived here, once: who is a party to what and since
 * when, which Länder an agreement touches and by which path (directly, represented by a
 * ministry, or only through a provider they owned at the time), partners with counts,
 * ownership over time, lineage, solutions and their re-users, the state at a date.
 *
 * The module is plain TypeScript over validated records, so that Astro pages, the
 * open-data endpoints, scripts and tests all share one answer. Pages only render it.
 */
import type { Agreement, Party, PartyStep, RelationKind, SolutionUse } from '../schemas/agreement.ts';
import { inverseRelationLabels, JOINING_STEPS, LEAVING_STEPS, LINEAGE_RELATIONS, relationKinds } from '../schemas/agreement.ts';
import type { Land } from '../schemas/land.ts';
import { FEDERAL_KINDS, type Member, type Organisation, type Owner, type ShareTransfer } from '../schemas/organisation.ts';
import type { Reuser, Solution } from '../schemas/solution.ts';
import type { Topic } from '../schemas/topic.ts';
import type { KnownMissing, KnownTotal } from '../schemas/known.ts';
import { urls } from './urls.ts';
import { compareDateValues, isCertainlyBeforeValue, sortDay, type DateValue } from '../schemas/dates.ts';
import { inForceSince, isInForceRecorded } from './agreement-facts.ts';

export interface AgreementInput {
  id: string;
  /** Project-relative path of the record file, for edit links and change dates. */
  filePath: string;
  data: Agreement;
}

export type OrganisationRecord = Organisation & { id: string };
export type SolutionRecord = Solution & { id: string };

export interface RegistryInput {
  laender: Land[];
  topics: Topic[];
  organisations: OrganisationRecord[];
  solutions: SolutionRecord[];
  agreements: AgreementInput[];
  /** Agreements a source mentions that have no record yet, and totals sources state. */
  knownMissing?: KnownMissing[];
  knownTotals?: KnownTotal[];
}

/** A Land or an organisation, the two kinds of actor that can be party to an agreement. */
export type Actor =
  | { kind: 'land'; id: string; key: string; name: string; land: Land }
  | { kind: 'org'; id: string; key: string; name: string; org: OrganisationRecord };

/**
 * How a party takes part: from the start, planned (announced, not yet joined), joined
 * later (by accession), or left (withdrew or its participation ended).
 */
export type Participation = 'partei' | 'geplant' | 'beigetreten' | 'ausgetreten';

export const participationLabels: Record<Participation, string> = {
  partei: 'Vertragspartei',
  geplant: 'Beitritt geplant',
  beigetreten: 'Später beigetreten',
  ausgetreten: 'Ausgetreten',
};

export interface PartyView {
  actor: Actor;
  /** Its place in the record's list of parties (a named group member: the group's), for `parties[i]`. */
  entry: number;
  /** Set when the source names this party only as a member of a group ("die Länder", named: Hessen). */
  inGroup?: string | undefined;
  role?: string | undefined;
  steps: PartyStep[];
  declarations: Party['declarations'];
  participation: Participation;
  /** When the party became a party: its accession, signature or entry into force; else the agreement's date. */
  joined?: DateValue | undefined;
  /** When it stopped being one. */
  left?: DateValue | undefined;
}

/**
 * How a Land is involved in an agreement. Kept apart everywhere, so that no reader can
 * take an indirect involvement for a signature:
 * - `direct`: the Land is a party itself, or a ministry or state chancellery of the
 *   Land is (they act for the Land; `representedBy` names them);
 * - `via`: organisations that are parties and that the Land owned on the date the
 *   organisation joined (a provider); nothing else — an organisation merely located in
 *   the Land (`land` of the organisation) is no involvement of the Land (see `located`);
 * - `planned`: the Land (or its ministry) is named as a party that is to join.
 */
export interface LandInvolvement {
  land: Land;
  direct: boolean;
  representedBy: OrganisationRecord[];
  via: OrganisationRecord[];
  planned: boolean;
}

/**
 * Parties a source does not name one by one ("die Länder", "die meisten Kommunen des
 * Kreises X"): who the group is, how many if the source says so, and the members it names
 * (they are also in `parties`, marked with `inGroup`).
 */
export interface PartyGroupView {
  name: string;
  count?: number | undefined;
  members: Actor[];
  role?: string | undefined;
  steps: PartyStep[];
  participation: Participation;
  joined?: DateValue | undefined;
  left?: DateValue | undefined;
  sources?: string[] | undefined;
}

export interface RelationView {
  kind: RelationKind;
  /** Label from this agreement's point of view: "Setzt um" or "Umgesetzt durch"; "Soll ersetzen" while a replacement is not in force. */
  label: string;
  other: AgreementView;
  note?: string | undefined;
  /** Whether this agreement holds the relation in its record (else the other one does). */
  outgoing: boolean;
  /** A replacement (`ersetzt`) whose replacing agreement is not shown to be in force: proposed only. */
  proposed: boolean;
}

/** Organisations that are parties and located in a Land (`land` of the organisation): a place, no involvement of the Land. */
export interface LocatedIn {
  land: Land;
  orgs: OrganisationRecord[];
}

export interface AgreementSolutionView {
  solution: SolutionRecord;
  use: SolutionUse;
  note?: string | undefined;
}

export interface AgreementView {
  id: string;
  record: AgreementInput;
  data: Agreement;
  /** The date that places the agreement in time: its signing, else its first step or event. */
  date?: DateValue | undefined;
  /** When the parties signed on different days: the first and the last signature. */
  signingSpan?: { first: DateValue; last: DateValue } | undefined;
  /** The first day that date may mean (or its last, if open at the start), for ordering. */
  day?: string | undefined;
  year?: number | undefined;
  parties: PartyView[];
  /** Parties the source names only as a group. */
  groups: PartyGroupView[];
  /**
   * One entry per party as the record lists it (a group is one entry), so that a fact
   * found at `parties[i]` of the record names the right party: its name, whether it is a
   * Land, and how it takes part.
   */
  entries: { name: string; land: boolean; participation: Participation }[];
  laender: LandInvolvement[];
  /** Länder where organisations that are parties are located, without acting for the Land: a geographic fact, never an involvement. */
  located: LocatedIn[];
  /** A party is the Bund or a federal authority. */
  federal: boolean;
  topics: Topic[];
  solutions: AgreementSolutionView[];
  relations: RelationView[];
  /** The agreement's history: founding treaty, amendments and accessions, in time order (empty if none). */
  lineage: AgreementView[];
  /** Organisations this agreement founded. */
  founded: OrganisationRecord[];
  /** Owners whose ownership began with this agreement (e.g. a Land joining a provider). */
  ownershipsBegun: { org: OrganisationRecord; owner: Owner; actor: Actor }[];
}

/**
 * A body that re-uses a solution. `basis` says where the statement comes from:
 * `eintrag`, the solution's record names it (with the day it began, if known);
 * `vereinbarung`, it is a party of an agreement about re-using the solution, and
 * nothing more is recorded (in particular not when it began).
 */
export interface ReuserView {
  actor: Actor;
  since?: DateValue | undefined;
  until?: DateValue | undefined;
  agreement?: AgreementView | undefined;
  note?: string | undefined;
  sources?: string[] | undefined;
  basis: 'eintrag' | 'vereinbarung';
  reuser?: Reuser | undefined;
}

export interface Count<T> {
  item: T;
  count: number;
}

/** The name an organisation goes by on the site: its short name where it has one. */
export function organisationName(org: Organisation): string {
  return org.shortName ?? org.name;
}

/** Ministries and state chancelleries act for their Land: their Land is the party. */
export function actsForLand(org: Organisation): boolean {
  return org.kind === 'ministerium' || org.kind === 'staatskanzlei';
}

/** The page of a Land or organisation. */
export function actorUrl(actor: Actor): string {
  return actor.kind === 'land' ? urls.land(actor.id) : urls.organisation(actor.id);
}

function actorKey(kind: 'land' | 'org', id: string): string {
  return `${kind}:${id}`;
}

/**
 * Whether an owner held the organisation at a date; an unknown date counts only current
 * owners. An owner without `since` starts no earlier than the organisation (`start`, see
 * `organisationStart`): it was never an owner before the organisation existed.
 */
export function isOwnerAt(owner: Owner, date: DateValue | undefined, start?: DateValue): boolean {
  if (date === undefined || sortDay(date) === undefined) return owner.until === undefined;
  if (owner.until !== undefined && isCertainlyBeforeValue(owner.until, date)) return false;
  const since = owner.since ?? start;
  if (since !== undefined && isCertainlyBeforeValue(date, since)) return false;
  return true;
}

/**
 * When an organisation began: `founded`, else the day its founding agreement entered into
 * force, else that agreement's date. Undefined when no record says.
 */
function organisationStart(org: Organisation, agreements: Map<string, Agreement>): DateValue | undefined {
  if (org.founded !== undefined) return org.founded;
  const founding = org.foundedBy ? agreements.get(org.foundedBy) : undefined;
  return founding ? (inForceSince(founding)?.date ?? agreementDate(founding)) : undefined;
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
export function compareAgreementsNewestFirst(a: AgreementView, b: AgreementView): number {
  if (a.day && b.day) return b.day.localeCompare(a.day) || a.data.title.localeCompare(b.data.title, 'de');
  if (a.day) return -1;
  if (b.day) return 1;
  return a.data.title.localeCompare(b.data.title, 'de');
}

/** A step or event that happened: it has a date (a fact with only a planned date has not, or not yet). */
export function happened<F extends { date?: DateValue | undefined }>(fact: F): fact is F & { date: DateValue } {
  return fact.date !== undefined;
}

/**
 * The date that places an agreement in time: the common signing, else the first signature
 * or accession, else the day it took effect or entered into force, else its first event.
 * A date of unknown day gives way to a later kind that is dated (an agreement signed on an
 * unknown day but in force since 2010 belongs to 2010); only if none is dated does the
 * unknown one, with its reason, stand.
 */
function agreementDate(data: Agreement): DateValue | undefined {
  const signatures = data.parties.flatMap((party) =>
    party.steps
      .filter(happened)
      .filter((step) => step.type === 'unterzeichnung' || step.type === 'beitritt')
      .map((step) => step.date),
  );
  const groups: (DateValue | undefined)[][] = [
    [data.signed],
    signatures,
    [data.effective],
    data.events
      .filter(happened)
      .filter((event) => event.type === 'in-kraft')
      .map((event) => event.date),
    data.events.filter(happened).map((event) => event.date),
  ];
  for (const group of groups) {
    const dated = group.filter((date): date is DateValue => date !== undefined && sortDay(date) !== undefined).sort(compareDateValues)[0];
    if (dated !== undefined) return dated;
  }
  return groups.flat().find((date) => date !== undefined);
}

function participationOf(
  party: Pick<Party, 'steps'>,
  agreementDay: DateValue | undefined,
): Pick<PartyView, 'participation' | 'joined' | 'left'> {
  const done = party.steps.filter(happened);
  const stepOf = (types: ReadonlySet<string>) => done.find((step) => types.has(step.type));
  const left = stepOf(LEAVING_STEPS)?.date;
  const accession = done.find((step) => step.type === 'beitritt')?.date;
  const joiningStep = stepOf(JOINING_STEPS);
  // Announced to join, or due to join on a planned date, and not (yet) joined.
  const planned = party.steps.some(
    (step) => step.type === 'beitritt-geplant' || (JOINING_STEPS.has(step.type) && step.date === undefined && step.planned !== undefined),
  );
  if (left !== undefined) return { participation: 'ausgetreten', joined: accession ?? joiningStep?.date ?? agreementDay, left };
  if (accession !== undefined) return { participation: 'beigetreten', joined: accession };
  if (planned && !joiningStep) return { participation: 'geplant' };
  return { participation: 'partei', joined: joiningStep?.date ?? agreementDay };
}

/** Oldest first; undated agreements last, by title. */
export function compareOldestFirst(a: AgreementView, b: AgreementView): number {
  if (a.day && b.day) return a.day.localeCompare(b.day) || a.data.title.localeCompare(b.data.title, 'de');
  if (a.day) return -1;
  if (b.day) return 1;
  return a.data.title.localeCompare(b.data.title, 'de');
}

/** The members of a lineage, each after every member it amends, replaces, accedes to or follows; else oldest first. */
function lineageOrder(members: AgreementView[]): AgreementView[] {
  const inChain = new Set(members);
  const before = new Map(
    members.map((member) => [
      member,
      new Set(
        member.relations
          .filter((relation) => relation.outgoing && LINEAGE_RELATIONS.has(relation.kind) && inChain.has(relation.other))
          .map((relation) => relation.other),
      ),
    ]),
  );
  const ordered: AgreementView[] = [];
  const placed = new Set<AgreementView>();
  while (ordered.length < members.length) {
    const ready = members.filter((member) => !placed.has(member) && [...before.get(member)!].every((other) => placed.has(other)));
    // Relations are validated free of cycles; should one slip through, fall back to time order.
    const next = (ready.length > 0 ? ready : members.filter((member) => !placed.has(member))).sort(compareOldestFirst)[0]!;
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}

export function buildRegistry(input: RegistryInput) {
  const laender = [...input.laender].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const topics = [...input.topics].sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const organisations = [...input.organisations].sort((a, b) => organisationName(a).localeCompare(organisationName(b), 'de'));
  const solutions = [...input.solutions].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const landById = new Map(laender.map((land) => [land.id, land]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const orgById = new Map(organisations.map((org) => [org.id, org]));
  const solutionById = new Map(solutions.map((solution) => [solution.id, solution]));
  const recordById = new Map(input.agreements.map((record) => [record.id, record.data]));
  const startById = new Map(organisations.map((org) => [org.id, organisationStart(org, recordById)]));

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

  const involvementOf = (parties: PartyView[]): LandInvolvement[] => {
    const byLand = new Map<string, LandInvolvement>();
    const entry = (land: Land) => {
      let involvement = byLand.get(land.id);
      if (!involvement) byLand.set(land.id, (involvement = { land, direct: false, representedBy: [], via: [], planned: false }));
      return involvement;
    };
    for (const party of parties) {
      const planned = party.participation === 'geplant';
      const { actor } = party;
      if (actor.kind === 'land') {
        if (planned) entry(actor.land).planned = true;
        else entry(actor.land).direct = true;
        continue;
      }
      const { org } = actor;
      if (org.land && actsForLand(org)) {
        const involvement = entry(required(landById, org.land, 'Land'));
        if (planned) involvement.planned = true;
        else {
          involvement.direct = true;
          involvement.representedBy.push(org);
        }
        continue;
      }
      if (planned) continue;
      // Through a provider: only the Länder that owned it when this party joined. Where it
      // is located is no involvement (see locatedOf).
      const ids = new Set<string>();
      for (const owner of org.owners) if (owner.land && isOwnerAt(owner, party.joined, startById.get(org.id))) ids.add(owner.land);
      for (const id of ids) entry(required(landById, id, 'Land')).via.push(org);
    }
    return [...byLand.values()].sort((a, b) => a.land.name.localeCompare(b.land.name, 'de'));
  };

  const locatedOf = (parties: PartyView[]): LocatedIn[] => {
    const byLand = new Map<string, LocatedIn>();
    for (const { actor, participation } of parties) {
      if (actor.kind !== 'org' || !actor.org.land || actsForLand(actor.org) || participation === 'geplant') continue;
      const land = required(landById, actor.org.land, 'Land');
      const entry = byLand.get(land.id) ?? { land, orgs: [] };
      entry.orgs.push(actor.org);
      byLand.set(land.id, entry);
    }
    return [...byLand.values()].sort((a, b) => a.land.name.localeCompare(b.land.name, 'de'));
  };

  const agreements: AgreementView[] = input.agreements.map((record) => {
    const date = agreementDate(record.data);
    const day = date === undefined ? undefined : sortDay(date);
    const groups: PartyGroupView[] = [];
    const entries: AgreementView['entries'] = [];
    const parties: PartyView[] = record.data.parties.flatMap((party, entry): PartyView[] => {
      const participation = participationOf(party, date);
      if (!party.group) {
        const actor = actorOf(party);
        entries.push({ name: actor.name, land: actor.kind === 'land', participation: participation.participation });
        return [{ actor, entry, role: party.role, steps: party.steps, declarations: party.declarations, ...participation }];
      }
      entries.push({ name: party.group.name, land: false, participation: participation.participation });
      const { group } = party;
      groups.push({
        name: group.name,
        count: group.count,
        members: group.members.map(actorOf),
        role: party.role,
        steps: party.steps,
        sources: party.sources,
        ...participation,
      });
      // Named members take part as the group does; what the group did, they did as its members.
      return group.members.map((member) => ({
        actor: actorOf(member),
        entry,
        inGroup: group.name,
        steps: [],
        declarations: [],
        ...participation,
      }));
    });
    const signatures = record.data.parties
      .flatMap((party) =>
        party.steps
          .filter(happened)
          .filter((step) => step.type === 'unterzeichnung')
          .map((step) => step.date),
      )
      .sort(compareDateValues);
    const distinct = [...new Set(signatures.map((value) => JSON.stringify(value)))];
    return {
      id: record.id,
      record,
      data: record.data,
      date,
      signingSpan: distinct.length > 1 ? { first: signatures[0]!, last: signatures.at(-1)! } : undefined,
      day,
      year: day ? Number(day.slice(0, 4)) : undefined,
      parties,
      groups,
      entries,
      laender: involvementOf(parties),
      located: locatedOf(parties),
      federal: parties.some((party) => party.actor.kind === 'org' && FEDERAL_KINDS.has(party.actor.org.kind)),
      topics: record.data.topics.map((id) => required(topicById, id, 'topic')),
      solutions: record.data.solutions.map((entry) => ({
        solution: required(solutionById, entry.solution, 'solution'),
        use: entry.use,
        note: entry.note,
      })),
      relations: [],
      lineage: [],
      founded: [],
      ownershipsBegun: [],
    };
  });
  agreements.sort(compareAgreementsNewestFirst);
  const agreementById = new Map(agreements.map((agreement) => [agreement.id, agreement]));

  // Each relation is stored once, on one record; both records show it. A replacement is
  // stated as one only when the replacing agreement is in force; until then it is proposed.
  for (const agreement of agreements) {
    agreement.data.related.forEach((related) => {
      const other = required(agreementById, related.agreement, 'agreement');
      const proposed = related.relation === 'ersetzt' && !isInForceRecorded(agreement.data);
      agreement.relations.push({
        kind: related.relation,
        label: proposed ? 'Soll ersetzen' : relationKinds.labels[related.relation],
        other,
        note: related.note,
        outgoing: true,
        proposed,
      });
      other.relations.push({
        kind: related.relation,
        label: proposed ? 'Soll ersetzt werden durch' : inverseRelationLabels[related.relation],
        other: agreement,
        note: related.note,
        outgoing: false,
        proposed,
      });
    });
  }
  // Related agreements in one order everywhere: oldest first, undated last, then by title.
  for (const agreement of agreements) agreement.relations.sort((a, b) => compareOldestFirst(a.other, b.other));
  // Lineage: everything connected by amendments, replacements and accessions, in an order
  // that never puts an agreement before the one it amends, replaces or accedes to (an
  // undated accession comes after its founding treaty); otherwise oldest first.
  for (const agreement of agreements) {
    if (agreement.lineage.length > 0) continue;
    const chain = new Set<AgreementView>([agreement]);
    for (const member of chain) {
      for (const relation of member.relations) if (LINEAGE_RELATIONS.has(relation.kind)) chain.add(relation.other);
    }
    if (chain.size < 2) continue;
    const ordered = lineageOrder([...chain]);
    for (const member of ordered) member.lineage = ordered;
  }
  for (const org of organisations) {
    if (org.foundedBy) required(agreementById, org.foundedBy, 'agreement').founded.push(org);
    for (const owner of org.owners) {
      if (owner.agreement)
        required(agreementById, owner.agreement, 'agreement').ownershipsBegun.push({ org, owner, actor: actorOf(owner) });
    }
  }

  const agreementsByActor = new Map<string, AgreementView[]>();
  const agreementsByLand = new Map<string, { agreement: AgreementView; involvement: LandInvolvement }[]>();
  const agreementsByTopic = new Map<string, AgreementView[]>();
  const agreementsByYear = new Map<number, AgreementView[]>();
  const agreementsBySolution = new Map<string, { agreement: AgreementView; use: SolutionUse }[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const agreementsLocatedIn = new Map<string, { agreement: AgreementView; orgs: OrganisationRecord[] }[]>();
  for (const agreement of agreements) {
    for (const party of agreement.parties) push(agreementsByActor, party.actor.key, agreement);
    for (const { land, orgs } of agreement.located)
      if (!agreement.laender.some((involvement) => involvement.land.id === land.id))
        push(agreementsLocatedIn, land.id, { agreement, orgs });
    for (const involvement of agreement.laender) push(agreementsByLand, involvement.land.id, { agreement, involvement });
    for (const topic of agreement.topics) push(agreementsByTopic, topic.id, agreement);
    for (const entry of agreement.solutions) push(agreementsBySolution, entry.solution.id, { agreement, use: entry.use });
    if (agreement.year !== undefined) push(agreementsByYear, agreement.year, agreement);
  }

  const projectsByLead = new Map<string, { project: Agreement['projects'][number]; agreement: AgreementView }[]>();
  for (const agreement of agreements)
    for (const project of agreement.data.projects) if (project.lead) push(projectsByLead, project.lead, { project, agreement });
  const countByLand = (counts: (involvement: LandInvolvement) => boolean) =>
    new Map(
      laender.map((land) => [land.id, (agreementsByLand.get(land.id) ?? []).filter(({ involvement }) => counts(involvement)).length]),
    );
  const directCounts = countByLand((involvement) => involvement.direct);
  const indirectCounts = countByLand((involvement) => !involvement.direct && involvement.via.length > 0);

  const keyOf = (ref: { land?: string | undefined; org?: string | undefined }) =>
    actorKey(ref.land ? 'land' : 'org', ref.land ?? ref.org ?? '');
  const ownedBy = new Map<string, { org: OrganisationRecord; owner: Owner }[]>();
  const memberOf = new Map<string, { org: OrganisationRecord; member: Member }[]>();
  const transfersBy = new Map<string, { org: OrganisationRecord; transfer: ShareTransfer }[]>();
  for (const org of organisations) {
    for (const owner of org.owners) push(ownedBy, keyOf(owner), { org, owner });
    for (const member of org.members) push(memberOf, keyOf(member), { org, member });
    for (const transfer of org.shareTransfers) {
      for (const side of new Set([transfer.from, transfer.to].flatMap((ref) => (ref ? [keyOf(ref)] : []))))
        push(transfersBy, side, { org, transfer });
    }
  }
  const bySince = <T extends { since?: DateValue | undefined }>(a: T, b: T) =>
    a.since === undefined ? -1 : b.since === undefined ? 1 : compareDateValues(a.since, b.since);

  /** Partners in the agreements both take part in: a party that only plans to join has none there yet. */
  const partnersOf = (key: string, list: AgreementView[]): Count<Actor>[] =>
    countBy(
      list
        .filter((agreement) => agreement.parties.some((party) => party.actor.key === key && party.participation !== 'geplant'))
        .flatMap((agreement) =>
          agreement.parties
            .filter((party) => party.participation !== 'geplant')
            .map((party) => party.actor)
            .filter((actor) => actor.key !== key),
        ),
      (actor) => actor.key,
    ).sort(byCountThenName((actor) => actor.name));

  const involved = (involvement: LandInvolvement) => involvement.direct || involvement.via.length > 0;
  /** Co-Länder of a Land's agreements: `direct` counts agreements where both are direct parties, else the rest. */
  const partnerLaenderOf = (landId: string, direct: boolean): Count<Land>[] => {
    const partners = (agreementsByLand.get(landId) ?? [])
      .filter(({ involvement }) => involved(involvement))
      .flatMap(({ agreement, involvement }) =>
        agreement.laender
          .filter((other) => other.land.id !== landId && involved(other) && (involvement.direct && other.direct) === direct)
          .map((other) => other.land),
      );
    return countBy(partners, (land) => land.id).sort(byCountThenName((land) => land.name));
  };

  /**
   * Who re-uses a solution. First the re-users the solution's record names, each with the
   * day it began (and stopped) as its sources say; then the parties of re-use agreements
   * that no such entry names: for them only the agreement is known, not when they began,
   * so `since` stays empty rather than taking the agreement's date.
   */
  const reusersOf = (solution: SolutionRecord): ReuserView[] => {
    const developers = new Set(solution.developedBy.map((developer) => actorOf(developer).key));
    const stated: ReuserView[] = solution.reusers.map((reuser) => ({
      actor: actorOf(reuser),
      since: reuser.since,
      until: reuser.until,
      agreement: reuser.agreement ? agreementById.get(reuser.agreement) : undefined,
      note: reuser.note,
      sources: reuser.sources,
      basis: 'eintrag',
      reuser,
    }));
    const named = new Set(stated.map((entry) => entry.actor.key));
    const fromAgreements: ReuserView[] = [];
    for (const { agreement, use } of agreementsBySolution.get(solution.id) ?? []) {
      if (use !== 'nachnutzung') continue;
      for (const party of agreement.parties) {
        if (developers.has(party.actor.key) || named.has(party.actor.key) || party.participation === 'geplant') continue;
        named.add(party.actor.key);
        fromAgreements.push({ actor: party.actor, agreement, basis: 'vereinbarung' });
      }
    }
    return [...stated.sort(bySince), ...fromAgreements];
  };

  const firstYear = Math.min(
    ...agreements.flatMap((agreement) => (agreement.year === undefined ? [] : [agreement.year])),
    ...organisations.flatMap((org) =>
      org.owners.flatMap((owner) => {
        const day = owner.since === undefined ? undefined : sortDay(owner.since);
        return day ? [Number(day.slice(0, 4))] : [];
      }),
    ),
  );

  return {
    agreements,
    laender,
    topics,
    organisations,
    solutions,
    knownMissing: input.knownMissing ?? [],
    knownTotals: input.knownTotals ?? [],
    years: [...agreementsByYear.keys()].sort((a, b) => b - a),
    /** Year-ends for the "Stand am" pages: from the first dated fact to the last complete year. */
    stateYears: (currentYear: number) =>
      Number.isFinite(firstYear) ? Array.from({ length: currentYear - firstYear }, (_, index) => currentYear - 1 - index) : [],

    agreement: (id: string) => agreementById.get(id),
    land: (id: string) => landById.get(id),
    organisation: (id: string) => orgById.get(id),
    topic: (id: string) => topicById.get(id),
    solution: (id: string) => solutionById.get(id),

    /** Agreements a Land is involved in, with the path (directly, represented, through organisations, planned). */
    agreementsOfLand: (id: string) => agreementsByLand.get(id) ?? [],
    /** Organisations that belong to a Land or that it owns or owned. */
    organisationsOfLand: (id: string) => {
      const owned = new Set((ownedBy.get(actorKey('land', id)) ?? []).map(({ org }) => org.id));
      return organisations
        .filter((org) => org.land === id || owned.has(org.id))
        .map((org) => ({ org, owner: owned.has(org.id), seated: org.land === id }));
    },
    /** Länder that are direct parties together with this Land (both directly). */
    partnerLaenderOfLand: (id: string) => partnerLaenderOf(id, true),
    /** Länder involved together with this Land where at least one of the two is involved only through an organisation. */
    indirectPartnerLaenderOfLand: (id: string) => partnerLaenderOf(id, false),

    agreementsOfOrganisation: (id: string) => agreementsByActor.get(actorKey('org', id)) ?? [],
    /** Organisations that are party to at least one agreement, the most active first. */
    organisationsByAgreements: () =>
      organisations
        .map((org) => ({ item: org, count: agreementsByActor.get(actorKey('org', org.id))?.length ?? 0 }))
        .filter(({ count }) => count > 0)
        .sort(byCountThenName((org) => organisationName(org))),
    partnersOfOrganisation: (id: string) => partnersOf(actorKey('org', id), agreementsByActor.get(actorKey('org', id)) ?? []),
    /** What a Land or organisation owns or owned, with the ownership details. */
    ownedBy: (kind: 'land' | 'org', id: string) => ownedBy.get(actorKey(kind, id)) ?? [],
    /** An organisation's members over time, the earliest first, current and former, as far as the sources name them. */
    membersOf: (org: OrganisationRecord) =>
      org.members
        .map((member) => ({
          member,
          actor: actorOf(member),
          agreement: member.agreement ? agreementById.get(member.agreement) : undefined,
          current: member.until === undefined,
        }))
        .sort((a, b) => bySince(a.member, b.member)),
    /** Organisations a Land or organisation is or was a member of. */
    membershipsOf: (kind: 'land' | 'org', id: string) => memberOf.get(actorKey(kind, id)) ?? [],
    /** Purchases and sales of an organisation's shares, with the actors resolved. */
    shareTransfersOf: (org: OrganisationRecord) =>
      org.shareTransfers.map((transfer) => ({
        transfer,
        from: transfer.from ? actorOf(transfer.from) : undefined,
        to: transfer.to ? actorOf(transfer.to) : undefined,
        approvals: transfer.approvals.map((approval) => ({
          approval,
          actor: approval.land || approval.org ? actorOf(approval) : undefined,
        })),
      })),
    /** Transfers of shares in which a Land or organisation gave or got shares. */
    shareTransfersBy: (kind: 'land' | 'org', id: string) => transfersBy.get(actorKey(kind, id)) ?? [],
    /** An organisation's owners over time: the earliest first, current and former. */
    ownersOf: (org: OrganisationRecord) =>
      org.owners
        .map((owner) => ({
          owner,
          actor: actorOf(owner),
          agreement: owner.agreement ? agreementById.get(owner.agreement) : undefined,
          current: owner.until === undefined,
        }))
        .sort((a, b) =>
          a.owner.since === undefined ? -1 : b.owner.since === undefined ? 1 : compareDateValues(a.owner.since, b.owner.since),
        ),
    /** The agreement that founded an organisation. */
    foundingOf: (org: OrganisationRecord) => (org.foundedBy ? agreementById.get(org.foundedBy) : undefined),
    /** Projects an organisation leads, across all agreements. */
    projectsLedBy: (id: string) => projectsByLead.get(id) ?? [],
    actorOf,

    agreementsOfTopic: (id: string) => agreementsByTopic.get(id) ?? [],
    /** Länder involved in a topic's agreements: `direct` counts direct parties, `indirect` the rest. */
    laenderOfTopic: (id: string) => {
      const involvements = (agreementsByTopic.get(id) ?? []).flatMap((agreement) => agreement.laender);
      const direct = countBy(
        involvements.filter((involvement) => involvement.direct).map((involvement) => involvement.land),
        (land) => land.id,
      );
      const directIds = new Set(direct.map(({ item }) => item.id));
      const indirect = countBy(
        involvements
          .filter((involvement) => !involvement.direct && involvement.via.length > 0 && !directIds.has(involvement.land.id))
          .map((involvement) => involvement.land),
        (land) => land.id,
      );
      return { direct: direct.sort(byCountThenName((land) => land.name)), indirect: indirect.sort(byCountThenName((land) => land.name)) };
    },

    /** Solutions a Land or organisation developed. */
    solutionsDevelopedBy: (kind: 'land' | 'org', id: string) =>
      solutions.filter((solution) => solution.developedBy.some((developer) => (kind === 'land' ? developer.land : developer.org) === id)),
    agreementsOfSolution: (id: string) => agreementsBySolution.get(id) ?? [],
    /** Who re-uses a solution, since when, through which agreement (developers excluded). */
    reusersOf,

    agreementsOfYear: (year: number) => agreementsByYear.get(year) ?? [],
    /** Every year from the newest to the oldest agreement, gaps included, with its number of agreements. */
    yearCounts: () => {
      const years = [...agreementsByYear.keys()];
      if (years.length === 0) return [];
      const [first, last] = [Math.min(...years), Math.max(...years)];
      return Array.from({ length: last - first + 1 }, (_, index) => ({
        year: last - index,
        count: agreementsByYear.get(last - index)?.length ?? 0,
      }));
    },
    undatedAgreements: () => agreements.filter((agreement) => agreement.year === undefined),

    /** Number of agreements each Land is a direct party to. */
    directCountByLand: () => directCounts,
    /** Number of agreements each Land is involved in only through organisations. */
    indirectCountByLand: () => indirectCounts,

    /** When an organisation began (`founded`, else its founding agreement's entry into force or date); undefined if no record says. */
    organisationStart: (id: string) => startById.get(id),
    /** Agreements where organisations located in a Land are parties but the Land is involved neither directly nor through them. */
    agreementsLocatedInLand: (id: string) => agreementsLocatedIn.get(id) ?? [],
  };
}

export type Registry = ReturnType<typeof buildRegistry>;
