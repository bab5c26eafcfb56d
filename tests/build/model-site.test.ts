/**
 * The site built from the fixture corpus (tests/fixtures/model-v2): Land pages, search
 * facets, the map, the network and the "Stand am" pages never present an involvement
 * through a provider as a party, and a Land that became an owner after an agreement is
 * not involved in it at all. Expectations are written out from the fixtures.
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
    // Saarland: Bund accord, re-use, the cross-border agreement (model v3); not the framework contract with a firm.
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
    // A party of the re-use agreement without a re-user entry of its own: its start is not known.
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
