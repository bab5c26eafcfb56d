/** The data quality view on the fixture corpus; expectations counted by hand from the fixtures. */
import { describe, expect, it } from 'vitest';
import { checkQuality, dataQuality } from '../../src/lib/quality.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const { registry } = registryFromFiles({ root: modelFixtureRoot() });
const quality = dataQuality(registry, { land: (id) => `/laender/${id}/`, organisation: (id) => `/organisationen/${id}/` });

describe('data quality', () => {
  it('counts exact dates, party steps and sources over all agreements', () => {
    // Model v2 fixtures: 12 agreements, 9 exactly dated, 3 with party steps; model v3 adds 7, all exactly dated, 3 with steps,
    // one with two sources (the letter confirming it).
    expect(quality.total).toMatchObject({ agreements: 19, exactDate: 16, partySteps: 6, twoOrMoreSources: 1, archived: 0 });
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

describe('how current the records are', () => {
  const url = (id: string) => `/vereinbarungen/${id}/`;

  it('lists every record not checked for more than two years or never, and every one no party confirmed', () => {
    // One fixture was checked on 2026-11-01, after a party's hint, and confirmed by Hessen.
    const checks = checkQuality(registry, '2026-12-06', url);
    expect(checks).toMatchObject({ total: 19, due: 18, unconfirmed: 18, limit: '2024-12-06' });
    expect(checks.rows.map((row) => row.id)).not.toContain('efa-mitnutzung');
    expect(checks.rows).toHaveLength(18);
    expect(checks.rows.every((row) => row.due && row.checked === undefined && row.confirmedBy.length === 0)).toBe(true);
  });

  it('counts a check as due once it is more than two years old, and keeps naming who confirmed it', () => {
    expect(checkQuality(registry, '2028-11-01', url).rows.find((row) => row.id === 'efa-mitnutzung')).toBeUndefined();
    const late = checkQuality(registry, '2028-11-02', url);
    expect(late.due).toBe(19);
    expect(late.unconfirmed).toBe(18);
    expect(late.rows.find((row) => row.id === 'efa-mitnutzung')).toMatchObject({
      checked: '2026-11-01',
      checkedLabel: '1. November 2026',
      due: true,
      confirmedBy: ['Hessen'],
      href: '/vereinbarungen/efa-mitnutzung/',
    });
  });
});
