/**
 * The record model on the fixture corpus (tests/fixtures/model-v2): each situation the
 * model must state validates, and the derived relations never count an indirect
 * involvement as a direct one. Expectations are written out by hand from the fixtures.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { stateOn } from '../../src/lib/state-at.ts';
import { stateDataOf } from '../../src/lib/state-data.ts';
import { agreementToV1, landToV1 } from '../../src/open-data/api.ts';
import { partyRows } from '../../src/open-data/party-rows.ts';
import { agreementColumns, partyColumns, stepColumns, toCsv } from '../../src/open-data/tables.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const { registry, diagnostics, content } = registryFromFiles({ root: modelFixtureRoot() });
const context = { registry, lastChanged: () => undefined, dataVersion: { date: new Date('2026-01-01') } };
const agreement = (id: string) => {
  const found = registry.agreement(id);
  if (!found) throw new Error(`fixture ${id} missing`);
  return found;
};
const involvement = (agreementId: string, landId: string) => agreement(agreementId).laender.find((entry) => entry.land.id === landId);

describe('the model states each situation without bending', () => {
  it('validates every fixture', () => {
    expect(diagnostics).toEqual([]);
    expect(content.agreements.size).toBe(12 + 7);
  });

  it('1: six Länder signing on two days, approving laws, retroactive effect', () => {
    const treaty = agreement('sechs-laender-staatsvertrag');
    expect(treaty.date).toBe('2013-08-06');
    expect(treaty.data.effective).toBe('2013-01-01');
    expect(treaty.parties.map((party) => [party.actor.id, party.joined])).toEqual([
      ['schleswig-holstein', '2013-08-06'],
      ['hamburg', '2013-08-06'],
      ['bremen', '2013-08-06'],
      ['mecklenburg-vorpommern', '2013-09-27'],
      ['niedersachsen', '2013-09-27'],
      ['sachsen-anhalt', '2013-09-27'],
    ]);
    const sh = treaty.parties[0]!;
    expect(sh.steps[1]).toMatchObject({ type: 'zustimmung', law: { citation: 'GVOBl. Schl.-H. 2013 S. 1' } });
    expect(treaty.parties[4]!.declarations).toHaveLength(1);
  });

  it('2: a party that joined later and one that is only planned', () => {
    const contract = agreement('rahmenvertrag-zwei-laender-firma');
    expect(contract.parties.map((party) => [party.actor.id, party.participation])).toEqual([
      ['berlin', 'partei'],
      ['brandenburg', 'partei'],
      ['test-firma', 'partei'],
      ['thueringen', 'beigetreten'],
      ['saarland', 'geplant'],
    ]);
    expect(involvement('rahmenvertrag-zwei-laender-firma', 'saarland')).toMatchObject({ direct: false, planned: true, via: [] });
    expect(involvement('rahmenvertrag-zwei-laender-firma', 'thueringen')).toMatchObject({ direct: true, planned: false });
  });

  it('3: municipal bodies found a Zweckverband, which names its founding agreement', () => {
    const founding = agreement('gruendung-kommunales-rechenzentrum');
    expect(founding.founded.map((org) => org.id)).toEqual(['kommunales-rechenzentrum']);
    expect(founding.ownershipsBegun.map(({ actor }) => actor.id).sort()).toEqual(['landkreis-nord', 'landkreis-sued', 'stadt-mitte']);
    // Kommunen in Niedersachsen are not Niedersachsen: the Land is neither a party nor involved through them.
    expect(involvement('gruendung-kommunales-rechenzentrum', 'niedersachsen')).toBeUndefined();
    expect(founding.located.map(({ land }) => land.id)).toEqual(['niedersachsen']);
    expect(registry.organisation('landkreis-nord')?.ars).toBe('034510000000');
  });

  it('4: a solution developed by one Land and re-used by four, with no start of use recorded', () => {
    const solution = registry.solution('test-loesung')!;
    // The agreement's date is not the day each re-user began: without a re-user entry, none is given.
    expect(registry.reusersOf(solution).map((reuser) => [reuser.actor.id, reuser.since, reuser.agreement?.id, reuser.basis])).toEqual([
      ['bayern', undefined, 'nachnutzung-loesung', 'vereinbarung'],
      ['baden-wuerttemberg', undefined, 'nachnutzung-loesung', 'vereinbarung'],
      ['rheinland-pfalz', undefined, 'nachnutzung-loesung', 'vereinbarung'],
      ['saarland', undefined, 'nachnutzung-loesung', 'vereinbarung'],
    ]);
    expect(registry.agreementsOfSolution('test-loesung').map(({ agreement: entry }) => entry.id)).toEqual(['nachnutzung-loesung']);
  });

  it('5: signed on an unknown day, or between two months', () => {
    expect(agreement('kompetenzzentrum-undatiert')).toMatchObject({ date: { unknown: expect.stringContaining('nur') }, year: undefined });
    expect(agreement('absprache-zeitraum')).toMatchObject({ date: '2013-08/2013-09', day: '2013-08-01', year: 2013 });
    expect(agreementToV1(context, 'absprache-zeitraum').signed).toMatchObject({
      form: 'between',
      earliest: '2013-08-01',
      latest: '2013-09-30',
      label: 'zwischen August und September 2013',
    });
    expect(agreementToV1(context, 'kompetenzzentrum-undatiert').signed).toMatchObject({ form: 'unknown', value: null, earliest: null });
  });

  it('6: the Bund with all 16 Länder', () => {
    const accord = agreement('bund-laender-abkommen');
    expect(accord.federal).toBe(true);
    expect(accord.laender.filter((entry) => entry.direct)).toHaveLength(16);
    expect(agreement('sechs-laender-staatsvertrag').federal).toBe(false);
  });
});

describe('direct and indirect involvement are never confused', () => {
  it('counts a provider for a Land only if the Land owned it on the agreement’s date', () => {
    // Bremen became an owner of the provider in 2015.
    expect(involvement('dienstleister-2010', 'bremen')).toBeUndefined();
    expect(involvement('dienstleister-2010', 'hamburg')).toMatchObject({ direct: false, via: [{ id: 'test-dienstleister' }] });
    expect(involvement('dienstleister-2020', 'bremen')).toMatchObject({ direct: false, via: [{ id: 'test-dienstleister' }] });
  });

  it('treats a ministry as its Land acting, and says so', () => {
    expect(involvement('dienstleister-2010', 'sachsen')).toMatchObject({
      direct: true,
      representedBy: [{ id: 'innenministerium-sachsen' }],
      via: [],
    });
  });

  it('keeps counts, partners and topic lists apart', () => {
    const direct = registry.directCountByLand();
    const indirect = registry.indirectCountByLand();
    // Hamburg: party to the founding treaty, the accession, the amendment, the six-Länder treaty and the Bund accord;
    // only through its provider in the two provider agreements.
    expect(direct.get('hamburg')).toBe(5);
    expect(indirect.get('hamburg')).toBe(2);
    expect(direct.get('bremen')).toBe(4);
    expect(indirect.get('bremen')).toBe(1);
    expect(indirect.get('saarland')).toBe(0);
    expect(registry.partnerLaenderOfLand('hamburg').find(({ item }) => item.id === 'sachsen')).toEqual({
      item: expect.objectContaining({ id: 'sachsen' }),
      count: 1,
    });
    // In 2010 Hamburg met Sachsen only through its provider; in 2020 Bremen and Hamburg were both there only through it.
    expect(registry.indirectPartnerLaenderOfLand('hamburg').map(({ item, count }) => [item.id, count])).toEqual([
      ['bremen', 1],
      ['sachsen', 1],
    ]);
    const topic = registry.laenderOfTopic('rechenzentren');
    expect(topic.direct.find(({ item }) => item.id === 'niedersachsen')?.count).toBe(2);
    expect(topic.indirect.map(({ item }) => item.id)).toEqual([]);
  });

  it('keeps them apart in JSON and CSV', () => {
    const v1 = agreementToV1(context, 'dienstleister-2010');
    expect(v1.laender.map((land) => [land.id, land.direct, land.via, land.representedBy])).toEqual([
      ['hamburg', false, ['test-dienstleister'], []],
      ['sachsen', true, [], ['innenministerium-sachsen']],
    ]);
    const rows = parse(toCsv(agreementColumns, [v1]), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ laenderDirekt: 'DE-SN', laenderMittelbar: 'DE-HH', bund: 'false' });
    const hamburg = landToV1(context, registry.land('hamburg')!);
    expect(hamburg.agreements.find((entry) => entry.id === 'dienstleister-2010')).toEqual({
      id: 'dienstleister-2010',
      direct: false,
      via: ['test-dienstleister'],
      planned: false,
    });
  });

  it('writes one CSV row per party step and per party', () => {
    const v1 = agreementToV1(context, 'sechs-laender-staatsvertrag');
    const steps = parse(
      toCsv(
        stepColumns,
        v1.parties.flatMap((party) => party.steps.map((step) => ({ agreement: v1, party, step }))),
      ),
      { bom: true, delimiter: ';', columns: true },
    ) as Record<string, string>[];
    expect(steps).toHaveLength(13);
    expect(steps[1]).toMatchObject({
      partyId: 'schleswig-holstein',
      step: 'zustimmung',
      date: '2013-11-20',
      precision: 'day',
      lawCitation: 'GVOBl. Schl.-H. 2013 S. 1',
      sources: 'https://example.org/meldung',
    });
    const allParties = parse(
      toCsv(
        partyColumns,
        partyRows(registry, (id) => agreementToV1(context, id)),
      ),
      { bom: true, delimiter: ';', columns: true },
    ) as Record<string, string>[];
    const parties = allParties.filter((row) => row.agreementId === 'rahmenvertrag-zwei-laender-firma');
    expect(parties.map((row) => [row.partyId, row.participation, row.joined])).toEqual([
      ['berlin', 'partei', '2023-05-02'],
      ['brandenburg', 'partei', '2023-05-02'],
      ['test-firma', 'partei', '2023-05-02'],
      ['thueringen', 'beigetreten', '2024-06-01'],
      ['saarland', 'geplant', ''],
    ]);
    expect(parties.map((row) => [row.partyKind, row.partyLand])).toEqual([
      ['land', 'DE-BE'],
      ['land', 'DE-BB'],
      ['unternehmen', ''],
      ['land', 'DE-TH'],
      ['land', 'DE-SL'],
    ]);
    // The role as the record states it, else derived from the solution the agreement is about.
    const reuse = allParties.filter((row) => row.agreementId === 'nachnutzung-loesung');
    expect(reuse.map((row) => [row.partyId, row.role, row.roleSource])).toEqual([
      ['hessen', 'Entwickler', 'eintrag'],
      ...['bayern', 'baden-wuerttemberg', 'rheinland-pfalz', 'saarland'].map((id) => [id, 'nutzt Test-Antragsdienst nach', 'abgeleitet']),
    ]);
  });

  it('gives researchers sources with titles and dates, signatories and notes in vereinbarungen.csv', () => {
    const [row] = parse(toCsv(agreementColumns, [agreementToV1(context, 'nachnutzung-loesung')]), {
      bom: true,
      delimiter: ';',
      columns: true,
    }) as Record<string, string>[];
    expect(row).toMatchObject({
      sourceTitles: 'Testmeldung (Testverlag)',
      sourceDates: 'veröffentlicht 2025-01-10, abgerufen 2026-11-01',
      signatories: '',
      notes: '',
    });
  });
});

describe('lineage and the state at a date', () => {
  it('shows the whole chain in order on every member', () => {
    const chain = ['errichtung-dienstleister', 'beitritt-dienstleister', 'aenderung-dienstleister'];
    for (const id of chain) expect(agreement(id).lineage.map((member) => member.id)).toEqual(chain);
    expect(agreement('dienstleister-2010').lineage).toEqual([]);
    expect(agreement('beitritt-dienstleister').relations.map((relation) => relation.label)).toEqual(['Tritt bei']);
    expect(
      agreement('errichtung-dienstleister')
        .relations.map((relation) => relation.label)
        .sort(),
    ).toEqual(['Beitritt durch', 'Geändert durch']);
  });

  it('knows what was in force and who owned the provider at a year end', () => {
    const data = stateDataOf(registry);
    const end2010 = stateOn(data, '2010-12-31');
    expect(end2010.providers.find((provider) => provider.id === 'test-dienstleister')?.owners.map((owner) => owner.name)).toEqual([
      'Hamburg',
    ]);
    const end2015 = stateOn(data, '2015-12-31');
    expect(end2015.providers.find((provider) => provider.id === 'test-dienstleister')?.owners.map((owner) => owner.name)).toEqual([
      'Hamburg',
      'Bremen',
    ]);
    // Signed in 2010, no entry into force recorded: signed by then, not shown to be in force.
    expect(end2010.inForce.map((entry) => entry.id)).not.toContain('dienstleister-2010');
    expect(end2010.signedOnly.map((entry) => entry.id)).toContain('dienstleister-2010');
    expect(end2010.signedOnly.map((entry) => entry.id)).not.toContain('dienstleister-2020');
    // Retroactive from 2013-01-01, but in force only from its entry into force in February 2014.
    expect(stateOn(data, '2013-03-01').inForce.map((entry) => entry.id)).not.toContain('sechs-laender-staatsvertrag');
    expect(stateOn(data, '2014-03-01').inForce.map((entry) => entry.id)).toContain('sechs-laender-staatsvertrag');
    // Signed between August and September 2013: surely signed only from October.
    expect(stateOn(data, '2013-09-15').signedOnly.map((entry) => entry.id)).not.toContain('absprache-zeitraum');
    expect(stateOn(data, '2013-10-01').signedOnly.map((entry) => entry.id)).toContain('absprache-zeitraum');
    // The planned party is never a party on any day; the one that joined later is from its accession on.
    const contractOn = (day: string) =>
      [...stateOn(data, day).inForce, ...stateOn(data, day).signedOnly]
        .find((entry) => entry.id === 'rahmenvertrag-zwei-laender-firma')
        ?.parties.map((party) => party.name);
    expect(contractOn('2023-12-31')).toEqual(['Berlin', 'Brandenburg', 'Test-Software GmbH']);
    expect(contractOn('2024-12-31')).toEqual(['Berlin', 'Brandenburg', 'Test-Software GmbH', 'Thüringen']);
  });
});
