/**
 * Every dated fact of the records as a calendar entry: what happened or is planned to
 * happen to an agreement (signing, each party's steps, events, entry into force, the end
 * of a fixed term and the last day to give notice), to an organisation (founding,
 * dissolution, members joining, giving notice and leaving, owners, stakes, transfers of
 * shares, names) and to a solution (since when, who re-uses it from when to when).
 *
 * A date stays as precise as the record: a day is a day, a month or a year spans the
 * month or the year, a range spans the range. A date known only as a bound ("spätestens
 * November 2019") or not at all has no honest place in a calendar and is left out.
 *
 * Each entry has a UID made of the record and the fact's identity (record-fields.ts: the
 * party, the type of step, the member …), never of its date or its position in a list,
 * so that a corrected date changes the subscriber's entry instead of adding one.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../config.ts';
import { eventTypes, stepTypes } from '../schemas/agreement.ts';
import { dateBounds, formatDateValue, readDateValue, type DateValue } from '../schemas/dates.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { itemKeys, type RecordKind } from './record-fields.ts';
import {
  organisationName,
  type Actor,
  type AgreementView,
  type OrganisationRecord,
  type Registry,
  type SolutionRecord,
} from './registry-core.ts';
import { urls } from './urls.ts';

export interface DatedFact {
  /** Stable across builds and corrections of the date. */
  uid: string;
  kind: RecordKind;
  recordId: string;
  recordTitle: string;
  href: string;
  /** What the fact is, e.g. "Hamburg: Unterzeichnung" or "Inkrafttreten". */
  what: string;
  /** The date as recorded (or, for a notice deadline, as computed), and its first and last possible day. */
  date: DateValue;
  dateLabel: string;
  start: string;
  end: string;
  /** Only planned: the record gives no date on which it happened. */
  planned: boolean;
  /** How a date was computed rather than recorded. */
  computed?: string | undefined;
  about: { laender: string[]; organisations: string[]; topics: string[] };
}

/** Nouns for what happened to an agreement as a whole, for a calendar entry ("Inkrafttreten" rather than "In Kraft getreten"). */
const EVENT_NOUNS: Record<keyof typeof eventTypes.labels, string> = {
  angekuendigt: 'Ankündigung',
  genehmigung: 'Genehmigung durch die Aufsichtsbehörde',
  bekanntmachung: 'Amtliche Bekanntmachung',
  'in-kraft': 'Inkrafttreten',
  geaendert: 'Änderung',
  beendet: 'Ende',
};

const HOST = new URL(SITE.url).hostname;
const KIND_SEGMENTS: Record<RecordKind, string> = { agreement: 'vereinbarung', organisation: 'organisation', solution: 'loesung' };

/** A UID from the record and the fact's identity: readable where it starts, a hash where the identity could hold any text. */
export function factUid(kind: RecordKind, recordId: string, identity: string[]): string {
  const hash = createHash('sha256').update(identity.join('\u0000')).digest('hex').slice(0, 16);
  return `${KIND_SEGMENTS[kind]}-${recordId}-${hash}@${HOST}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day `months` months earlier; the last day of a month stays the last day of the month. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  const targetDay = date === daysInMonth(year, month) ? last : Math.min(date, last);
  return `${targetYear}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** A span of days as the simplest date value that says exactly it: a day, a month, or a range of days. */
function spanValue(start: string, end: string): DateValue {
  if (start === end) return start;
  const [year, month] = start.split('-').map(Number) as [number, number];
  if (start.endsWith('-01') && end === `${start.slice(0, 7)}-${pad(daysInMonth(year, month))}`) return start.slice(0, 7);
  return `${start}/${end}`;
}

/** The span a date may mean, if it has both ends. */
function span(date: DateValue | undefined): { start: string; end: string } | undefined {
  if (date === undefined) return undefined;
  const read = readDateValue(date);
  if (!read || (read.form !== 'exact' && read.form !== 'between')) return undefined;
  const { earliest, latest } = dateBounds(read);
  return earliest && latest ? { start: earliest, end: latest } : undefined;
}

interface About {
  laender: Iterable<string>;
  organisations: Iterable<string>;
  topics: Iterable<string>;
}

class FactCollector {
  readonly facts: DatedFact[] = [];
  /** Each record's sorted Länder, organisations and topics, computed once and shared by its facts. */
  readonly #about = new WeakMap<About, DatedFact['about']>();

  add(
    record: { kind: RecordKind; id: string; title: string; href: string; about: About },
    identity: string[],
    what: string,
    fact: { date?: DateValue | undefined; planned?: DateValue | undefined; computed?: { value: DateValue; how: string } | undefined },
  ) {
    const happened = fact.date !== undefined;
    const date = fact.computed?.value ?? fact.date ?? fact.planned;
    const days = span(date);
    if (!days || date === undefined) return;
    this.facts.push({
      uid: factUid(record.kind, record.id, identity),
      kind: record.kind,
      recordId: record.id,
      recordTitle: record.title,
      href: record.href,
      what,
      date,
      dateLabel: formatDateValue(date),
      ...days,
      planned: !happened && fact.planned !== undefined,
      computed: fact.computed?.how,
      about: this.#sorted(record.about),
    });
  }

  #sorted(about: About): DatedFact['about'] {
    let sorted = this.#about.get(about);
    if (!sorted) {
      const list = (ids: Iterable<string>) => [...new Set(ids)].sort();
      this.#about.set(
        about,
        (sorted = { laender: list(about.laender), organisations: list(about.organisations), topics: list(about.topics) }),
      );
    }
    return sorted;
  }
}

const actorIds = (actors: Actor[]) => ({
  laender: actors.flatMap((actor) => (actor.kind === 'land' ? [actor.id] : [])),
  organisations: actors.flatMap((actor) => (actor.kind === 'org' ? [actor.id] : [])),
});

function agreementFacts(collector: FactCollector, registry: Registry, agreement: AgreementView) {
  const { data } = agreement;
  const parties = actorIds(agreement.parties.map((party) => party.actor));
  const record = {
    kind: 'agreement' as const,
    id: agreement.id,
    title: data.title,
    href: urls.agreement(agreement.id),
    about: {
      laender: [...parties.laender, ...agreement.laender.map((involvement) => involvement.land.id)],
      organisations: parties.organisations,
      topics: data.topics,
    },
  };
  const planned = (what: string, fact: { date?: DateValue | undefined; planned?: DateValue | undefined }) =>
    fact.date === undefined && fact.planned !== undefined ? `${what} (geplant)` : what;

  collector.add(record, ['signed'], 'Unterzeichnung', { date: data.signed });
  collector.add(record, ['effective'], 'Wirksam ab', { date: data.effective });
  const eventKeys = itemKeys(['events'], data.events);
  data.events.forEach((event, index) =>
    collector.add(record, ['events', eventKeys[index]!], planned(EVENT_NOUNS[event.type], event), event),
  );
  const partyKeys = itemKeys(['parties'], data.parties);
  data.parties.forEach((party, index) => {
    const name = party.group?.name ?? registry.actorOf(party).name;
    const stepKeys = itemKeys(['parties', 'steps'], party.steps);
    party.steps.forEach((step, stepIndex) =>
      collector.add(
        record,
        ['parties', partyKeys[index]!, 'steps', stepKeys[stepIndex]!],
        planned(`${name}: ${stepTypes.labels[step.type]}`, step),
        step,
      ),
    );
  });
  if (data.term?.until !== undefined) {
    collector.add(record, ['term', 'until'], 'Ende der Laufzeit', { date: data.term.until });
    const months = data.term.noticeMonths;
    const until = span(data.term.until);
    if (months !== undefined && until) {
      const start = monthsBefore(until.start, months);
      const end = monthsBefore(until.end, months);
      collector.add(record, ['term', 'notice'], 'Letzter Tag der Kündigungsfrist', {
        date: data.term.until,
        computed: {
          value: spanValue(start, end),
          how: `Berechnet: ${months} ${months === 1 ? 'Monat' : 'Monate'} vor dem Ende der Laufzeit (${formatDateValue(data.term.until)}); die Frist laut Quelle: ${data.term.notice ?? ''}`,
        },
      });
    }
  }
}

function organisationFacts(collector: FactCollector, registry: Registry, org: OrganisationRecord) {
  const name = organisationName(org);
  const actorName = (ref: { land?: string | undefined; org?: string | undefined }) => registry.actorOf(ref).name;
  const related = [...org.owners, ...org.members];
  const record = {
    kind: 'organisation' as const,
    id: org.id,
    title: name,
    href: urls.organisation(org.id),
    about: {
      laender: [...(org.land ? [org.land] : []), ...related.flatMap((ref) => (ref.land ? [ref.land] : []))],
      organisations: [org.id, ...related.flatMap((ref) => (ref.org ? [ref.org] : []))],
      topics: [],
    },
  };
  collector.add(record, ['founded'], 'Gründung', { date: org.founded });
  collector.add(record, ['dissolved'], 'Auflösung', { date: org.dissolved });
  const memberKeys = itemKeys(['members'], org.members);
  org.members.forEach((member, index) => {
    const who = actorName(member);
    const identity = ['members', memberKeys[index]!];
    collector.add(record, [...identity, 'since'], `${who} wird Mitglied`, { date: member.since });
    collector.add(record, [...identity, 'notice'], `${who} kündigt die Mitgliedschaft`, { date: member.notice });
    collector.add(record, [...identity, 'until'], `Ende der Mitgliedschaft von ${who}`, { date: member.until });
  });
  const ownerKeys = itemKeys(['owners'], org.owners);
  org.owners.forEach((owner, index) => {
    const who = actorName(owner);
    const identity = ['owners', ownerKeys[index]!];
    collector.add(record, [...identity, 'since'], `${who} wird Träger`, { date: owner.since });
    collector.add(record, [...identity, 'until'], `Ende der Trägerschaft von ${who}`, { date: owner.until });
    const stakeKeys = itemKeys(['owners', 'stakes'], owner.stakes);
    owner.stakes.forEach((stake, stakeIndex) => {
      const share = [
        stake.percent === undefined ? undefined : `${stake.percent.toLocaleString('de-DE')} %`,
        stake.nominal ? `${stake.nominal.amount.toLocaleString('de-DE')} ${stake.nominal.currency}` : undefined,
      ].filter(Boolean);
      collector.add(record, [...identity, 'stakes', stakeKeys[stakeIndex]!], `Anteil von ${who}: ${share.join(', ')} (Stand)`, {
        date: stake.asOf,
      });
    });
  });
  const transferKeys = itemKeys(['shareTransfers'], org.shareTransfers);
  org.shareTransfers.forEach((transfer, index) => {
    const sides = [transfer.from && `von ${actorName(transfer.from)}`, transfer.to && `an ${actorName(transfer.to)}`]
      .filter(Boolean)
      .join(' ');
    const identity = ['shareTransfers', transferKeys[index]!];
    collector.add(record, identity, `Übertragung von Anteilen ${sides}`, { date: transfer.date });
    const approvalKeys = itemKeys(['shareTransfers', 'approvals'], transfer.approvals);
    transfer.approvals.forEach((approval, approvalIndex) =>
      collector.add(
        record,
        [...identity, 'approvals', approvalKeys[approvalIndex]!],
        `Zustimmung zur Übertragung von Anteilen (${approval.authority})`,
        {
          date: approval.date,
        },
      ),
    );
  });
  const countKeys = itemKeys(['memberCounts'], org.memberCounts);
  org.memberCounts.forEach((entry, index) =>
    collector.add(
      record,
      ['memberCounts', countKeys[index]!],
      `${entry.count.toLocaleString('de-DE')} ${entry.label ?? 'Mitglieder'} (Stand)`,
      {
        date: entry.asOf,
      },
    ),
  );
  const nameKeys = itemKeys(['formerNames'], org.formerNames);
  org.formerNames.forEach((former: Organisation['formerNames'][number], index) => {
    collector.add(record, ['formerNames', nameKeys[index]!, 'since'], `Name „${former.name}“ eingeführt`, { date: former.since });
    collector.add(record, ['formerNames', nameKeys[index]!, 'until'], `Name „${former.name}“ abgelöst`, { date: former.until });
  });
}

function solutionFacts(collector: FactCollector, registry: Registry, solution: SolutionRecord) {
  const actors = [...solution.developedBy, ...solution.reusers].map((ref) => registry.actorOf(ref));
  const record = {
    kind: 'solution' as const,
    id: solution.id,
    title: solution.name,
    href: urls.solution(solution.id),
    about: { ...actorIds(actors), topics: solution.topics },
  };
  collector.add(record, ['since'], 'Erstmals im Einsatz oder veröffentlicht', { date: solution.since });
  const keys = itemKeys(['reusers'], solution.reusers);
  solution.reusers.forEach((reuser, index) => {
    const who = registry.actorOf(reuser).name;
    collector.add(record, ['reusers', keys[index]!, 'since'], `${who} nutzt die Lösung nach`, { date: reuser.since });
    collector.add(record, ['reusers', keys[index]!, 'until'], `${who} nutzt die Lösung nicht mehr nach`, { date: reuser.until });
  });
}

/**
 * How far back the calendars reach: facts whose last possible day lies more than this many
 * months before the day of the build stay on the record pages and in the data, not in the
 * subscribed calendars (which would otherwise hold decades of history for every reader).
 */
export const CALENDAR_PAST_MONTHS = 12;

/** The facts a calendar holds on `today`: all that end at most CALENDAR_PAST_MONTHS before it, or later. */
export function calendarFacts(facts: DatedFact[], today: string): DatedFact[] {
  const since = monthsBefore(today, CALENDAR_PAST_MONTHS);
  return facts.filter((fact) => fact.end >= since);
}

/** Every dated fact of every record, in time order (by first possible day). */
export function datedFacts(registry: Registry): DatedFact[] {
  const collector = new FactCollector();
  for (const agreement of registry.agreements) agreementFacts(collector, registry, agreement);
  for (const org of registry.organisations) organisationFacts(collector, registry, org);
  for (const solution of registry.solutions) solutionFacts(collector, registry, solution);
  return collector.facts.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.uid.localeCompare(b.uid));
}
