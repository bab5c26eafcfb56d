/**
 * The derived relations on the real records, as properties that hold for any valid
 * corpus (exact expectations live in tests/unit/model.test.ts, over fixtures).
 */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';

const { registry } = registryFromFiles();

describe('registry on the real records', () => {
  it('sorts agreements newest first, undated last', () => {
    const days = registry.agreements.map((agreement) => agreement.day);
    const dated = days.filter((day): day is string => day !== undefined);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(days.slice(dated.length).every((day) => day === undefined)).toBe(true);
  });

  it('lists every involvement of a Land under that Land, with a path', () => {
    for (const land of registry.laender) {
      for (const { agreement, involvement } of registry.agreementsOfLand(land.id)) {
        expect(agreement.laender).toContain(involvement);
        expect(involvement.direct || involvement.via.length > 0 || involvement.planned).toBe(true);
      }
    }
  });

  it('counts a Land as direct only where it or its ministry is a party', () => {
    for (const agreement of registry.agreements) {
      for (const involvement of agreement.laender.filter((entry) => entry.direct)) {
        const party = agreement.parties.some(
          ({ actor, participation }) =>
            participation !== 'geplant' &&
            ((actor.kind === 'land' && actor.id === involvement.land.id) ||
              (actor.kind === 'org' &&
                actor.org.land === involvement.land.id &&
                (actor.org.kind === 'ministerium' || actor.org.kind === 'staatskanzlei'))),
        );
        expect(party, `${agreement.id} / ${involvement.land.id}`).toBe(true);
      }
    }
  });

  it('counts partners symmetrically', () => {
    for (const land of registry.laender) {
      for (const { item, count } of registry.partnerLaenderOfLand(land.id)) {
        expect(registry.partnerLaenderOfLand(item.id).find((partner) => partner.item.id === land.id)?.count).toBe(count);
      }
    }
    for (const org of registry.organisations) {
      for (const { item, count } of registry.partnersOfOrganisation(org.id)) {
        if (item.kind === 'org')
          expect(registry.partnersOfOrganisation(item.id).find((partner) => partner.item.key === `org:${org.id}`)?.count).toBe(count);
      }
    }
  });

  it('shows each relation from both sides', () => {
    for (const agreement of registry.agreements) {
      for (const relation of agreement.relations) {
        expect(relation.other.relations.some((back) => back.other === agreement && back.kind === relation.kind)).toBe(true);
      }
    }
  });

  it('knows ownership in both directions', () => {
    for (const org of registry.organisations) {
      for (const owner of org.owners) {
        const kind = owner.land ? 'land' : 'org';
        expect(registry.ownedBy(kind, (owner.land ?? owner.org)!).some((entry) => entry.org === org)).toBe(true);
      }
    }
  });

  it('orders organisations by their number of agreements', () => {
    const counts = registry.organisationsByAgreements().map(({ count }) => count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const { item, count } of registry.organisationsByAgreements())
      expect(registry.agreementsOfOrganisation(item.id)).toHaveLength(count);
  });
});
