/** The data quality view on the fixture corpus; expectations counted by hand from the fixtures. */
import { describe, expect, it } from 'vitest';
import { dataQuality } from '../../src/lib/quality.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const { registry } = registryFromFiles({ root: modelFixtureRoot() });
const quality = dataQuality(registry, { land: (id) => `/laender/${id}/`, organisation: (id) => `/organisationen/${id}/` });

describe('data quality', () => {
  it('counts exact dates, party steps and sources over all agreements', () => {
    // Model v2 fixtures: 12 agreements, 9 exactly dated, 3 with party steps; model v3 adds 7, all exactly dated, 3 with steps.
    expect(quality.total).toMatchObject({ agreements: 19, exactDate: 16, partySteps: 6, twoOrMoreSources: 0, archived: 0 });
  });

  it('counts per Land only the agreements the Land is a party to', () => {
    expect(quality.perLand.find((entry) => entry.key === 'land:hamburg')).toMatchObject({ agreements: 5, partySteps: 2 });
    // Saarland is a party to the re-use contract, the Bund accord and the declaration with Luxembourg, and only planned in the framework contract.
    expect(quality.perLand.find((entry) => entry.key === 'land:saarland')).toMatchObject({ agreements: 3 });
  });

  it('counts per provider', () => {
    expect(quality.perProvider.map((entry) => [entry.key, entry.agreements])).toEqual([['org:test-dienstleister', 2]]);
  });

  it('lists every unknown or only bounded fact, with its reason', () => {
    expect(quality.unknown.map((fact) => [fact.agreement.id, fact.what, fact.kind]).sort()).toEqual([
      ['absprache-zeitraum', 'Datum der Unterzeichnung', 'bounded'],
      ['bund-laender-abkommen', 'Datum der Unterzeichnung', 'bounded'],
      ['bund-laender-gruppe', 'Ereignis „Geändert“', 'unknown'],
      ['kompetenzzentrum-undatiert', 'Datum der Unterzeichnung', 'unknown'],
    ]);
    expect(quality.unknown.find((fact) => fact.agreement.id === 'kompetenzzentrum-undatiert')?.detail).toMatch(/Quellen nennen nur/);
    expect(quality.unknown.find((fact) => fact.agreement.id === 'bund-laender-abkommen')?.detail).toBe(
      'nur eingegrenzt: spätestens November 2019',
    );
  });
});
