/**
 * A party's role in an agreement: as the record states it, else as far as the records
 * show it without doubt: it developed or re-uses a solution the agreement is about, it
 * leads a project of the agreement, or it owns an organisation the agreement founded.
 */
import type { AgreementView, PartyView } from './registry-core.ts';

export interface PartyRole {
  text: string;
  /** `eintrag`: stated in the record; `abgeleitet`: derived from the record's other fields. */
  source: 'eintrag' | 'abgeleitet';
}

export function partyRole(agreement: AgreementView, party: PartyView): PartyRole | undefined {
  if (party.role) return { text: party.role, source: 'eintrag' };
  const { actor } = party;
  const isActor = (ref: { land?: string | undefined; org?: string | undefined }) =>
    actor.kind === 'land' ? ref.land === actor.id : ref.org === actor.id;
  const roles: string[] = [];
  for (const { solution, use } of agreement.solutions) {
    const developer = solution.developedBy.some(isActor);
    if (developer && (use === 'nachnutzung' || use === 'entwicklung')) roles.push(`entwickelt ${solution.name}`);
    else if (!developer && use === 'nachnutzung') roles.push(`nutzt ${solution.name} nach`);
  }
  for (const project of agreement.data.projects) {
    if (actor.kind === 'org' && project.lead === actor.id) roles.push(`federführend bei ${project.name}`);
  }
  for (const org of agreement.founded) {
    if (org.owners.some((owner) => isActor(owner) && (owner.agreement ?? agreement.id) === agreement.id))
      roles.push(`Träger von ${org.shortName ?? org.name}`);
  }
  return roles.length > 0 ? { text: roles.join('; '), source: 'abgeleitet' } : undefined;
}
