/**
 * "Stand am": which agreements were in force on a day, with the parties taking part
 * then, and who owned which organisation. src/lib/state-data.ts prepares the data once
 * from the registry; this pure function answers for any day, on the static year-end
 * pages and in the browser's date picker alike, so both always agree.
 *
 * The rules (README, /methodik/):
 * - "in force on a day" needs a dated fact of entry into force (event, step or
 *   `effective`) that surely lies on or before that day, and no end before it;
 *   agreements only signed by then, or in force by their status without a date, are
 *   listed apart;
 * - an organisation is there from its start (`founded`, its founding agreement, or the
 *   earliest owner's `since`); an owner from its `since`, else from the organisation's
 *   start — never "always"; where no start is recorded at all, the organisation appears
 *   on no day and is listed apart;
 * - a party from the day it joined (one from the start at the latest from the entry into
 *   force), an organisation that is a party not before its start.
 */
import { dateBounds, type DateValue } from '../schemas/dates.ts';

export interface StateLink {
  name: string;
  url: string;
}

/** A dated fact with the record field it comes from (`record#field`), so pages can name their basis. */
export interface StateFact {
  date: DateValue;
  basis: string[];
}

export interface StateAgreement extends StateLink {
  id: string;
  /** A dated fact of entry into force: the event `in-kraft`, `effective` or the earliest step `inkrafttreten`. */
  inForce?: StateFact | undefined;
  /** The status says in force or ended, but no fact dates the entry into force. */
  inForceUndated?: string[] | undefined;
  /** The signature: `signed` or the earliest step `unterzeichnung`. */
  signed?: StateFact | undefined;
  end?: StateFact | undefined;
  parties: (StateLink & {
    joined?: DateValue | undefined;
    left?: DateValue | undefined;
    /** A party from the start (no accession): a party at the latest once the agreement is in force. */
    original: boolean;
    start?: DateValue | undefined;
    basis: string[];
  })[];
}

export interface StateOrganisation extends StateLink {
  id: string;
  /** When it began (founded, founding agreement, or an owner's `since`); undefined: not recorded. */
  start?: StateFact | undefined;
  end?: StateFact | undefined;
  owners: (StateLink & { since?: DateValue | undefined; until?: DateValue | undefined; basis: string[] })[];
}

export interface StateData {
  agreements: StateAgreement[];
  providers: StateOrganisation[];
}

/** Surely begun by a day: the start's last possible day is not later. An unknown start never is. */
const begunBy = (start: DateValue, day: string) => {
  const { earliest, latest } = dateBounds(start);
  const begun = latest ?? earliest;
  return begun !== undefined && begun <= day;
};
/** Surely not over on a day: the end's first possible day is later. An end of unknown date may be over. */
const openOn = (end: DateValue | undefined, day: string) => end === undefined || (dateBounds(end).earliest ?? '') > day;
/** A period that surely covers the day; a missing start means "from the beginning". */
const during = (start: DateValue | undefined, end: DateValue | undefined, day: string) =>
  (start === undefined || begunBy(start, day)) && openOn(end, day);
const surelyBy = (fact: StateFact | undefined, day: string) => fact !== undefined && begunBy(fact.date, day);
const endedBy = (fact: StateFact | undefined, day: string) => !openOn(fact?.date, day);
/** Not certainly after the day: an organisation that surely began later is no party yet. */
const notLater = (start: DateValue | undefined, day: string) => start === undefined || (dateBounds(start).earliest ?? '') <= day;

/** Why a signed agreement is not listed as in force on a day. */
export type SignedOnlyReason = 'undatiert' | 'spaeter' | 'nicht-erfasst';

/** The state on a day (`YYYY-MM-DD`): agreements surely in force, those only surely signed, owners surely holding. */
export function stateOn(data: StateData, day: string) {
  const partiesOn = (agreement: StateAgreement) =>
    agreement.parties.filter(
      (party) =>
        (during(party.joined, party.left, day) || (party.original && surelyBy(agreement.inForce, day) && openOn(party.left, day))) &&
        notLater(party.start, day),
    );
  const open = data.agreements.filter((agreement) => !endedBy(agreement.end, day));
  const inForce = open.filter((agreement) => surelyBy(agreement.inForce, day));
  const signedOnly = open
    .filter((agreement) => !inForce.includes(agreement) && surelyBy(agreement.signed, day))
    .map((agreement) => ({
      ...agreement,
      reason: (agreement.inForce ? 'spaeter' : agreement.inForceUndated ? 'undatiert' : 'nicht-erfasst') as SignedOnlyReason,
    }));
  const providers = data.providers
    .filter((provider) => surelyBy(provider.start, day) && !endedBy(provider.end, day))
    .map((provider) => ({
      ...provider,
      owners: provider.owners.filter((owner) => owner.since !== undefined && during(owner.since, owner.until, day)),
    }))
    .filter((provider) => provider.owners.length > 0);
  return {
    inForce: inForce.map((agreement) => ({ ...agreement, parties: partiesOn(agreement) })),
    signedOnly: signedOnly.map((agreement) => ({ ...agreement, parties: partiesOn(agreement) })),
    providers,
    /** Organisations with owners whose start no record gives: they appear on no day. */
    undated: data.providers.filter((provider) => provider.start === undefined),
  };
}

export type State = ReturnType<typeof stateOn>;

/** The words of the "Stand am" views, shared by the year-end pages and the date picker. */
export const STATE_TEXTS = {
  inForce: (day: string) => `In Kraft am ${day}`,
  inForceEmpty: 'Für keine erfasste Vereinbarung belegt ein datiertes Inkrafttreten, dass sie an diesem Tag in Kraft war.',
  signedOnly: (day: string) => `Unterzeichnet, aber für den ${day} nicht als in Kraft belegt`,
  signedOnlyIntro:
    'Vereinbarungen, die an diesem Tag sicher unterzeichnet und nicht beendet waren, für die aber kein erfasstes Datum belegt, dass sie an diesem Tag schon in Kraft waren.',
  reason: (reason: SignedOnlyReason, since?: string) =>
    reason === 'undatiert'
      ? 'laut Status in Kraft; seit wann, ist nicht erfasst'
      : reason === 'spaeter'
        ? `in Kraft erst ${since ?? 'später'}`
        : 'ein Inkrafttreten ist nicht erfasst',
  parties: 'Parteien an diesem Tag',
  partiesEmpty: 'nicht sicher bekannt',
  providers: (day: string) => `Träger der Organisationen am ${day}`,
  providersEmpty: 'Für diesen Tag ist keine Trägerschaft sicher belegt.',
  undated: 'Organisationen ohne erfassten Beginn',
  undatedIntro:
    'Bei diesen Organisationen ist weder ein Gründungsdatum noch ein Beginn der Trägerschaft erfasst. Sie erscheinen deshalb an keinem Stichtag; ihre heutigen Träger stehen auf ihren Seiten.',
};
