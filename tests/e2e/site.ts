/** Helpers for tests over the built site in dist/ (once it is built: ./built.ts). */
import './built.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { comparisonPages } from '../../src/lib/compare.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { urls } from '../../src/lib/urls.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page of the build as its URL path ("/laender/hamburg/"). */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

export function readPage(path: string): HTMLElement {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return parse(readFileSync(join(DIST, file), 'utf8'));
}

const { registry } = registryFromFiles();

/** A record of each kind, chosen from whatever the corpus holds, so new records never break a test. */
export const SAMPLE = {
  /** The agreement with the most per-party steps: it shows the most of the model. */
  agreement: [...registry.agreements].sort(
    (a, b) => b.parties.flatMap((party) => party.steps).length - a.parties.flatMap((party) => party.steps).length,
  )[0]!,
  land: [...registry.laender].sort((a, b) => registry.agreementsOfLand(b.id).length - registry.agreementsOfLand(a.id).length)[0]!,
  landWithout: registry.laender.find((land) => registry.agreementsOfLand(land.id).length === 0),
  organisation: registry.organisationsByAgreements()[0]!.item,
  topic: [...registry.topics].sort((a, b) => registry.agreementsOfTopic(b.id).length - registry.agreementsOfTopic(a.id).length)[0]!,
  solution: registry.solutions[0],
  year: registry.years[0]!,
  stateYear: registry.stateYears(new Date().getFullYear())[0],
  /** A comparison with something shared directly and, if any, something only through a provider. */
  comparison: [...comparisonPages(registry)].sort(
    (a, b) => Math.min(b.direct.length, 1) - Math.min(a.direct.length, 1) || b.indirect.length - a.indirect.length,
  )[0],
};

/** One page of each page type, for checks that need one of each. */
export const PAGE_TYPES: Record<string, string> = {
  Startseite: '/',
  'Liste der Vereinbarungen': '/vereinbarungen/',
  Vereinbarung: urls.agreement(SAMPLE.agreement.id),
  'Liste der Länder': '/laender/',
  Land: urls.land(SAMPLE.land.id),
  ...(SAMPLE.landWithout ? { 'Land ohne Vereinbarung': urls.land(SAMPLE.landWithout.id) } : {}),
  'Liste der Organisationen': '/organisationen/',
  Organisation: urls.organisation(SAMPLE.organisation.id),
  'Liste der Themen': '/themen/',
  Thema: urls.topic(SAMPLE.topic.id),
  'Liste der Lösungen': urls.solutions(),
  ...(SAMPLE.solution ? { Lösung: urls.solution(SAMPLE.solution.id) } : {}),
  ...(SAMPLE.comparison ? { Vergleich: urls.compare(SAMPLE.comparison.a, SAMPLE.comparison.b) } : {}),
  Zeitleiste: '/zeitleiste/',
  'Verlauf nach Land': urls.timelineBy('land'),
  'Verlauf nach IT-Dienstleister': urls.timelineBy('dienstleister'),
  Jahr: urls.year(SAMPLE.year),
  'Stand am': urls.stateIndex(),
  ...(SAMPLE.stateYear ? { 'Stand am Jahresende': urls.stateAt(SAMPLE.stateYear) } : {}),
  Suche: '/suche/',
  Mitmachen: '/mitmachen/',
  'Offene Daten': '/daten/',
  Methodik: urls.methodology(),
  Datenqualität: '/daten/qualitaet/',
  Änderungen: urls.changes(),
  Demnächst: urls.upcoming(),
  Barrierefreiheit: '/barrierefreiheit/',
  Impressum: '/impressum/',
  Datenschutz: '/datenschutz/',
  Fehlerseite: '/404.html',
};
