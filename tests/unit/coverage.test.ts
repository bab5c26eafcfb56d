/** The coverage view on the fixture site: counts written out by hand from tests/fixtures/. */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { countLabel, coverageView, knownMissingView } from '../../src/lib/coverage.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const { registry } = registryFromFiles({ root: modelFixtureRoot() });
const coverage = coverageView(registry, { land: (id) => `/laender/${id}/` });

describe('coverage', () => {
  it('counts per Land the records with the Land as a party apart from those of bodies located there', () => {
    const nrw = coverage.perLand.find((row) => row.key === 'nordrhein-westfalen')!;
    // NRW is a party only to the Bund–Länder accord; the public-law agreement of two cities and two Kreise is "aus dem Land".
    expect(nrw).toMatchObject({ recorded: 1, recordedFromLand: 1, knownMissing: 0 });
    expect(nrw.totals).toEqual([
      {
        id: 'test-oerv-nordrhein-westfalen',
        what: 'öffentlich-rechtliche Vereinbarungen nach dem Testgesetz',
        count: 1500,
        approximate: true,
        countLabel: '1.500 (nicht genau)',
        land: 'Nordrhein-Westfalen',
      },
    ]);
    const niedersachsen = coverage.perLand.find((row) => row.key === 'niedersachsen')!;
    expect(niedersachsen.knownMissing).toBe(1);
    expect(coverage.perLand.find((row) => row.key === 'saarland')!.knownMissing).toBe(1);
  });

  it('counts per kind, with known-missing entries of unknown kind apart', () => {
    expect(coverage.perKind.find((row) => row.key === 'zweckvereinbarung')).toMatchObject({ recorded: 0, knownMissing: 1 });
    expect(coverage.perKind.find((row) => row.key === 'unbekannt')).toMatchObject({ recorded: 0, knownMissing: 1 });
    expect(coverage.perKind.find((row) => row.key === 'oeffentlich-rechtliche-vereinbarung')).toMatchObject({
      recorded: 1,
      knownMissing: 0,
    });
  });

  it('sets a known total beside the records it counts, where the total says which', () => {
    expect(coverage.totals).toEqual([
      expect.objectContaining({
        id: 'test-oerv-nordrhein-westfalen',
        count: 1500,
        approximate: true,
        land: 'Nordrhein-Westfalen',
        recorded: 1,
      }),
    ]);
    expect(coverage.knownMissing).toBe(2);
  });

  it('labels a figure as the source gives it: German digits, and whether it is exact', () => {
    expect(countLabel({ count: 26, approximate: false })).toBe('26');
    expect(countLabel({ count: 1500, approximate: true })).toBe('1.500 (nicht genau)');
  });

  it('lists each known-missing entry with its source, dated ones first and newest first', () => {
    const items = knownMissingView(registry, { land: (id) => `/laender/${id}/` });
    // The fixture: one entry of 2019, one without a date.
    expect(items.map((item) => [item.id, item.date])).toEqual([
      ['test-zweckvereinbarung-kreis-nord', '2019'],
      ['test-absprache-laender', undefined],
    ]);
    expect(items[0]!.kind).toBe('Zweckvereinbarung');
    expect(items).toHaveLength(registry.knownMissing.length);
    for (const item of items) {
      const entry = registry.knownMissing.find((candidate) => candidate.id === item.id)!;
      expect(item.source).toBe(entry.source);
      expect(item.parties).toEqual(entry.parties);
      expect(item.laender.map((land) => land.href)).toEqual(entry.laender.map((id) => `/laender/${id}/`));
    }
  });
});
