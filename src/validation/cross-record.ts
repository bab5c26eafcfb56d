/**
 * Records that are valid on their own but contradict each other in time:
 *
 * - an organisation signs, or takes a step in, an agreement before it existed;
 * - an accession (relation `tritt-bei`, or a party's step `beitritt`) is dated before the
 *   treaty it joins was signed;
 * - an agreement replaces, changes or follows on (`ersetzt`, `aendert`, `folgt-auf`) one
 *   that was signed after it;
 * - an owner's period starts before the organisation existed, or before the owner did,
 *   or two periods of the same owner overlap.
 *
 * An organisation exists from its `founded` date, else from its founding agreement
 * (`foundedBy`): that agreement's `effective` date, else its first signature. A date
 * contradicts another only if it lies certainly before it (src/schemas/dates.ts), so
 * dates too imprecise to tell ("2013", "../2019-11", unknown) never give an error.
 * Each contradiction is reported in the record that states the later fact, the one that
 * refers to the other, naming the other and both dates.
 *
 * Runs on every record in every validation; for agreements it needs only their dates
 * (AgreementTimeline), which the validation cache keeps, so a warm cache skips nothing.
 */
import type { Agreement } from '../schemas/agreement.ts';
import { dateBounds, formatDateValue, isCertainlyBeforeValue, readDateValue, type DateValue } from '../schemas/dates.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { rawList, rawString } from './agreement-file.ts';
import type { Collector } from './collector.ts';
import type { YamlSource } from './source-file.ts';

type Path = (string | number)[];

/** The dates of an agreement that other records can contradict; kept in the validation cache. */
export interface AgreementTimeline {
  signed?: DateValue;
  effective?: DateValue;
  /** `planned`: the party is only to join (all its steps are announcements or plans), so it signed nothing yet. */
  parties: { org?: string; planned?: true; steps: { type: string; date?: DateValue }[] }[];
  signatories: { org?: string }[];
}

/** The timeline of a valid agreement. */
export function agreementTimeline(data: Agreement): AgreementTimeline {
  // Built field by field: it runs for every agreement checked, thousands at a time.
  const timeline: AgreementTimeline = { parties: [], signatories: [] };
  if (data.signed !== undefined) timeline.signed = data.signed;
  if (data.effective !== undefined) timeline.effective = data.effective;
  for (const party of data.parties) {
    const steps: AgreementTimeline['parties'][number]['steps'] = [];
    // A step only planned, or the announcement of a later accession, is no act of the party yet.
    for (const step of party.steps)
      if (step.type !== 'beitritt-geplant')
        steps.push(step.date === undefined ? { type: step.type } : { type: step.type, date: step.date });
    const planned = party.steps.length > 0 && party.steps.every((step) => step.type === 'beitritt-geplant' || step.date === undefined);
    timeline.parties.push({
      ...(party.org === undefined ? {} : { org: party.org }),
      ...(planned ? { planned: true as const } : {}),
      steps,
    });
  }
  for (const person of data.signatories) timeline.signatories.push(person.org === undefined ? {} : { org: person.org });
  return timeline;
}

const isDate = (value: DateValue | undefined): value is DateValue => value !== undefined && readDateValue(value) !== null;

/** How a date reads in a message: "27. August 2003", "spätestens November 2019". */
const when = (value: DateValue) => formatDateValue(value);

/**
 * The first signing of an agreement as two dates: `earliest`, the value with the earliest
 * possible day (the agreement existed at the earliest then), and `latest`, the value with
 * the earliest last possible day (it existed at the latest then). Undefined if no signing
 * is dated at all; `earliest` is missing if some signing has no lower bound.
 */
function firstSigning(timeline: AgreementTimeline): { earliest?: DateValue; latest?: DateValue } | undefined {
  const candidates = [
    timeline.signed,
    ...timeline.parties.flatMap((party) => party.steps.filter((step) => step.type === 'unterzeichnung').map((step) => step.date)),
  ].filter(isDate);
  if (candidates.length === 0) return undefined;
  const by = (bound: 'earliest' | 'latest') => {
    let best: { value: DateValue; day: string } | undefined;
    for (const value of candidates) {
      const day = dateBounds(value)[bound];
      if (day === undefined) {
        if (bound === 'earliest') return undefined;
        continue;
      }
      if (!best || day < best.day) best = { value, day };
    }
    return best?.value;
  };
  const earliest = by('earliest');
  const latest = by('latest');
  return { ...(earliest === undefined ? {} : { earliest }), ...(latest === undefined ? {} : { latest }) };
}

/** When an organisation began to exist, and how that is known, in German. */
export interface OrganisationStart {
  date: DateValue;
  /** E.g. "gegründet am 1. Juli 2021" or "gegründet durch „x“, wirksam ab 1. Januar 2004". */
  reason: string;
}

/** The organisation's start: `founded`, else its founding agreement's `effective` date, else that agreement's first signature. */
export function organisationStart(
  organisation: Organisation,
  timelines: ReadonlyMap<string, AgreementTimeline>,
): OrganisationStart | undefined {
  if (isDate(organisation.founded)) return { date: organisation.founded, reason: `gegründet ${phrase(organisation.founded)}` };
  const founding = organisation.foundedBy === undefined ? undefined : timelines.get(organisation.foundedBy);
  if (!founding) return undefined;
  if (isDate(founding.effective)) {
    return { date: founding.effective, reason: `gegründet durch „${organisation.foundedBy}“, wirksam ${phrase(founding.effective)}` };
  }
  const signing = firstSigning(founding)?.earliest;
  return signing === undefined
    ? undefined
    : { date: signing, reason: `gegründet durch „${organisation.foundedBy}“, unterzeichnet ${phrase(signing)}` };
}

/** "am 1. Juli 2021", "im November 2019", "2013", "spätestens …" as the date reads after a verb. */
function phrase(value: DateValue): string {
  return phraseOf(when(value));
}

function phraseOf(text: string): string {
  const bound = /^(spätestens|frühestens) (.*)$/.exec(text);
  if (bound) return `${bound[1]} ${phraseOf(bound[2]!)}`;
  if (/^\d{1,2}\. /.test(text)) return `am ${text}`;
  if (/^[A-ZÄÖÜ][a-zäöü]+ \d{4}$/.test(text)) return `im ${text}`;
  if (/^\d\. Quartal/.test(text)) return `im ${text}`;
  return text;
}

/** One period of a list (owners now, memberships later), at its place in the record. */
export interface Period {
  since?: DateValue;
  until?: DateValue;
  /** Path of the period in the record, e.g. `['owners', 1]`. */
  path: Path;
  /** Who or what the period belongs to (an owner, a body joined): periods of the same holder must not overlap. */
  holder?: string;
}

/** How a kind of period is named in messages. */
export interface PeriodWords {
  /** Nominative with article: "Die Trägerschaft". */
  period: string;
  /** The holder as a reader knows it, after the period: "von „hamburg“". */
  holder: (holder: string) => string;
  /** Genitive: "desselben Trägers". */
  sameHolder: string;
}

export const OWNER_PERIOD: PeriodWords = {
  period: 'Die Trägerschaft',
  holder: (holder) => `von „${holder.replace(/^(land|org):/, '')}“`,
  sameHolder: 'desselben Trägers',
};

export const MEMBER_PERIOD: PeriodWords = {
  period: 'Die Mitgliedschaft',
  holder: (holder) => `von „${holder.replace(/^(land|org):/, '')}“`,
  sameHolder: 'desselben Mitglieds',
};

export interface PathProblem {
  path: Path;
  message: string;
}

/** A period certainly lasts over a day both cover: each certainly starts before the other ends. */
function certainlyOverlap(a: Period, b: Period): boolean {
  const startsBeforeEnd = (start: DateValue | undefined, end: DateValue | undefined) => {
    if (start !== undefined && !isDate(start)) return false;
    if (end !== undefined && !isDate(end)) return false;
    // An open start or end reaches as far as it can; a dated one only as far as it certainly does.
    if (start === undefined || end === undefined) {
      if (start !== undefined && dateBounds(start).latest === undefined) return false;
      if (end !== undefined && dateBounds(end).earliest === undefined) return false;
      return true;
    }
    return isCertainlyBeforeValue(start, end);
  };
  return startsBeforeEnd(a.since, b.until) && startsBeforeEnd(b.since, a.until);
}

function span(period: Period): string {
  const from = period.since === undefined ? 'ohne Beginn' : `ab ${when(period.since)}`;
  const to = period.until === undefined ? 'ohne Ende' : `bis ${when(period.until)}`;
  return `${from}, ${to}`;
}

/**
 * The problems of one list of periods of an organisation: a period that starts before the
 * organisation existed, and two periods of the same holder that overlap (reported at the
 * later one in the list, naming the earlier). Reusable for any list of periods.
 */
export function periodProblems(periods: Period[], start: OrganisationStart | undefined, words: PeriodWords = OWNER_PERIOD): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const period of periods) {
    if (start && isDate(period.since) && isCertainlyBeforeValue(period.since, start.date)) {
      problems.push({
        path: [...period.path, 'since'],
        message: `${words.period}${period.holder ? ` ${words.holder(period.holder)}` : ''} beginnt ${phrase(period.since)}, bevor es die Organisation gab (${start.reason}): Beginn oder Gründung prüfen`,
      });
    }
  }
  periods.forEach((period, index) => {
    if (period.holder === undefined) return;
    const earlier = periods.slice(0, index).find((other) => other.holder === period.holder && certainlyOverlap(other, period));
    if (!earlier) return;
    const at = earlier.path.at(-1);
    problems.push({
      path: period.since === undefined ? period.path : [...period.path, 'since'],
      message: `${words.period} ${words.holder(period.holder)} (${span(period)}) überschneidet sich mit der${typeof at === 'number' ? ` ${at + 1}.` : ''} Angabe ${words.sameHolder} (${span(earlier)}): Zeiträume derselben Stelle dürfen sich nicht überschneiden; war es eine Unterbrechung, bitte „until“ beim früheren Zeitraum angeben, sonst die Angaben zusammenführen`,
    });
  });
  return problems;
}

interface AgreementEntry {
  id: string;
  source: YamlSource;
  timeline?: AgreementTimeline | undefined;
  related?: unknown;
}

interface OrganisationEntry {
  id: string;
  source: YamlSource;
  data?: Organisation | undefined;
}

/** The relations of an agreement's history, which point from the newer to the older one: what it says, and the rule. */
const HISTORY_RELATIONS: Record<string, { says: (other: string) => string; rule: string }> = {
  ersetzt: { says: (other) => `ersetzt „${other}“`, rule: 'Ersetzt werden kann nur eine ältere Vereinbarung' },
  aendert: { says: (other) => `ändert „${other}“`, rule: 'Geändert werden kann nur eine ältere Vereinbarung' },
  'folgt-auf': { says: (other) => `folgt auf „${other}“`, rule: 'Folgen kann eine Vereinbarung nur auf eine ältere' },
  'tritt-bei': { says: (other) => `tritt „${other}“ bei`, rule: 'Beitreten kann man nur einer älteren Vereinbarung' },
};

/** Checks every agreement and organisation against the records they refer to. */
export function checkCrossRecord(agreements: AgreementEntry[], organisations: OrganisationEntry[], collector: Collector) {
  const timelines = new Map<string, AgreementTimeline>();
  for (const agreement of agreements) if (agreement.timeline) timelines.set(agreement.id, agreement.timeline);
  const starts = new Map<string, OrganisationStart>();
  for (const organisation of organisations) {
    const start = organisation.data && organisationStart(organisation.data, timelines);
    if (start) starts.set(organisation.id, start);
  }
  const foundedBy = new Map(
    organisations.flatMap((organisation) =>
      organisation.data?.foundedBy ? [[organisation.id, organisation.data.foundedBy] as const] : [],
    ),
  );

  // Owners: their periods against the organisation's start and each other.
  for (const organisation of organisations) {
    if (!organisation.data) continue;
    const periods: Period[] = organisation.data.owners.map((owner, index) => ({
      ...(owner.since === undefined ? {} : { since: owner.since }),
      ...(owner.until === undefined ? {} : { until: owner.until }),
      path: ['owners', index],
      holder: owner.land !== undefined ? `land:${owner.land}` : `org:${owner.org ?? ''}`,
    }));
    for (const problem of periodProblems(periods, starts.get(organisation.id)))
      collector.at(organisation.source, problem.path, `${problem.message}.`);
    // Members likewise: no membership before the body joined existed, none twice at once.
    const memberships: Period[] = organisation.data.members.map((member, index) => ({
      ...(member.since === undefined ? {} : { since: member.since }),
      ...(member.until === undefined ? {} : { until: member.until }),
      path: ['members', index],
      holder: member.land !== undefined ? `land:${member.land}` : `org:${member.org ?? ''}`,
    }));
    for (const problem of periodProblems(memberships, starts.get(organisation.id), MEMBER_PERIOD))
      collector.at(organisation.source, problem.path, `${problem.message}.`);
    organisation.data.members.forEach((member, index) => {
      const start = member.org === undefined ? undefined : starts.get(member.org);
      if (!start || !isDate(member.since) || !isCertainlyBeforeValue(member.since, start.date)) return;
      collector.at(
        organisation.source,
        ['members', index, 'since'],
        `Die Mitgliedschaft von „${member.org}“ beginnt ${phrase(member.since)}, bevor es „${member.org}“ gab (${start.reason}): Beginn oder Gründung prüfen.`,
      );
    });
    // An owner that is an organisation cannot own anything before it existed itself.
    organisation.data.owners.forEach((owner, index) => {
      const start = owner.org === undefined ? undefined : starts.get(owner.org);
      if (!start || !isDate(owner.since) || !isCertainlyBeforeValue(owner.since, start.date)) return;
      collector.at(
        organisation.source,
        ['owners', index, 'since'],
        `Die Trägerschaft von „${owner.org}“ beginnt ${phrase(owner.since)}, bevor es „${owner.org}“ gab (${start.reason}): Beginn oder Gründung prüfen.`,
      );
    });
  }

  // The first signing of each agreement, worked out when first needed (most agreements have no relation).
  const signings = new Map<string, ReturnType<typeof firstSigning>>();
  const signingOf = (id: string, timeline: AgreementTimeline) => {
    if (!signings.has(id)) signings.set(id, firstSigning(timeline));
    return signings.get(id);
  };

  for (const agreement of agreements) {
    const timeline = agreement.timeline;
    if (!timeline) continue;
    const report = (path: Path, message: string) => collector.at(agreement.source, path, message);

    // Parties and signatories that did not exist yet. The founding agreement may be signed by the body it founds.
    const existed = (org: string | undefined, date: DateValue | undefined, path: Path, what: string) => {
      const start = org === undefined ? undefined : starts.get(org);
      if (!start || !isDate(date) || foundedBy.get(org!) === agreement.id || !isCertainlyBeforeValue(date, start.date)) return;
      report(
        path,
        `${what} ${phrase(date)}, aber die Organisation „${org}“ gab es da noch nicht (${start.reason}). Datum, Partei oder Gründung prüfen.`,
      );
    };
    if (starts.size > 0) {
      timeline.parties.forEach((party, index) => {
        if (party.org === undefined || !starts.has(party.org)) return;
        // A party that is only to join (a body still being founded, say) did not sign.
        if (!party.planned) existed(party.org, timeline.signed, ['parties', index, 'org'], 'Die Vereinbarung wurde unterzeichnet');
        party.steps.forEach((step, stepIndex) =>
          existed(party.org, step.date, ['parties', index, 'steps', stepIndex, 'date'], `Dieser Schritt ist datiert`),
        );
      });
      timeline.signatories.forEach((person, index) =>
        existed(person.org, timeline.signed, ['signatories', index, 'org'], 'Unterzeichnet wurde'),
      );
    }

    // Relations that point back in time: an agreement joins, replaces, changes or follows on only an older one.
    const joined: { id: string; signing: DateValue }[] = [];
    rawList({ related: agreement.related }, 'related').forEach((related, index) => {
      const other = rawString(related, 'agreement');
      const relation = rawString(related, 'relation') ?? '';
      const history = HISTORY_RELATIONS[relation];
      const otherTimeline = other === undefined ? undefined : timelines.get(other);
      if (!other || other === agreement.id || !history || !otherTimeline) return;
      const theirs = signingOf(other, otherTimeline)?.earliest;
      if (!theirs) return;
      if (relation === 'tritt-bei') joined.push({ id: other, signing: theirs });
      const mine = signingOf(agreement.id, timeline)?.latest;
      if (mine && isCertainlyBeforeValue(mine, theirs)) {
        report(
          ['related', index, 'agreement'],
          `Diese Vereinbarung ${history.says(other)}, wurde aber ${phrase(mine)} unterzeichnet, vor „${other}“ (${phrase(theirs)}). ${history.rule}: Datum prüfen, oder gehört die Beziehung in „${other}“? Die Gegenrichtung zeigt die Website von selbst.`,
        );
      }
    });

    // Accessions dated before the treaty joined: this one, and any it joins.
    timeline.parties.forEach((party, index) =>
      party.steps.forEach((step, stepIndex) => {
        const date = step.date;
        if (step.type !== 'beitritt' || !isDate(date)) return;
        const path = ['parties', index, 'steps', stepIndex, 'date'];
        const own = signingOf(agreement.id, timeline)?.earliest;
        if (own && isCertainlyBeforeValue(date, own)) {
          report(
            path,
            `Der Beitritt ${phrase(date)} liegt vor der ersten Unterzeichnung dieser Vereinbarung (${phrase(own)}); beitreten kann man nur einer bestehenden. Datum prüfen.`,
          );
          return;
        }
        const treaty = joined.find((other) => isCertainlyBeforeValue(date, other.signing));
        if (treaty) {
          report(
            path,
            `Der Beitritt ${phrase(date)} liegt vor der Unterzeichnung von „${treaty.id}“ (${phrase(treaty.signing)}), dem diese Vereinbarung beitritt. Datum prüfen.`,
          );
        }
      }),
    );
  }
}
