/** The data quality view on the fixture corpus; expectations counted by hand from the fixtures. */
import { describe, expect, it } from 'vitest';
import { dataQuality } from '../../src/lib/quality.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const { registry } = registryFromFiles({ root: modelFixtureRoot() });
const quality = dataQuality(registry, { land: (id) => `/laender/${id}/`, organisation: (id) => `/organisationen/${id}/` });

describe('data quality', () => {
  it('counts exact dates, party steps and sources over all agreements', () => {
    expect(quality.total).toMatchObject({ agreements: 12, exactDate: 9, partySteps: 3, twoOrMoreSources: 0, archived: 0 });
  });

  it('counts per Land only the agreements the Land is a party to', () => {
    expect(quality.perLand.find((entry) => entry.key === 'land:hamburg')).toMatchObject({ agreements: 5, partySteps: 2 });
    // Saarland is a party to the re-use contract, the Bund accord, and only planned in the framework contract.
    expect(quality.perLand.find((entry) => entry.key === 'land:saarland')).toMatchObject({ agreements: 2 });
  });

  it('counts per provider', () => {
    expect(quality.perProvider.map((entry) => [entry.key, entry.agreements])).toEqual([['org:test-dienstleister', 2]]);
  });

  it('lists every unknown or only bounded fact, with its reason', () => {
    expect(quality.unknown.map((fact) => [fact.agreement.id, fact.what, fact.kind]).sort()).toEqual([
      ['absprache-zeitraum', 'Datum der Unterzeichnung', 'bounded'],
      ['bund-laender-abkommen', 'Datum der Unterzeichnung', 'bounded'],
      ['kompetenzzentrum-undatiert', 'Datum der Unterzeichnung', 'unknown'],
    ]);
    expect(quality.unknown.find((fact) => fact.kind === 'unknown')?.detail).toMatch(/Quellen nennen nur/);
    expect(quality.unknown.find((fact) => fact.agreement.id === 'bund-laender-abkommen')?.detail).toBe(
      'nur eingegrenzt: spätestens November 2019',
    );
  });
});
