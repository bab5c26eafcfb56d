/**
 * The facts of one agreement that its statements rest on, found once: signatures,
 * accessions, entry into force, end; and the answer to a reader's first question, "is it
 * in force?". Each fact is named by its field path in the record, so that every statement
 * built from it carries its basis (src/lib/statements.ts).
 *
 * Rules (also in README and on /methodik/):
 * - signed: only the field `signed` or a step `unterzeichnung` — an accession (`beitritt`)
 *   is no signature, even where it dates the agreement;
 * - in force: an event `in-kraft`, `effective`, a step `inkrafttreten`, or the status
 *   `in-kraft`/`beendet`; nothing else (a signature alone says nothing about force);
 * - ended: an event `beendet`.
 * Only facts that happened count: a step or event with only a `planned` date is a plan.
 */
import { eventTypes, stepTypes, type Agreement } from '../schemas/agreement.ts';
import { compareDateValues, formatDateValue, formatPartialDate, readDateValue, type DateValue } from '../schemas/dates.ts';
import { asSentence, dateInSentence, joinGerman, spanPhrase, unknownReason } from './date-phrases.ts';
import { agreementRef, statement, type Basis, type Statement } from './statements.ts';

export interface AgreementFact {
  field: string;
  date?: DateValue | undefined;
  /** Ids of the sources the record cites for this fact. */
  sources: string[];
  /** The party the fact belongs to (index into `parties`), for steps. */
  party?: number | undefined;
  note?: string | undefined;
}

/** Signatures: the common date, else every step `unterzeichnung`. */
export function signatureFacts(data: Agreement): AgreementFact[] {
  if (data.signed !== undefined) return [{ field: 'signed', date: data.signed, sources: data.dateSources ?? [] }];
  return stepFacts(data, 'unterzeichnung');
}

/** Accessions: every step `beitritt`. */
export function accessionFacts(data: Agreement): AgreementFact[] {
  return stepFacts(data, 'beitritt');
}

/** Approvals by parliament (Zustimmungsgesetz): every step `zustimmung`. */
export function approvalFacts(data: Agreement): AgreementFact[] {
  return stepFacts(data, 'zustimmung');
}

function stepFacts(data: Agreement, type: string): AgreementFact[] {
  return data.parties.flatMap((party, partyIndex) =>
    party.steps.flatMap((step, stepIndex) =>
      step.type === type && step.date !== undefined
        ? [
            {
              field: `parties[${partyIndex}].steps[${stepIndex}]`,
              date: step.date,
              sources: step.sources ?? [],
              party: partyIndex,
              note: step.note,
            },
          ]
        : [],
    ),
  );
}

const byDate = (a: AgreementFact, b: AgreementFact) =>
  a.date === undefined ? 1 : b.date === undefined ? -1 : compareDateValues(a.date, b.date);

/**
 * Every fact that says the agreement is (or was) in force, the strongest first: the event
 * `in-kraft`, `effective`, the parties' steps `inkrafttreten` (earliest first), the status.
 */
export function inForceFacts(data: Agreement): (AgreementFact & { kind: 'event' | 'effective' | 'step' | 'status' })[] {
  const events = data.events.flatMap((event, index) =>
    event.type === 'in-kraft' && event.date !== undefined
      ? [{ kind: 'event' as const, field: `events[${index}]`, date: event.date, sources: event.sources ?? [], note: event.note }]
      : [],
  );
  const effective =
    data.effective === undefined
      ? []
      : [{ kind: 'effective' as const, field: 'effective', date: data.effective, sources: data.dateSources ?? [] }];
  const steps = stepFacts(data, 'inkrafttreten')
    .sort(byDate)
    .map((fact) => ({ ...fact, kind: 'step' as const }));
  const status =
    data.status === 'in-kraft' || data.status === 'beendet' ? [{ kind: 'status' as const, field: 'status', sources: [] as string[] }] : [];
  return [...events, ...effective, ...steps, ...status];
}

/** The end: the event `beendet`. */
export function endFact(data: Agreement): AgreementFact | undefined {
  const index = data.events.findIndex((event) => event.type === 'beendet' && event.date !== undefined);
  if (index < 0) return undefined;
  const event = data.events[index]!;
  return { field: `events[${index}]`, date: event.date, sources: event.sources ?? [], note: event.note };
}

/** The day from which an agreement is in force by a dated fact (event, `effective` or the earliest step), if any. */
export function inForceSince(data: Agreement): AgreementFact | undefined {
  return inForceFacts(data).find((fact) => fact.kind !== 'status');
}

/** Whether a recorded fact says the agreement is or was in force. */
export function isInForceRecorded(data: Agreement): boolean {
  return inForceFacts(data).length > 0;
}

/** What else a record may hold when its state is unknown, in words for "Erfasst ist nur: …". */
const RECORDED_WORDS: Record<string, string> = {
  angekuendigt: 'eine Ankündigung',
  kabinettsbeschluss: 'Kabinettsbeschlüsse',
  'beitritt-geplant': 'geplante Beitritte',
  zustimmung: 'Zustimmungsgesetze',
  beitritt: 'Beitritte',
  geaendert: 'Änderungen',
};

export type InForceState = 'in-kraft' | 'noch-nicht' | 'beendet' | 'unbekannt';

export const inForceStateLabels: Record<InForceState, string> = {
  'in-kraft': 'In Kraft',
  'noch-nicht': 'Nicht als in Kraft belegt',
  beendet: 'Beendet',
  unbekannt: 'Stand unbekannt',
};

/** The answer to "is it in force?", short and in full, with its basis. */
export interface InForceAnswer {
  state: InForceState;
  /** Short, for badges, table cells and search results: "In Kraft seit 1. April 2010". */
  label: string;
  /** The statement with its basis; its text is the label as a sentence. */
  statement: Statement;
  /** Further sentences: since when, what is still missing, why it ended or why it is unknown. */
  details: string[];
  /** Sources of the facts the answer rests on. */
  sources: string[];
}

/** "seit 1. April 2010", "spätestens seit 1. Dezember 2024", "seit einem Tag zwischen …"; undefined if unknown. */
export function sincePhrase(value: DateValue): string | undefined {
  const date = readDateValue(value);
  if (!date || date.form === 'unknown') return undefined;
  switch (date.form) {
    case 'exact':
      return date.date.precision === 'quarter' ? `seit dem ${formatPartialDate(date.date)}` : `seit ${formatPartialDate(date.date)}`;
    case 'before':
      return `spätestens seit ${formatPartialDate(date.date)}`;
    case 'after':
      return `frühestens seit ${formatPartialDate(date.date)}`;
    case 'between':
      return `seit einem Tag ${spanPhrase(date.from, date.to)}`;
  }
}

const sourcesOf = (facts: AgreementFact[]) => [...new Set(facts.flatMap((fact) => fact.sources))];

/** The parties' names by index, and which of them only plan to join (they are not counted). */
export interface PartyNames {
  names: string[];
  planned: boolean[];
}

/**
 * "Is it in force?" for an agreement: in force (since …), not shown to be in force (signed
 * or announced; with how many parties approved and who is still missing), ended (when,
 * why), or unknown (why). The status badge, table rows and search results all show this
 * one answer, so none of them can contradict the page's dates.
 */
export function inForceAnswer(id: string, data: Agreement, parties: PartyNames): InForceAnswer {
  const ref = agreementRef(id);
  const basisOf = (facts: { field: string }[]): Basis[] => facts.map((fact) => ({ record: ref, field: fact.field }));
  const inForce = inForceFacts(data);
  const dated = inForce.find((fact) => fact.kind !== 'status');
  const end = endFact(data);

  if (end) {
    const when = end.date === undefined || unknownReason(end.date) !== undefined ? undefined : dateInSentence(end.date);
    const label = when ? `Beendet ${when}` : 'Beendet';
    const details = [
      end.note ? asSentence(`Grund: ${end.note}`) : 'Einen Grund nennt der Eintrag nicht.',
      ...(when ? [] : [asSentence(`Wann, ist nicht bekannt${end.date ? `: ${unknownReason(end.date)}` : ''}`)]),
    ];
    const since = dated?.date === undefined ? undefined : sincePhrase(dated.date);
    if (since) details.unshift(`Vorher in Kraft ${since}.`);
    return {
      state: 'beendet',
      label,
      statement: statement('ended', `${label}.`, basisOf([end, ...(since && dated ? [dated] : [])])),
      details,
      sources: sourcesOf([end, ...(dated ? [dated] : [])]),
    };
  }

  if (inForce.length > 0) {
    const details: string[] = [];
    let label = 'In Kraft';
    let facts: AgreementFact[] = inForce.slice(0, 1);
    if (dated?.kind === 'step') {
      const steps = inForce.filter((fact) => fact.kind === 'step');
      facts = steps;
      details.push(
        asSentence(
          `Inkrafttreten je Partei erfasst: ${joinGerman(steps.map((step) => `${parties.names[step.party!] ?? ''} ${dateInSentence(step.date!)}`))}`,
        ),
      );
    } else if (dated?.date !== undefined) {
      const since = sincePhrase(dated.date);
      facts = [dated];
      if (since) label = `In Kraft ${since}`;
      else details.push(asSentence(`Seit wann, ist nicht bekannt: ${unknownReason(dated.date)}`));
      // "Wirksam ab" only where it says something else than the entry into force.
      if (dated.kind === 'event' && data.effective !== undefined && JSON.stringify(data.effective) !== JSON.stringify(dated.date)) {
        details.push(asSentence(`${data.retroactive ? 'Rückwirkend wirksam' : 'Wirksam'} ab ${formatDateValue(data.effective)}`));
        facts.push(inForce.find((fact) => fact.kind === 'effective')!);
      }
    } else {
      details.push('Seit wann, nennen die erfassten Quellen nicht.');
    }
    return { state: 'in-kraft', label, statement: statement('in-force', `${label}.`, basisOf(facts)), details, sources: sourcesOf(facts) };
  }

  const counted = parties.names.filter((_, index) => !parties.planned[index]);
  const approvals = approvalFacts(data).filter((fact) => !parties.planned[fact.party!]);
  const approved = new Set(approvals.map((fact) => fact.party!));
  const approvalDetails =
    approved.size === 0
      ? []
      : [
          `${approved.size} von ${counted.length} Parteien ${approved.size === 1 ? 'hat' : 'haben'} zugestimmt${
            approved.size < counted.length
              ? `; noch keine Zustimmung erfasst für ${joinGerman(parties.names.filter((_, index) => !parties.planned[index] && !approved.has(index)))}`
              : ''
          }.`,
        ];
  const statusBasis: Basis[] = [{ record: ref, field: 'status' }];

  const signatures = signatureFacts(data);
  if (data.status === 'angekuendigt') {
    const announced = data.events.flatMap((event, index) =>
      event.type === 'angekuendigt' && event.date !== undefined ? [{ field: `events[${index}]`, date: event.date }] : [],
    );
    const last = announced.at(-1);
    const label = 'Noch nicht in Kraft (angekündigt)';
    return {
      state: 'noch-nicht',
      label,
      statement: statement('status', `${label}.`, [...statusBasis, ...basisOf(last ? [last] : [])]),
      details: [asSentence(`${last ? `Angekündigt ${dateInSentence(last.date)}` : 'Angekündigt'}; eine Unterzeichnung ist nicht erfasst`)],
      sources: [],
    };
  }
  if (data.status === 'unterzeichnet' || signatures.length > 0) {
    const label = signatures.length > 0 ? 'Unterzeichnet, Inkrafttreten nicht belegt' : 'Inkrafttreten nicht belegt';
    return {
      state: 'noch-nicht',
      label,
      statement: statement(signatures.length > 0 ? 'signed' : 'status', `${label}.`, [...statusBasis, ...basisOf(signatures)]),
      details: ['Dass die Vereinbarung in Kraft getreten ist, nennen die erfassten Quellen nicht.', ...approvalDetails],
      sources: sourcesOf(signatures),
    };
  }

  // Status "unbekannt": say what is recorded, so the reader sees why nothing more is known.
  const recorded = [
    ...new Set([
      ...data.events.map((event) => RECORDED_WORDS[event.type] ?? eventTypes.labels[event.type]),
      ...data.parties.flatMap((party) => party.steps.map((step) => RECORDED_WORDS[step.type] ?? stepTypes.labels[step.type])),
    ]),
  ];
  return {
    state: 'unbekannt',
    label: 'Stand unbekannt',
    statement: statement('status', 'Stand unbekannt.', statusBasis),
    details: [
      'Ob die Vereinbarung unterzeichnet wurde oder in Kraft ist, nennen die erfassten Quellen nicht.',
      ...(recorded.length > 0 ? [asSentence(`Erfasst ist nur: ${joinGerman(recorded)}`)] : []),
    ],
    sources: [],
  };
}
