/** The derived relations, computed once in registry-core, on the real records. */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../src/lib/registry-from-files.ts';

const { registry } = registryFromFiles();

describe('registry', () => {
  it('sorts agreements newest first, by their partial dates', () => {
    expect(registry.agreements.map((agreement) => agreement.date)).toEqual(['2026-02-16', '2025-10-21', '2019-11', '2013-11', '2013-11-01']);
  });

  it('knows through which organisations a Land takes part', () => {
    const hamburg = registry.agreementsOfLand('hamburg');
    expect(hamburg.map(({ agreement, involvement }) => [agreement.id, involvement.direct, involvement.via.map((org) => org.id)])).toEqual([
      ['it-niedersachsen-dataport-2026', false, ['dataport']],
      ['dataport-kitu-2019', false, ['dataport']],
    ]);
    const berlin = registry.agreementsOfLand('berlin').find(({ agreement }) => agreement.id === 'berlin-brandenburg-mv-erklaerung-it-dienstleister-2013');
    expect(berlin?.involvement.direct).toBe(true);
  });

  it('counts partner Länder and partners of organisations', () => {
    expect(registry.partnerLaenderOfLand('berlin').map(({ item, count }) => [item.id, count])).toEqual([['brandenburg', 2], ['mecklenburg-vorpommern', 2]]);
    expect(registry.partnersOfOrganisation('dataport').map(({ item, count }) => [item.id, count])).toEqual([['it-niedersachsen', 1], ['kitu', 1]]);
  });

  it('shows each relation from both sides with its own label', () => {
    const implementation = registry.agreement('dvz-itdz-zit-bb-kooperation-2013');
    const declaration = registry.agreement('berlin-brandenburg-mv-erklaerung-it-dienstleister-2013');
    expect(implementation?.relations.map((relation) => [relation.label, relation.other.id])).toEqual([['Setzt um', declaration?.id]]);
    expect(declaration?.relations.map((relation) => [relation.label, relation.other.id])).toEqual([['Umgesetzt durch', implementation?.id]]);
  });

  it('knows ownership in both directions', () => {
    expect(registry.ownedBy('land', 'sachsen-anhalt').map(({ org, owner }) => [org.id, owner.since])).toEqual([['dataport', '2013']]);
    expect(registry.ownedBy('org', 'itvsh').map(({ org }) => org.id)).toEqual(['dataport']);
  });

  it('orders organisations by their number of agreements', () => {
    expect(registry.organisationsByAgreements()[0]).toMatchObject({ item: { id: 'dataport' }, count: 2 });
  });
});
