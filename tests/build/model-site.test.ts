/**
 * The site built from the fixture corpus (tests/fixtures/model-v2 and model-v3): Land
 * pages, search facets, the map, the network and the "Stand am" pages never present an
 * involvement through a provider as a party, and a Land that became an owner after an
 * agreement is not involved in it at all; memberships, shareholdings, party groups,
 * municipal agreements, a parliament informed, foreign bodies and re-users appear exactly
 * as the fixtures state them. Expectations are written out from the fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, NOT_ON_PAGE } from '../field-coverage.ts';
import { MODEL_FIXTURES, MODEL_V3_FIXTURES } from '../model-fixtures.ts';
import { fixtureSite } from './sites.ts';

let dist: string;
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const facets = (path: string) =>
  page(path)
    .querySelectorAll('[data-pagefind-filter]')
    .map((element) => element.getAttribute('data-pagefind-filter'));

beforeAll(async () => {
  const site = await fixtureSite();
  expect(site.status, site.output).toBe(0);
  dist = join(site.root, 'dist-cold');
});

describe('the fixture site', () => {
  it('does not list an agreement on the page of a Land that owned the provider only later', () => {
    const bremen = page('laender/bremen')
      .querySelectorAll('tr[data-id] th a')
      .map((link) => link.getAttribute('href'));
    expect(bremen).not.toContain('/vereinbarungen/dienstleister-2010/');
    expect(bremen).toContain('/vereinbarungen/dienstleister-2020/');
  });

  it('says on a Land page that the Land is not itself a party', () => {
    const item = page('laender/bremen').querySelector('tr[data-id="dienstleister-2020"]');
    expect(item?.querySelector('.involvement')?.text.replace(/\s+/g, ' ').trim()).toBe(
      'Nicht selbst Vertragspartei: beteiligt über Test-Dienstleister (als damaliger Träger)',
    );
  });

  it('files a Land as party or as only involved through a provider in the search facets', () => {
    expect(facets('vereinbarungen/dienstleister-2010')).toEqual(expect.arrayContaining(['land:Sachsen', 'landUeber:Hamburg']));
    expect(facets('vereinbarungen/dienstleister-2010')).not.toContain('land:Hamburg');
    expect(facets('vereinbarungen/dienstleister-2010').filter((facet) => facet?.includes('Bremen'))).toEqual([]);
    expect(facets('vereinbarungen/rahmenvertrag-zwei-laender-firma')).not.toContain('land:Saarland');
  });

  it('counts only parties on the map', () => {
    const label = (id: string) => page('laender').querySelector(`.map__svg a[href="/laender/${id}/"]`)?.getAttribute('aria-label');
    // Hamburg: founding, accession, amendment, six-Länder treaty, Bund accord; not the two provider agreements.
    expect(label('hamburg')).toBe('Hamburg: 5 Vereinbarungen');
    // Saarland: the framework contract with Berlin, the Länder accord and the declaration with a Luxembourg ministry.
    expect(label('saarland')).toBe('Saarland: 3 Vereinbarungen');
  });

  it('draws network edges only between parties', () => {
    const rows = page('organisationen')
      .querySelectorAll('.network__table tbody tr')
      .map((row) => row.text.replace(/\s+/g, ' ').trim());
    expect(rows.some((row) => row.startsWith('Bremen und Test-Dienstleister') && !row.includes('Träger'))).toBe(false);
    expect(rows.some((row) => /Saarland und Test-Software GmbH/.test(row))).toBe(false);
  });

  it('shows per-party steps, the lineage and the founded organisation', () => {
    const treaty = page('vereinbarungen/sechs-laender-staatsvertrag');
    expect(treaty.querySelectorAll('section[aria-labelledby="verlauf"] tbody tr')).toHaveLength(6);
    expect(treaty.text).toContain('Gesetz zu dem Staatsvertrag über einen gemeinsamen Testdienst');
    expect(treaty.text).toMatch(/Wirksam ab\s*1\. Januar 2013 \(rückwirkend\)/);
    const lineage = page('vereinbarungen/beitritt-dienstleister')
      .querySelectorAll('.lineage li')
      .map((item) => item.text.replace(/\s+/g, ' ').trim());
    expect(lineage.map((text) => text.split(':')[0])).toEqual(['27. August 2003', '1. Oktober 2014', 'Mai 2018']);
    expect(page('vereinbarungen/gruendung-kommunales-rechenzentrum').text).toMatch(/Gründet\s+KRZ Mitte/);
    expect(page('organisationen/kommunales-rechenzentrum').text).toMatch(
      /Gegründet durch\s*Vertrag über die Gründung des Kommunalen Rechenzentrums Mitte/,
    );
  });

  it('links each signatory to the Land or organisation they signed for, and each project to its lead', () => {
    const contract = page('vereinbarungen/rahmenvertrag-zwei-laender-firma');
    const signatory = contract.querySelector('[data-fields~="signatories"] li');
    expect(signatory?.text.replace(/\s+/g, ' ')).toMatch(/^Erika Beispiel, Staatssekretärin \(für Berlin\)/);
    expect(signatory?.querySelector('a[href="/laender/berlin/"]')).not.toBeNull();
    expect(contract.querySelector('[data-fields~="projects"] a[href="/organisationen/test-firma/"]')).not.toBeNull();
  });

  it('shows who re-uses a solution since when', () => {
    const rows = page('loesungen/test-loesung')
      .querySelectorAll('section[aria-labelledby="nachnutzung"] tbody tr')
      .map((row) => row.querySelectorAll('th, td').map((cell) => cell.text.replace(/\s+/g, ' ').trim()));
    expect(rows.map((cells) => cells[0])).toEqual(['Bayern', 'Baden-Württemberg', 'Rheinland-Pfalz', 'Saarland']);
    // The solution names no re-user: the parties of the agreement re-use it from a start no source gives.
    expect(rows[0]).toEqual([
      'Bayern',
      'Beginn nicht erfasst (nur als Partei der Vereinbarung bekannt)',
      'kein Ende erfasst',
      'Nachnutzungsvertrag Test-Antragsdienst',
    ]);
  });

  it('shows who owned the provider at a year end', () => {
    const text = (year: number) => page(`stand/${year}`).querySelector('#traeger')?.parentNode.text.replace(/\s+/g, ' ') ?? '';
    expect(text(2010)).toMatch(/Test-Dienstleister: Hamburg(?!, Bremen)/);
    expect(text(2015)).toMatch(/Test-Dienstleister: Hamburg, Bremen/);
  });
});

/** Text as a reader sees it: whitespace collapsed, source markers ("[1]") left out. */
const said = (node: { text: string } | null | undefined) =>
  (node?.text ?? '')
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const rows = (path: string, section: string) =>
  page(path)
    .querySelectorAll(`section[aria-labelledby="${section}"] tbody tr`)
    .map((row) => row.querySelectorAll('th, td').map(said));
/** The value of a fact ("Rechtsgrundlage") on a page. */
const fact = (path: string, label: string) =>
  said(
    page(path)
      .querySelectorAll('dt')
      .find((term) => said(term) === label)?.nextElementSibling,
  );
const landRows = (land: string) =>
  page(`laender/${land}`)
    .querySelectorAll('#vereinbarungen-tabelle tbody tr')
    .map((row) => row.querySelector('.agreement-table__title a')?.getAttribute('href'));

describe('the model v3 fixtures say on their pages exactly what they state', () => {
  it('membership: the cooperative lists its members over time and the count its source states, and is no party to them', () => {
    expect(rows('organisationen/test-genossenschaft', 'mitglieder')).toEqual([
      ['Landkreis Nord', '1. März 2016', 'kein Ende erfasst', ''],
      ['Gemeinde Ried', '2017', '30. Juni 2021', 'Gestrichen (aus der Mitgliederliste)'],
      ['Stadt am See', '1. Mai 2019', '31. Dezember 2023', 'Kündigung, erklärt am 1. März 2022'],
    ]);
    const cooperative = page('organisationen/test-genossenschaft');
    expect(said(cooperative.querySelector('section[aria-labelledby="mitglieder"]'))).toContain(
      '12 öffentliche Mitglieder laut Quelle (Stand Januar 2024)',
    );
    expect(said(cooperative.querySelector('section[aria-labelledby="vereinbarungen"]'))).toContain('Noch keine Vereinbarung erfasst');
    // The member's page shows the membership with its span, linked.
    expect(fact('organisationen/stadt-am-see', 'Mitglied bei')).toBe('TKIT (von 1. Mai 2019 bis 31. Dezember 2023)');
    expect(page('organisationen/stadt-am-see').querySelector('a[href="/organisationen/test-genossenschaft/"]')).not.toBeNull();
    expect(fact('organisationen/gemeinde-ried', 'Aufgelöst')).toBe('1. Januar 2022');
  });

  it('shareholding: each figure with the Stand its source gives, none for a date it does not, and transfers with their approval', () => {
    const owners = page('organisationen/test-it-gmbh')
      .querySelectorAll('section[aria-labelledby="traeger"] tbody tr')
      .map((row) => [said(row.querySelector('th')), row.querySelectorAll('td')[2]!.querySelectorAll('li').map(said)]);
    expect(owners).toEqual([
      ['Stadt Mitte', ['51 % (Stand 1. Januar 2015)', '60 %, 15.000,00 € (Stand 30. Juni 2020)']],
      ['Landkreis Süd', ['49 % (Stand 1. Januar 2015)']],
      ['KRZ Mitte', ['2.500,00 € (Stand 1. Januar 2022)']],
    ]);
    const transfers = page('organisationen/test-it-gmbh').querySelectorAll('section[aria-labelledby="anteilsuebertragungen"] li').map(said);
    expect(transfers).toEqual([
      '30. Juni 2020: 9 % von Landkreis Süd an Stadt Mitte; Zustimmung: Testministerium des Innern (Kommunalaufsicht) am 15. Mai 2020, Az. 32-1234/2020',
      '1. Januar 2022: 2.500,00 € von Stadt Mitte an KRZ Mitte',
    ]);
  });

  it('party groups: who they are, how many if known, only the members the source names', () => {
    const parties = (id: string) => page(`vereinbarungen/${id}`).querySelectorAll('[data-fields~="parties"] > dd > ul > li').map(said);
    expect(parties('bund-laender-gruppe')).toEqual(['die Länder (16 laut Quelle; namentlich genannt: Hessen, Bayern)', 'Bund']);
    expect(parties('kreis-kommunen-vereinbarung')).toEqual([
      'die meisten Kommunen des Landkreises Nord (Anzahl nicht angegeben)',
      'Landkreis Nord (federführend)',
    ]);
    // Named members are parties on their Land's page; a Land the source does not name is not.
    expect(landRows('hessen')).toContain('/vereinbarungen/bund-laender-gruppe/');
    expect(landRows('bayern')).toContain('/vereinbarungen/bund-laender-gruppe/');
    expect(landRows('sachsen')).not.toContain('/vereinbarungen/bund-laender-gruppe/');
  });

  it('a municipal public-law agreement: council decisions, approval, gazette and Land law; its Land only as the seat', () => {
    const agreement = page('vereinbarungen/oerv-zwei-staedte-zwei-kreise');
    const text = said(agreement);
    expect(fact('vereinbarungen/oerv-zwei-staedte-zwei-kreise', 'Rechtsgrundlage')).toBe('§ 23 GkG NRW');
    expect(text).toContain('15. April 2021: Genehmigt durch die Aufsichtsbehörde – Bezirksregierung Testberg, Az. 31.2-1234/21');
    expect(text).toContain('1. Mai 2021: Amtlich bekannt gemacht – Amtsblatt für den Regierungsbezirk Testberg, Nr. 18, S. 123');
    expect(agreement.querySelector('a[href="https://example.org/amtsblatt-18"]')).not.toBeNull();
    expect(text).toContain(
      '10. Dezember 2020: Beschluss eines Gremiums (Rat, Kreistag, Verbandsversammlung) – Rat der Stadt West, Vorlage 0815/2020',
    );
    expect(text).toContain('nur der Sitz: Nordrhein-Westfalen ist weder Vertragspartei noch Träger');
    expect(landRows('nordrhein-westfalen')).not.toContain('/vereinbarungen/oerv-zwei-staedte-zwei-kreise/');
    expect(facets('vereinbarungen/oerv-zwei-staedte-zwei-kreise').filter((facet) => facet?.includes('Nordrhein-Westfalen'))).toEqual([]);
  });

  it('a parliament informed is never an approval; a planned date stays apart from the actual one', () => {
    const text = said(page('vereinbarungen/efa-mitnutzung'));
    expect(text).toContain(
      '20. Oktober 2018: Unterrichtung des Parlaments (zur Kenntnis, keine Zustimmung) – Landtag Schleswig-Holstein, Finanzausschuss, Umdruck 19/1234',
    );
    expect(text.match(/Zustimmung/g)).toEqual(['Zustimmung']);
    expect(text).not.toMatch(/genehmigt|Ratifi/i);
    expect(text).toContain('1. Februar 2019: In Kraft getreten (geplant war 1. Januar 2019)');
    expect(text).toContain('In Kraft seit 1. Februar 2019.');
  });

  it('a supplement in force whose main agreement ended says so', () => {
    expect(said(page('vereinbarungen/bund-laender-zusatz').querySelector('[data-fields~="status"]'))).toContain(
      'Die Hauptvereinbarung „Verwaltungsvereinbarung des Bundes und der Länder über Testnetze“ ist am 31. Dezember 2022 beendet',
    );
  });

  it('a foreign public body: shown with its country, never as a Land', () => {
    const agreement = page('vereinbarungen/grenzueberschreitend-luxemburg');
    expect(said(agreement.querySelector('[data-fields~="parties"]'))).toContain(
      'Testministerium für Digitalisierung des Großherzogtums (Luxemburg)',
    );
    expect(facets('vereinbarungen/grenzueberschreitend-luxemburg').filter((facet) => facet?.startsWith('land'))).toEqual(['land:Saarland']);
    expect(fact('organisationen/test-ministerium-luxemburg', 'Staat')).toBe('Luxemburg');
  });

  it('re-use per re-user: each with the start and end its source gives, apart from the agreement', () => {
    expect(rows('loesungen/test-efa-dienst', 'nachnutzung')).toEqual([
      ['Sachsen', 'Beginn nicht erfasst', 'kein Ende erfasst', 'Erste Änderung der Vereinbarung über die Mitnutzung des Test-EfA-Dienstes'],
      ['Hessen', 'März 2019', 'kein Ende erfasst', 'Vereinbarung über die Mitnutzung des Test-EfA-Dienstes'],
      [
        'Bayern (zunächst im Pilotbetrieb)',
        '15. Januar 2020',
        '31. Dezember 2023',
        'Vereinbarung über die Mitnutzung des Test-EfA-Dienstes',
      ],
    ]);
  });

  it("offers an organisation's feed and calendar once", () => {
    const links = page('organisationen/test-genossenschaft')
      .querySelectorAll('main a[href]')
      .map((link) => link.getAttribute('href'));
    for (const href of ['/feeds/aenderungen/organisationen/test-genossenschaft.xml', '/kalender/organisationen/test-genossenschaft.ics'])
      expect(
        links.filter((link) => link === href),
        href,
      ).toHaveLength(1);
  });
});

describe('every record field reaches its page', () => {
  const kinds = [
    { kind: 'agreement', folder: 'agreements', extension: '.mdx', path: 'vereinbarungen' },
    { kind: 'organisation', folder: 'organisations', extension: '.yaml', path: 'organisationen' },
    { kind: 'solution', folder: 'solutions', extension: '.yaml', path: 'loesungen' },
  ] as const;
  it.each(kinds)('$kind pages show every field, or it is listed with a reason', ({ kind, folder, extension, path }) => {
    const shown = new Set(
      [MODEL_FIXTURES, MODEL_V3_FIXTURES]
        .flatMap((fixtures) => readdirSync(join(fixtures, folder)))
        .filter((file) => file.endsWith(extension))
        .flatMap((file) => page(`${path}/${file.slice(0, -extension.length)}`).querySelectorAll('[data-fields]'))
        .flatMap((element) => element.getAttribute('data-fields')!.split(' ')),
    );
    expect(
      fieldsOf(kind)
        .map(([name]) => name)
        .filter((name) => !shown.has(name) && !(name in NOT_ON_PAGE[kind])),
    ).toEqual([]);
  });
});
