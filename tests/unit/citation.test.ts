/**
 * The citation formats, parsed back with Citation.js (the BibTeX, RIS and CSL readers
 * Zotero-like tools build on): what goes in must come out, awkward characters included.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  bibtexEscape,
  CITATION_FORMATS,
  citationKey,
  citationText,
  formatCitation,
  toBibtex,
  toCslJson,
  toRis,
  type CitationData,
} from '../../src/lib/citation.ts';

const pinned: CitationData = {
  id: 'it-niedersachsen-dataport-2026',
  title: 'Kooperationsvereinbarung zwischen IT.Niedersachsen und Dataport',
  url: 'https://kooperationsatlas.de/vereinbarungen/it-niedersachsen-dataport-2026/',
  siteName: 'Kooperationsatlas',
  updated: '2026-03-05',
  version: 'abc1234',
  permalink:
    'https://github.com/kooperationsatlas/kooperationsatlas/blob/abc1234def5678abc1234def5678abc1234def56/src/content/agreements/it-niedersachsen-dataport-2026.mdx',
  genre: 'Kooperationsvereinbarung',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de' },
};

/** Every character BibTeX treats specially, plus Unicode that must survive as is. */
const awkward: CitationData = {
  id: 'sonderzeichen-2020',
  title: 'Vertrag über 100 % & mehr: {Klammern} #1 mit_Unterstrich, $, ~, ^ und \\ – „Zitat“ ß',
  url: 'https://example.org/vereinbarungen/sonderzeichen-2020/',
  siteName: 'Kooperationsatlas',
  publisher: 'Verein für offene Daten e. V.',
};

const parse = (text: string) => new Cite(text).data;

describe('formatted citation', () => {
  it('names site, year, title, record, version, page and pinned version', () => {
    expect(citationText(pinned)).toBe(
      'Kooperationsatlas (2026): Kooperationsvereinbarung zwischen IT.Niedersachsen und Dataport. ' +
        'Eintrag „it-niedersachsen-dataport-2026“, Stand 05.03.2026, Datenversion abc1234. ' +
        `Online: ${pinned.url}. Diese Fassung: ${pinned.permalink}.`,
    );
    expect(formatCitation(pinned).filter((part) => typeof part !== 'string')).toEqual([{ href: pinned.url }, { href: pinned.permalink }]);
  });

  it('says nothing about a version it does not have', () => {
    expect(citationText(awkward)).toBe(`Kooperationsatlas: ${awkward.title}. Eintrag „sonderzeichen-2020“. Online: ${awkward.url}.`);
  });
});

describe('BibTeX', () => {
  it('parses back to the same title, author, date and URL', () => {
    const [entry, ...rest] = parse(toBibtex(pinned));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      id: citationKey(pinned),
      title: pinned.title,
      URL: pinned.url,
      issued: { 'date-parts': [[2026, 3, 5]] },
      // Braced: one name, not split into first and last name.
      author: [{ family: 'Kooperationsatlas' }],
    });
    expect(entry?.author?.[0]).not.toHaveProperty('given');
    expect(entry?.note).toContain(pinned.permalink);
  });

  it('escapes every special character so the text comes back unchanged', () => {
    const text = toBibtex(awkward);
    const [entry] = parse(text);
    expect(entry?.title).toBe(awkward.title);
    expect(entry?.publisher).toBe(awkward.publisher);
    expect(bibtexEscape('a{b}c')).toBe('a\\{b\\}c');
    // Braces balance, so no field can run into the next one.
    const unescaped = text.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });
});

describe('RIS', () => {
  it('parses back to the same title, date, URL and version', () => {
    const text = toRis(pinned);
    expect(text.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const [entry, ...rest] = parse(text);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      type: 'webpage',
      title: pinned.title,
      URL: pinned.url,
      issued: { 'date-parts': [[2026, 3, 5]] },
      edition: 'abc1234',
      language: 'de',
    });
    expect(entry?.note).toContain(pinned.permalink);
  });

  it('keeps awkward titles on one line and intact', () => {
    const [entry] = parse(toRis({ ...awkward, title: `${awkward.title}\nzweite Zeile` }));
    expect(entry?.title).toBe(`${awkward.title} zweite Zeile`);
  });
});

describe('CSL-JSON', () => {
  it('is a list with one valid CSL item that Citation.js reads unchanged', () => {
    const file = CITATION_FORMATS.find((format) => format.id === 'csl-json')!.render(pinned);
    const items = JSON.parse(file) as ReturnType<typeof toCslJson>;
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      id: citationKey(pinned),
      type: 'webpage',
      title: pinned.title,
      URL: pinned.url,
      issued: { 'date-parts': [[2026, 3, 5]] },
      version: 'abc1234',
      language: 'de',
      author: [{ literal: 'Kooperationsatlas' }],
      license: pinned.license!.url,
    });
    // Only fields of the CSL 1.0.2 data schema.
    const allowed = [
      'id',
      'type',
      'title',
      'author',
      'container-title',
      'URL',
      'language',
      'issued',
      'publisher',
      'genre',
      'version',
      'note',
      'license',
    ];
    for (const key of Object.keys(item!)) expect(allowed).toContain(key);
    const [read] = parse(file);
    expect(read).toMatchObject({ title: pinned.title, URL: pinned.url, version: 'abc1234' });
  });

  it('leaves out what is not known', () => {
    const [item] = toCslJson(awkward);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('version');
    expect(item?.publisher).toBe(awkward.publisher);
  });
});

describe('download files', () => {
  it('are zitat.bib, zitat.ris and zitat.json', () => {
    expect(CITATION_FORMATS.map((format) => format.file)).toEqual(['zitat.bib', 'zitat.ris', 'zitat.json']);
  });
});
