/**
 * The reader views' view-models: the agreements table (rows, filters, sorting, address
 * state), comparisons of two actors and the timeline. Exact expectations on the fixture
 * corpus (tests/fixtures/model-v2); the real records only with properties any valid
 * corpus has.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementRow,
  agreementRows,
  agreementTablePages,
  breakable,
  filterOptions,
  LIST_LIMIT,
  partySummary,
  sortRows,
  TOPIC_LIMIT,
} from '../../src/lib/agreement-table.ts';
import { comparisons, comparisonsOf, hasComparisonPage, sharedHref } from '../../src/lib/compare.ts';
import { urls } from '../../src/lib/urls.ts';
import { buildRegistry } from '../../src/lib/registry-core.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { compareKeys, DEFAULT_STATE, isDefaultState, matchesFilters, readState, writeState } from '../../src/lib/table-state.ts';
import { timeline } from '../../src/lib/timeline.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const result = validateContent({ root: modelFixtureRoot() });
const registry = buildRegistry({
  laender: [...result.content.laender.values()],
  topics: [...result.content.topics.values()],
  organisations: [...result.content.organisations.values()],
  solutions: [...result.content.solutions.values()],
  agreements: [...result.content.agreements.values()].map((record) => ({ id: record.id, filePath: record.file, data: record.data })),
});
const rows = agreementRows(registry.agreements.map((agreement) => ({ agreement })));
const row = (id: string) => rows.find((entry) => entry.id === id)!;
const real = registryFromFiles().registry;

describe('table state in the address', () => {
  it('writes nothing for the default and reads it back', () => {
    expect(writeState(DEFAULT_STATE)).toBe('');
    expect(readState('')).toEqual(DEFAULT_STATE);
    expect(isDefaultState(readState('?q=Dataport'))).toBe(true);
  });

  it('round-trips sorting and filters and keeps other parameters', () => {
    const state = { sort: 'titel' as const, direction: 'ascending' as const, filters: { land: 'hamburg', jahr: '2010' } };
    const query = writeState(state, '?q=x');
    expect(query).toBe('?q=x&land=hamburg&jahr=2010&sortierung=titel&richtung=auf');
    expect(readState(query)).toEqual(state);
    expect(readState('?sortierung=unsinn&richtung=quer')).toEqual(DEFAULT_STATE);
  });

  it('puts empty keys last in both directions', () => {
    expect(['b', '', 'a'].sort((x, y) => compareKeys(x, y, 'ascending'))).toEqual(['a', 'b', '']);
    expect(['b', '', 'a'].sort((x, y) => compareKeys(x, y, 'descending'))).toEqual(['b', 'a', '']);
  });
});

describe('agreement rows', () => {
  it('list only Länder that are parties themselves, never those involved through a provider', () => {
    // Sachsen signs through its ministry; Hamburg is there only through its provider.
    expect(row('dienstleister-2010').laender.map((land) => land.label)).toEqual(['Sachsen']);
    expect(row('dienstleister-2010').filters.land).toEqual(['sachsen']);
    expect(matchesFilters(row('dienstleister-2010').filters, { land: 'hamburg' })).toBe(false);
    expect(matchesFilters(row('dienstleister-2010').filters, { land: 'sachsen', organisation: 'test-dienstleister' })).toBe(true);
  });

  it('say which parties only plan to join', () => {
    expect(row('rahmenvertrag-zwei-laender-firma').parties.map((party) => [party.label, party.note])).toContainEqual([
      'Saarland',
      'Beitritt geplant',
    ]);
    expect(row('rahmenvertrag-zwei-laender-firma').laender.map((land) => land.label)).not.toContain('Saarland');
  });

  it('sort by every column, undated agreements last either way', () => {
    const undated = registry.undatedAgreements().map((agreement) => agreement.id);
    expect(undated.length).toBeGreaterThan(0);
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows, 'datum', direction).map((entry) => entry.id);
      expect(sorted.slice(-undated.length).sort()).toEqual([...undated].sort());
    }
    // The order without JavaScript is the default sort.
    expect(sortRows(rows, 'datum', 'descending').map((entry) => entry.id)).toEqual(rows.map((entry) => entry.id));
    const titles = sortRows(rows, 'titel', 'ascending').map((entry) => entry.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base', numeric: true })));
  });

  it('sum up a long party list, counting planned and departed parties apart', () => {
    expect(row('bund-laender-abkommen').summaries).toEqual({ parties: 'Bund und 16 Länder', laender: '16 Länder', topics: undefined });
    expect(row('sechs-laender-staatsvertrag').summaries.parties).toBe('6 Länder');
    // Thüringen joined later and counts; Saarland only plans to join and does not.
    const withPlanned = registry.agreement('rahmenvertrag-zwei-laender-firma')!;
    expect(partySummary(withPlanned.parties)).toBe('Test-Software GmbH und 3 Länder; 1 Beitritt geplant');
    // Short lists are shown as they are.
    expect(row('dienstleister-2010').summaries).toEqual({ parties: undefined, laender: undefined, topics: undefined });
  });

  it('sum up every long party and topic list of the real records with all its entries', () => {
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const agreement of real.agreements) {
      const { summaries } = agreementRow({ agreement });
      expect(summaries.topics, agreement.id).toBe(agreement.topics.length > TOPIC_LIMIT ? `${agreement.topics.length} Themen` : undefined);
      expect(summaries.parties !== undefined, agreement.id).toBe(agreement.parties.length > LIST_LIMIT);
      if (!summaries.parties) continue;
      // Each party is named or counted once: the numbers and the names add up to all parties.
      const numbers = [...summaries.parties.matchAll(/(\d+) (Länder|Organisationen|Beitritte? geplant|Parteien? ausgetreten)/g)];
      const counted = numbers.reduce((sum, match) => sum + Number(match[1]), 0);
      const named = agreement.parties.filter((party) =>
        new RegExp(`(^|, | und )${escaped(party.actor.name)}( und|,|;|$)`).test(summaries.parties!),
      );
      expect(counted + named.length, `${agreement.id}: ${summaries.parties}`).toBe(agreement.parties.length);
    }
  });

  it('say how the organisation of the page takes part, from the records', () => {
    const items = (id: string) => agreementRows(registry.agreementsOfOrganisation(id).map((agreement) => ({ agreement, roleOf: id })));
    expect(items('test-firma').find((entry) => entry.id === 'rahmenvertrag-zwei-laender-firma')?.role).toEqual({
      participation: 'Vertragspartei',
      role: { text: 'federführend bei Gemeinsamer Testbetrieb', source: 'abgeleitet' },
    });
    expect(items('test-dienstleister').find((entry) => entry.id === 'dienstleister-2010')?.role).toEqual({
      participation: 'Vertragspartei',
      role: undefined,
    });
    // Only on an organisation's page.
    expect(row('dienstleister-2010').role).toBeUndefined();
  });

  it('let long kinds of agreement break only between their parts', () => {
    expect(breakable('Rahmenkooperationsvereinbarung')).toBe('Rahmen\u00ADkooperations\u00ADvereinbarung');
    expect(breakable('Verwaltungsabkommen')).toBe('Verwaltungs\u00ADabkommen');
    expect(breakable('Sonstige Vereinbarung')).toBe('Sonstige Vereinbarung');
    for (const entry of rows) expect(entry.kind.replaceAll('\u00AD', '')).toBe(entry.sort.art);
  });

  it('offer each filter value with its count', () => {
    const land = filterOptions(rows).find((filter) => filter.id === 'land')!;
    for (const option of land.options) expect(option.count).toBe(rows.filter((entry) => entry.filters.land.includes(option.value)).length);
    // Hamburg counts only where it is a party itself, not where it is there through its provider.
    expect(land.options.find((option) => option.value === 'hamburg')!.count).toBeLessThan(registry.agreementsOfLand('hamburg').length);
  });

  it('split a long list into pages that point to each other', () => {
    const many = Array.from({ length: 3 }, () => real.agreements)
      .flat()
      .map((agreement) => ({ agreement }));
    const pages = agreementTablePages(many, (page) => `/seite/${page}/`);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.total).toBe(many.length);
      expect(page.loadFrom).toHaveLength(pages.length - 1);
      expect(page.loadFrom).not.toContain(`/seite/${page.page.number}/`);
    }
  });
});

describe('comparisons', () => {
  const all = comparisons(registry);
  const pair = (a: string, b: string) => all.find((entry) => [entry.a.key, entry.b.key].sort().join('|') === [a, b].sort().join('|'));

  it('keep what two Länder share only through a provider apart', () => {
    const hamburgSachsen = pair('land:hamburg', 'land:sachsen')!;
    expect(hamburgSachsen.direct.map((agreement) => agreement.id)).toEqual(['bund-laender-abkommen']);
    expect(hamburgSachsen.indirect.map(({ agreement, how }) => [agreement.id, how])).toContainEqual([
      'dienstleister-2010',
      ['über Test-Dienstleister', 'Vertragspartei'],
    ]);
  });

  it('do not pair a Land with the ministry that signs for it or the provider it takes part through', () => {
    expect(pair('land:sachsen', 'org:innenministerium-sachsen')).toBeUndefined();
    const hamburgProvider = pair('land:hamburg', 'org:test-dienstleister');
    expect(hamburgProvider?.indirect.map(({ agreement }) => agreement.id) ?? []).not.toContain('dienstleister-2010');
  });

  it('have a page only where two or more agreements are shared; a single one is linked instead', () => {
    const realAll = comparisons(real);
    for (const comparison of [...all, ...realAll]) {
      const shared = [...comparison.direct, ...comparison.indirect.map((entry) => entry.agreement)];
      expect(hasComparisonPage(comparison)).toBe(shared.length >= 2);
      expect(sharedHref(comparison)).toBe(shared.length >= 2 ? urls.compare(comparison.a, comparison.b) : urls.agreement(shared[0]!.id));
      // Both sides link the same way.
      for (const [self, other] of [
        [comparison.a, comparison.b],
        [comparison.b, comparison.a],
      ] as const)
        expect(comparisonsOf(all.includes(comparison) ? all : realAll, self).find((entry) => entry.other.key === other.key)?.href).toBe(
          sharedHref(comparison),
        );
    }
  });

  it('hold for the real records: each pair shares something, direct means both are parties', () => {
    const realPairs = comparisons(real);
    expect(realPairs.length).toBeGreaterThan(0);
    const isParty = (agreement: (typeof real.agreements)[number], key: string) =>
      agreement.parties.some((party) => party.actor.key === key && party.participation !== 'geplant') ||
      agreement.laender.some((entry) => `land:${entry.land.id}` === key && entry.direct);
    for (const comparison of realPairs) {
      expect(comparison.direct.length + comparison.indirect.length).toBeGreaterThan(0);
      for (const agreement of comparison.direct)
        expect(isParty(agreement, comparison.a.key) && isParty(agreement, comparison.b.key)).toBe(true);
      for (const { agreement } of comparison.indirect)
        expect(isParty(agreement, comparison.a.key) && isParty(agreement, comparison.b.key)).toBe(false);
    }
    // Every comparison is found from both sides.
    const first = realPairs[0]!;
    expect(comparisonsOf(realPairs, first.a).map((entry) => entry.other.key)).toContain(first.b.key);
    expect(comparisonsOf(realPairs, first.b).map((entry) => entry.other.key)).toContain(first.a.key);
  });
});

describe('timeline', () => {
  const byLand = timeline(registry, 'land', '2026-11-23');

  it('groups agreements under the Länder that are parties and marks accessions', () => {
    const thueringen = byLand.groups.find((group) => group.id === 'thueringen')!;
    const span = thueringen.spans.find((entry) => entry.id === 'rahmenvertrag-zwei-laender-firma')!;
    expect(span.start?.day).toBe('2023-05-02');
    expect(span.end).toBeUndefined();
    expect(span.marks.map((mark) => [mark.type, mark.actorId, mark.day])).toEqual([['beitritt', 'thueringen', '2024-06-01']]);
    // A planned accession is no involvement yet; a provider's owner is not a party.
    expect(byLand.groups.find((group) => group.id === 'saarland')?.spans.map((entry) => entry.id) ?? []).not.toContain(
      'rahmenvertrag-zwei-laender-firma',
    );
    expect(byLand.groups.find((group) => group.id === 'hamburg')?.spans.map((entry) => entry.id) ?? []).not.toContain('dienstleister-2010');
  });

  it('groups by provider and never starts before its first date or ends after today', () => {
    const byProvider = timeline(registry, 'dienstleister', '2026-11-23');
    expect(byProvider.groups.map((group) => group.id)).toContain('test-dienstleister');
    for (const view of [byLand, byProvider, timeline(real, 'land', '2026-11-23'), timeline(real, 'dienstleister', '2026-11-23')]) {
      expect(view.to).toBe('2026-11-23');
      for (const group of view.groups) {
        for (const entry of group.spans) {
          if (entry.start) expect(entry.start.day >= view.from || entry.start.day > view.to).toBe(true);
          if (entry.start && entry.end) expect(entry.end.day >= entry.start.day).toBe(true);
        }
      }
    }
  });
});
