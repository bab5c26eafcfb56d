/**
 * What pages will say, checked on their view models without a build: texts read as
 * sentences, long party lists are not repeated, the cache key follows what a page shows.
 * Exact expectations on the fixtures; the real records only with properties.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { agreementPage } from '../../src/lib/agreement-page.ts';
import { listPaths } from '../../src/lib/agreement-lists.ts';
import { knownGaps } from '../../src/lib/known-gaps.ts';
import { landPage } from '../../src/lib/land-page.ts';
import { organisationPage } from '../../src/lib/organisation-page.ts';
import { pageKey } from '../../src/lib/page-key.ts';
import { buildRegistry, type Registry } from '../../src/lib/registry-core.ts';
import { statementFixtureRoot } from '../model-fixtures.ts';

const fixtures = registryFromFiles({ root: statementFixtureRoot() }).registry;
const real = registryFromFiles().registry;
const page = (registry: Registry, id: string) => agreementPage(registry, registry.agreement(id)!);

describe.each([
  ['fixtures', fixtures],
  ['real records', real],
] as const)('agreement pages over the %s', (_name, registry) => {
  const views = registry.agreements.map((agreement) => agreementPage(registry, agreement));

  it('write generated sentences as sentences: capital first letter, one full stop', () => {
    for (const view of views) {
      for (const sentence of view.inForce.details) {
        expect(sentence, view.id).toMatch(/^[A-ZÄÖÜ0-9]/);
        expect(sentence, view.id).toMatch(/[.)]$/);
        expect(sentence, view.id).not.toMatch(/\.\.$/);
      }
    }
  });

  it('name each party once before the table of parties', () => {
    for (const view of views) {
      const before = [
        ...(view.parties.listed ? view.parties.items.map((party) => party.actor.label) : []),
        ...view.laender.represented.map((involvement) => involvement.land.label),
      ];
      expect(new Set(before).size, view.id).toBe(before.length);
      // A long list is summarised when the table below names every party.
      if (view.showSteps && view.parties.items.length > 5) expect(view.parties.listed, view.id).toBe(false);
    }
  });

  it('never contradict the badge: the badge is the state of the in-force answer', () => {
    for (const view of views) {
      expect(view.inForce.label.startsWith(view.inForce.stateLabel) || view.inForce.state !== 'in-kraft', view.id).toBe(true);
      if (view.signing?.text) expect(view.signing.text, view.id).not.toBe('unbekannt');
    }
  });
});

describe('agreement pages on the fixtures', () => {
  it('summarise seventeen parties instead of listing them twice', () => {
    const view = page(fixtures, 'bund-laender-abkommen');
    expect(view.parties.summary).toBe('Bund und alle 16 Länder');
    expect(view.laender.represented).toEqual([]);
  });

  it('name a single party of its kind by name in the summary', () => {
    expect(page(fixtures, 'nachnutzung-beitritte').parties.summary).toBe('3 Länder und Test-Software GmbH');
  });

  it('list Länder that act through a ministry, by the ministry', () => {
    expect(
      page(fixtures, 'dienstleister-2010').laender.represented.map((entry) => [
        entry.land.label,
        entry.representedBy.map((org) => org.label),
      ]),
    ).toEqual([['Sachsen', ['Testministerium des Innern Sachsen']]]);
  });
});

describe('the cache key follows what a page shows', () => {
  it('changes when a linked record’s name changes, and only for pages that show it', () => {
    const { content } = registryFromFiles({ root: statementFixtureRoot() });
    const input = (rename: boolean) => ({
      laender: [...content.laender.values()],
      topics: [...content.topics.values()],
      organisations: [...content.organisations.values()].map((org) =>
        rename && org.id === 'test-dienstleister' ? { ...org, shortName: 'Umbenannter Dienstleister' } : org,
      ),
      solutions: [...content.solutions.values()],
      agreements: [...content.agreements.values()].map((record) => ({ id: record.id, filePath: record.file, data: record.data })),
    });
    const before = buildRegistry(input(false));
    const after = buildRegistry(input(true));
    const key = (registry: Registry, id: string) => pageKey(agreementPage(registry, registry.agreement(id)!));
    expect(key(after, 'dienstleister-2010')).not.toBe(key(before, 'dienstleister-2010'));
    expect(key(after, 'pilot-beendet')).toBe(key(before, 'pilot-beendet'));
    expect(pageKey(landPage(after, after.land('hamburg')!))).not.toBe(pageKey(landPage(before, before.land('hamburg')!)));
    expect(pageKey(organisationPage(after, after.organisation('test-firma')!))).not.toBe(
      pageKey(organisationPage(before, before.organisation('test-firma')!)),
    );
  });
});

describe('what /methodik/ says is known to be missing', () => {
  it('counts by the same rules the pages use', () => {
    expect(knownGaps(fixtures)).toEqual({
      agreements: 18 + 7,
      withoutSignature: 2,
      signatureDayUnknown: 2,
      // Model v3 adds three agreements only signed and one ended without a dated entry into force.
      notShownInForce: 11 + 3,
      inForceWithoutDate: 1 + 1,
      // And the three shareholders of the fixture company.
      owners: 8 + 3,
      ownersWithoutSince: 3,
      organisationsWithoutStart: 1,
    });
  });

  it('never counts more than there is in the real records', () => {
    const gaps = knownGaps(real);
    for (const part of [gaps.withoutSignature, gaps.signatureDayUnknown, gaps.notShownInForce, gaps.inForceWithoutDate])
      expect(part).toBeLessThanOrEqual(gaps.agreements);
    expect(gaps.ownersWithoutSince).toBeLessThanOrEqual(gaps.owners);
  });
});

describe('every route with static paths keys its pages by what they show', () => {
  it('returns a cacheKey from getStaticPaths (the list routes through listPaths)', () => {
    const pages = join(import.meta.dirname, '..', '..', 'src', 'pages');
    const routes = readdirSync(pages, { recursive: true })
      .map(String)
      .filter((path) => /\.(astro|ts)$/.test(path))
      .filter((path) => readFileSync(join(pages, path), 'utf8').includes('getStaticPaths'));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const text = readFileSync(join(pages, route), 'utf8');
      expect(text.includes('cacheKey') || text.includes('listPaths('), route).toBe(true);
    }
    for (const registry of [fixtures, real])
      for (const kind of ['land', 'organisation', 'topic'] as const)
        for (const path of listPaths(registry, kind)) expect(path.cacheKey).toBe(pageKey(path.props.view));
  });
});

describe('an organisation’s own contract history', () => {
  it('starts with its founding treaty and says what each later treaty did', () => {
    const history = organisationPage(fixtures, fixtures.organisation('test-dienstleister')!).history;
    expect(history.map((item) => [item.link.href.split('/')[2], item.role])).toEqual([
      ['errichtung-dienstleister', 'Gründung'],
      ['beitritt-dienstleister', 'Beitritt; neue Träger: Bremen'],
      ['aenderung-dienstleister', 'Änderung'],
      ['beitritt-undatiert', 'Beitritt'],
    ]);
  });
});
