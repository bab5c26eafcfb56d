/**
 * "Statements stronger than the sources", one class at a time, on the fixture corpus
 * (tests/fixtures/model-v2): what a page will say, checked on its view model without a
 * build. Each expectation is written out by hand from the fixture files.
 */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { agreementPage } from '../../src/lib/agreement-page.ts';
import { agreementRows } from '../../src/lib/agreement-table.ts';
import { dateInSentence, groupByDate, groupedDatesPhrase } from '../../src/lib/date-phrases.ts';
import { stateOn } from '../../src/lib/state-at.ts';
import { stateDataOf } from '../../src/lib/state-data.ts';
import { statePage } from '../../src/lib/state-page.ts';
import { timeline } from '../../src/lib/timeline.ts';
import { statementFixtureRoot } from '../model-fixtures.ts';

const { registry, diagnostics } = registryFromFiles({ root: statementFixtureRoot() });
const agreement = (id: string) => {
  const found = registry.agreement(id);
  if (!found) throw new Error(`fixture ${id} missing`);
  return found;
};
const page = (id: string) => agreementPage(registry, agreement(id));

it('the fixtures are valid', () => expect(diagnostics).toEqual([]));

describe('signed only where a signature is recorded', () => {
  it('never turns accessions into a signature', () => {
    const view = page('nachnutzung-beitritte');
    expect(view.signing).toBeUndefined();
    expect(view.accessions?.statement).toMatchObject({
      claim: 'joined',
      text: 'Niedersachsen und Sachsen-Anhalt spätestens im Oktober 2023',
    });
    expect(view.accessions?.statement.basis.map((basis) => basis.field)).toEqual(['parties[2].steps[0]', 'parties[3].steps[0]']);
  });

  it('says a signature of unknown date is one, and the badge never says more than the field', () => {
    const view = page('kompetenzzentrum-undatiert');
    expect(view.signing).toMatchObject({ text: 'Tag unbekannt (Die Quellen nennen nur, dass die Vereinbarung besteht.)', date: undefined });
    expect(view.signing?.statement.basis).toEqual([{ record: 'agreements/kompetenzzentrum-undatiert', field: 'signed' }]);
    expect(view.inForce).toMatchObject({ state: 'noch-nicht', stateLabel: 'Nicht als in Kraft belegt' });
  });

  it('names every party’s signing date as a person would, grouping equal dates', () => {
    expect(page('staatsvertrag-gestaffelt').signing?.text).toBe(
      'Bayern, Berlin und Hessen zwischen 2. April und 16. Mai 2019, Bund am 16. Mai 2019',
    );
    expect(page('sechs-laender-staatsvertrag').signing?.text).toBe(
      'Schleswig-Holstein, Hamburg und Bremen am 6. August 2013, Mecklenburg-Vorpommern, Niedersachsen und Sachsen-Anhalt am 27. September 2013',
    );
  });

  it('says dates with their preposition and precision', () => {
    expect(dateInSentence('2019-05-16')).toBe('am 16. Mai 2019');
    expect(dateInSentence('../2023-10')).toBe('spätestens im Oktober 2023');
    expect(dateInSentence('2005-10-18/2005-10-24')).toBe('zwischen 18. und 24. Oktober 2005');
    expect(dateInSentence('2018-06/2018-09')).toBe('zwischen Juni und September 2018');
    expect(dateInSentence('2019-Q4')).toBe('im 4. Quartal 2019');
    expect(dateInSentence('2013')).toBe('im Jahr 2013');
    const names = Array.from({ length: 16 }, (_, index) => ({ name: `Land ${index}`, land: true, date: '../2021-01-29' }));
    expect(groupedDatesPhrase(groupByDate([{ name: 'Bund', land: false, date: '2021-01-29' }, ...names]))).toBe(
      'alle 16 Länder spätestens am 29. Januar 2021, Bund am 29. Januar 2021',
    );
  });
});

describe('"is it in force?" at a glance', () => {
  it('in force since the recorded entry into force, with the retroactive effect apart', () => {
    const view = page('sechs-laender-staatsvertrag');
    expect(view.inForce).toMatchObject({ state: 'in-kraft', label: 'In Kraft seit 24. Februar 2014' });
    expect(view.inForce.details).toEqual(['Rückwirkend wirksam ab 1. Januar 2013.']);
    expect(view.inForce.statement.basis.map((basis) => basis.field)).toEqual(['events[0]', 'effective']);
  });

  it('in force by its status only: says that the date is not recorded', () => {
    expect(page('nachnutzung-beitritte').inForce).toMatchObject({
      state: 'in-kraft',
      label: 'In Kraft',
      details: ['Seit wann, nennen die erfassten Quellen nicht.'],
      statement: { claim: 'in-force', basis: [{ record: 'agreements/nachnutzung-beitritte', field: 'status' }] },
    });
  });

  it('not yet: how many parties approved and who is still missing', () => {
    expect(page('staatsvertrag-gestaffelt').inForce).toMatchObject({
      state: 'noch-nicht',
      label: 'Unterzeichnet, Inkrafttreten nicht belegt',
      details: [
        'Dass die Vereinbarung in Kraft getreten ist, nennen die erfassten Quellen nicht.',
        '1 von 4 Parteien hat zugestimmt; noch keine Zustimmung erfasst für Bayern, Berlin und Hessen.',
      ],
    });
    expect(page('kompetenzzentrum-neufassung').inForce).toMatchObject({
      state: 'noch-nicht',
      label: 'Noch nicht in Kraft (angekündigt)',
      details: ['Angekündigt im März 2024; eine Unterzeichnung ist nicht erfasst.'],
    });
  });

  it('ended: when and why', () => {
    expect(page('pilot-beendet').inForce).toMatchObject({
      state: 'beendet',
      label: 'Beendet am 31. Dezember 2018',
      details: ['Vorher in Kraft seit 1. April 2016.', 'Grund: Die Pilotphase lief planmäßig aus.'],
    });
  });

  it('every list row and search result gives the same answer as the page', () => {
    for (const row of agreementRows(registry.agreements.map((entry) => ({ agreement: entry })))) {
      const view = page(row.id);
      expect(row.status).toBe(view.inForce.label);
      expect(row.state).toBe(view.inForce.state);
      expect(view.search.meta.status).toBe(view.inForce.label);
    }
  });
});

describe('a supplement whose main agreement ended', () => {
  it('says so beside "in force", in the page, the badge and the table row', () => {
    const supplement = page('bund-laender-zusatz');
    expect(supplement.inForce.state).toBe('in-kraft');
    expect(supplement.inForce.label).toMatch(/\(Hauptvereinbarung beendet\)$/);
    expect(supplement.inForce.details).toContain(
      'Die Hauptvereinbarung „Verwaltungsvereinbarung des Bundes und der Länder über Testnetze“ ist am 31. Dezember 2022 beendet; ob diese Zusatzvereinbarung weiter gilt, sagen die erfassten Quellen nicht.',
    );
    // The end of the main agreement is part of what the statement rests on.
    expect(supplement.inForce.statement.basis).toContainEqual({ record: 'agreements/bund-laender-gruppe', field: 'events[2]' });
    expect(agreementRows([{ agreement: agreement('bund-laender-zusatz') }])[0]!.status).toMatch(/Hauptvereinbarung beendet/);
    // A supplement of a main agreement still in force says nothing of the kind.
    expect(page('efa-mitnutzung').inForce.label).not.toMatch(/Hauptvereinbarung/);
  });
});

describe('replaced only by an agreement in force', () => {
  it('calls a replacement that is only announced proposed, on both pages', () => {
    expect(page('kompetenzzentrum-undatiert').relations.map((relation) => relation.label)).toEqual(['Soll ersetzt werden durch']);
    expect(page('kompetenzzentrum-neufassung').relations.map((relation) => relation.label)).toEqual(['Soll ersetzen']);
  });

  it('states a replacement in force with the in-force fact of the replacing agreement', () => {
    const [relation] = page('absprache-zeitraum').relations;
    expect(relation).toMatchObject({ label: 'Ersetzt durch', statement: { claim: 'replaced' } });
    expect(relation!.statement!.basis).toEqual([
      { record: 'agreements/absprache-neufassung', field: 'related[0]' },
      { record: 'agreements/absprache-neufassung', field: 'events[0]' },
    ]);
  });
});

describe('a Land takes part as a party or through a body it owned, never by location', () => {
  it('does not involve a Land because Kommunen located in it are parties', () => {
    const founding = agreement('gruendung-kommunales-rechenzentrum');
    expect(founding.laender.map((entry) => entry.land.id)).toEqual([]);
    expect(founding.located.map(({ land, orgs }) => [land.id, orgs.map((org) => org.id)])).toEqual([
      ['niedersachsen', ['landkreis-nord', 'landkreis-sued', 'stadt-mitte']],
    ]);
    expect(registry.agreementsOfLand('niedersachsen').map((entry) => entry.agreement.id)).not.toContain(
      'gruendung-kommunales-rechenzentrum',
    );
    expect(registry.agreementsLocatedInLand('niedersachsen').map((entry) => entry.agreement.id)).toContain(
      'gruendung-kommunales-rechenzentrum',
    );
    expect(page('gruendung-kommunales-rechenzentrum').laender.located[0]?.statement).toMatchObject({
      claim: 'located',
      text: 'Organisationen und Kommunen aus Niedersachsen',
    });
  });

  it('states an involvement through a provider with the party and the ownership it rests on', () => {
    const hamburg = page('dienstleister-2010').laender.indirect.find((entry) => entry.landId === 'hamburg');
    expect(hamburg?.statements).toEqual([
      {
        claim: 'land-through',
        text: 'über Test-Dienstleister',
        land: 'hamburg',
        on: '2010-03-01',
        basis: [
          { record: 'agreements/dienstleister-2010', field: 'parties[0]' },
          { record: 'organisations/test-dienstleister', field: 'owners[0]' },
        ],
      },
    ]);
  });
});

describe('"Stand am" never lists anything before its start', () => {
  const data = stateDataOf(registry);
  const providers = (day: string) =>
    stateOn(data, day).providers.map((provider) => [provider.id, provider.owners.map((owner) => owner.name)]);

  it('lists an organisation and its owners without "since" only from its founding', () => {
    expect(providers('2015-12-31').map(([id]) => id)).not.toContain('verbund-spaet');
    expect(providers('2017-12-31')).toContainEqual(['verbund-spaet', ['Thüringen', 'Sachsen']]);
  });

  it('lists an organisation with no recorded start on no day, but apart', () => {
    for (const day of ['2000-12-31', '2015-12-31', '2025-12-31']) expect(providers(day).map(([id]) => id)).not.toContain('altbetrieb');
    expect(stateOn(data, '2025-12-31').undated.map((provider) => provider.id)).toEqual(['altbetrieb']);
  });

  it('calls in force only what a dated fact shows in force, and lists signed-only agreements apart', () => {
    const on = (day: string) => stateOn(data, day);
    expect(on('2013-10-01').inForce.map((entry) => entry.id)).not.toContain('absprache-zeitraum');
    expect(on('2013-10-01').signedOnly.map((entry) => [entry.id, entry.reason])).toContainEqual(['absprache-zeitraum', 'nicht-erfasst']);
    // Entered into force in February 2014, retroactively from 2013: in force on a day only from its entry into force.
    expect(on('2013-12-31').inForce.map((entry) => entry.id)).not.toContain('sechs-laender-staatsvertrag');
    expect(on('2014-12-31').inForce.map((entry) => entry.id)).toContain('sechs-laender-staatsvertrag');
    // In force by its status, but since when no record says.
    expect(on('2025-12-31').signedOnly.map((entry) => entry.id)).not.toContain('nachnutzung-beitritte');
    expect(on('2025-12-31').inForce.map((entry) => entry.id)).not.toContain('nachnutzung-beitritte');
    expect(on('2019-12-31').inForce.map((entry) => entry.id)).not.toContain('pilot-beendet');
  });

  it('links the neighbouring years so that they read apart', () => {
    const view = statePage(registry, 2015, [2016, 2015, 2014]);
    expect(view.pager).toEqual({
      previous: { href: '/stand/2014/', label: 'Stand Ende 2014' },
      next: { href: '/stand/2016/', label: 'Stand Ende 2016' },
    });
  });
});

describe('contract history in a defined order', () => {
  it('never puts an accession of unknown date before the founding treaty', () => {
    const chain = ['errichtung-dienstleister', 'beitritt-dienstleister', 'aenderung-dienstleister', 'beitritt-undatiert'];
    for (const id of chain) expect(agreement(id).lineage.map((member) => member.id)).toEqual(chain);
  });

  it('orders related agreements oldest first, undated last', () => {
    expect(agreement('errichtung-dienstleister').relations.map((relation) => [relation.label, relation.other.id])).toEqual([
      ['Beitritt durch', 'beitritt-dienstleister'],
      ['Geändert durch', 'aenderung-dienstleister'],
      ['Beitritt durch', 'beitritt-undatiert'],
    ]);
  });

  it('shows a provider’s own founding and accession treaties in its timeline', () => {
    const group = timeline(registry, 'dienstleister', '2026-11-23').groups.find((entry) => entry.id === 'test-dienstleister');
    expect(group?.spans.map((span) => span.id)).toEqual(
      expect.arrayContaining(['errichtung-dienstleister', 'beitritt-dienstleister', 'dienstleister-2010', 'dienstleister-2020']),
    );
  });
});
