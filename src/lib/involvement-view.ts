/**
 * How a Land takes part in one agreement, as plain data with its basis: a party (itself,
 * or through its ministry or state chancellery), through organisations it owned on the
 * date they joined, or planned. Where organisations are merely located in a Land, that is
 * a separate, geographic fact (`locatedViews`), never shown as the Land's involvement.
 */
import { actsForLand, isOwnerAt, type AgreementView, type LandInvolvement, type Registry } from './registry-core.ts';
import { joinGerman } from './date-phrases.ts';
import { agreementRef, organisationRef, statement, type Basis, type Link, type Statement } from './statements.ts';
import { landLink, organisationLink } from './view-links.ts';

export type InvolvementKind = 'direkt' | 'indirekt' | 'geplant';

export interface InvolvementView {
  land: Link;
  landId: string;
  kind: InvolvementKind;
  direct: boolean;
  planned: boolean;
  representedBy: Link[];
  via: Link[];
  /** What the note says, each part with the facts it rests on. */
  statements: Statement[];
}

export function involvementView(registry: Registry, agreement: AgreementView, involvement: LandInvolvement): InvolvementView {
  const record = agreementRef(agreement.id);
  const landId = involvement.land.id;
  const partyBasis = (planned: boolean): Basis[] =>
    agreement.parties.flatMap((party) => {
      const { actor } = party;
      const forLand =
        (actor.kind === 'land' && actor.id === landId) || (actor.kind === 'org' && actor.org.land === landId && actsForLand(actor.org));
      return forLand && (party.participation === 'geplant') === planned ? [{ record, field: `parties[${party.entry}]` }] : [];
    });
  const statements: Statement[] = [];
  if (involvement.direct) {
    const by = involvement.representedBy.map((org) => organisationLink(org).label);
    statements.push(
      statement('land-party', by.length > 0 ? `Vertragspartei, vertreten durch ${joinGerman(by)}` : 'Vertragspartei', partyBasis(false), {
        land: landId,
      }),
    );
  }
  for (const org of involvement.via) {
    const party = agreement.parties.find((entry) => entry.actor.kind === 'org' && entry.actor.id === org.id)!;
    const index = party.entry;
    const owner = org.owners.findIndex(
      (entry) => entry.land === landId && isOwnerAt(entry, party.joined, registry.organisationStart(org.id)),
    );
    statements.push(
      statement(
        'land-through',
        `über ${organisationLink(org).label}`,
        [
          { record, field: `parties[${index}]` },
          { record: organisationRef(org.id), field: `owners[${owner}]` },
        ],
        { land: landId, on: party.joined },
      ),
    );
  }
  if (involvement.planned) statements.push(statement('planned', 'Beitritt geplant', partyBasis(true), { land: landId }));
  return {
    land: landLink(involvement.land),
    landId,
    kind: involvement.direct ? 'direkt' : involvement.via.length > 0 ? 'indirekt' : 'geplant',
    direct: involvement.direct,
    planned: involvement.planned,
    representedBy: involvement.representedBy.map(organisationLink),
    via: involvement.via.map(organisationLink),
    statements,
  };
}

export interface LocatedView {
  land: Link;
  landId: string;
  orgs: Link[];
  /** "Organisationen und Kommunen aus Hessen": where they are, not how the Land takes part. */
  statement: Statement;
}

export function locatedViews(agreement: AgreementView): LocatedView[] {
  return agreement.located.map(({ land, orgs }) => ({
    land: landLink(land),
    landId: land.id,
    orgs: orgs.map(organisationLink),
    statement: statement(
      'located',
      `Organisationen und Kommunen aus ${land.name}`,
      orgs.map((org) => ({ record: organisationRef(org.id), field: 'land' })),
      { land: land.id },
    ),
  }));
}
