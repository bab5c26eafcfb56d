/**
 * Derived statements and the facts they rest on. Whatever a page says that is not a
 * field shown as it stands — "unterzeichnet", "in Kraft", "ersetzt durch", "mittelbar
 * beteiligt über Dataport", "Träger am 31. Dezember 2015" — is a Statement: its text,
 * what kind of claim it makes, and the recorded facts (record and field path) it comes
 * from. Tests resolve every basis in the records and check that the fact says what the
 * claim needs (tests/unit/statement-basis.test.ts); pages can show the basis.
 *
 * Everything here is plain data, so a view model holding statements stays serialisable.
 */
import type { DateValue } from '../schemas/dates.ts';

/** The record a fact is in: "agreements/<id>" or "organisations/<id>", as under src/content/. */
export type RecordRef = `agreements/${string}` | `organisations/${string}`;

/** One recorded fact: a record and the path of the field, e.g. `parties[2].steps[0]`. */
export interface Basis {
  record: RecordRef;
  field: string;
}

/**
 * What a statement claims; each claim has its rule (README, /methodik/):
 * - `signed`: a signature: the field `signed` or a step `unterzeichnung`;
 * - `joined`: an accession: a step `beitritt`;
 * - `in-force`: in force: an event `in-kraft`, a step `inkrafttreten`, `effective`, or the
 *   status `in-kraft` or `beendet`;
 * - `ended`: an event `beendet`;
 * - `replaced`: a relation `ersetzt` whose replacing agreement is in force (its basis also
 *   holds that agreement's in-force fact);
 * - `land-party`: a Land is a party: itself, or its ministry or state chancellery;
 * - `land-through`: a Land takes part through an organisation that is a party and that the
 *   Land owned on that date (basis: the party and the owner entry);
 * - `located`: organisations that are parties are located in a Land (`land` of the
 *   organisation), which is no involvement of the Land;
 * - `exists`: an organisation existed on a day (founded, its founding agreement, or an owner since);
 * - `owner-on`: an owner held an organisation on a day;
 * - `party-on`: a party belonged to an agreement on a day;
 * - `planned`: a party is to join: a step `beitritt-geplant`;
 * - `status`: what the record's status says, nothing more.
 */
export type Claim =
  | 'signed'
  | 'joined'
  | 'in-force'
  | 'ended'
  | 'replaced'
  | 'land-party'
  | 'land-through'
  | 'located'
  | 'exists'
  | 'owner-on'
  | 'party-on'
  | 'planned'
  | 'status';

export interface Statement {
  text: string;
  claim: Claim;
  basis: Basis[];
  /** For claims about a day (`exists`, `owner-on`, `party-on`, `land-through`): the day or the record's date. */
  on?: DateValue | undefined;
  /** For claims about a Land (`land-party`, `land-through`, `located`): its id. */
  land?: string | undefined;
}

export const agreementRef = (id: string): RecordRef => `agreements/${id}`;
export const organisationRef = (id: string): RecordRef => `organisations/${id}`;

export function statement(claim: Claim, text: string, basis: Basis[], extra: Pick<Statement, 'on' | 'land'> = {}): Statement {
  return { text, claim, basis, ...extra };
}

/** The basis as it is written into a page (`data-basis`): "agreements/x#events[0] …". */
export function basisAttribute(basis: Basis[]): string {
  return basis.map((entry) => `${entry.record}#${entry.field}`).join(' ');
}

/** A link to a page: what every linked record becomes in a view model. */
export interface Link {
  href: string;
  label: string;
  /** The full name where the label is a short one. */
  title?: string | undefined;
}

/** A footnote marker: the source's anchor and its number in the record's list of sources. */
export interface SourceRef {
  id: string;
  number: number;
}
