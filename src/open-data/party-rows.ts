/** One row per party and agreement for parteien.csv, with the party's kind, Land and role. */
import { partyRole } from '../lib/party-roles.ts';
import type { Registry } from '../lib/registry-core.ts';
import type { AgreementV1 } from './api-schema.ts';
import type { PartyRow } from './tables.ts';

export function partyRows(registry: Registry, toV1: (id: string) => AgreementV1): PartyRow[] {
  return registry.agreements.flatMap((agreement) => {
    const v1 = toV1(agreement.id);
    return agreement.parties.map((party, index) => {
      const { actor } = party;
      const landId = actor.kind === 'land' ? actor.id : actor.org.land;
      return {
        agreement: v1,
        party: v1.parties[index]!,
        kind: actor.kind === 'land' ? 'land' : actor.org.kind,
        landCode: landId ? (registry.land(landId)?.code ?? null) : null,
        role: partyRole(agreement, party) ?? null,
      };
    });
  });
}
