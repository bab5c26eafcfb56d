/** Helpers for tests over the built site in dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

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

/** The first page of each page type, for checks that need one of each. */
export const PAGE_TYPES: Record<string, string> = {
  Startseite: '/',
  'Liste der Vereinbarungen': '/vereinbarungen/',
  Vereinbarung: '/vereinbarungen/it-niedersachsen-dataport-2026/',
  'Liste der Länder': '/laender/',
  Land: '/laender/niedersachsen/',
  'Land ohne Vereinbarung': '/laender/bayern/',
  'Liste der Organisationen': '/organisationen/',
  Organisation: '/organisationen/dataport/',
  'Liste der Themen': '/themen/',
  Thema: '/themen/kuenstliche-intelligenz/',
  Zeitleiste: '/zeitleiste/',
  Jahr: '/zeitleiste/2013/',
  Suche: '/suche/',
  Mitmachen: '/mitmachen/',
  'Offene Daten': '/daten/',
  Barrierefreiheit: '/barrierefreiheit/',
  Impressum: '/impressum/',
  Datenschutz: '/datenschutz/',
  Fehlerseite: '/404.html',
};
