/**
 * The relevance test set: queries over the real records with the first result a reader
 * should get. Where a literal page would break as soon as a valid record is added, the
 * expectation is computed from the record files (e.g. "an agreement whose title contains
 * the word"); the literal cases are those the issue names ("KI", "Vereinbarung") and hub
 * pages the query names. Run over http and from the offline export
 * (search-relevance.test.ts) with the same search code.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';

const { registry } = registryFromFiles();
const agreements = registry.agreements;

/** A search result as "vereinbarungen/<id>", "organisationen/<id>", … from its link. */
export function resultKey(href: string): string {
  return /(vereinbarungen|organisationen|laender|themen|loesungen)\/([^/]+)\//.exec(href)?.slice(1, 3).join('/') ?? href;
}

const agreementKeys = (predicate: (agreement: (typeof agreements)[number]) => boolean) =>
  agreements.filter(predicate).map((agreement) => `vereinbarungen/${agreement.id}`);
const titleHas = (pattern: RegExp) => agreementKeys((agreement) => pattern.test(agreement.data.title));
const bodyOf = (agreement: (typeof agreements)[number]) => readFileSync(agreement.record.filePath, 'utf8');

export interface RelevanceCase {
  query: string;
  /** What the query tests. */
  about: string;
  /** Acceptable first results (keys as resultKey gives them). */
  first: string[];
  /** Results that must come after the first acceptable one, if present. */
  after?: RegExp;
}

export const RELEVANCE: RelevanceCase[] = [
  {
    query: 'KI',
    about: 'abbreviation: an agreement about AI before pages on KITU, KIV or Kiel',
    first: agreementKeys((agreement) => agreement.topics.some((topic) => topic.id === 'kuenstliche-intelligenz')),
    after: /KITU|KIV|Kiel/,
  },
  { query: 'Vereinbarung', about: 'most common word: an agreement first', first: agreementKeys(() => true) },
  { query: 'OZG', about: 'abbreviation in a title', first: titleHas(/\bOZG\b/) },
  { query: 'EfA', about: 'abbreviation inside a hyphenated word', first: titleHas(/\bEfA\b/) },
  { query: 'Souveränität', about: 'umlauts: the agreement before the topic that shares the word', first: titleHas(/Souveränität/) },
  { query: 'Souveraenitaet', about: 'ASCII spelling of umlauts', first: titleHas(/Souveränität/) },
  { query: 'Südwestfalen', about: 'umlaut in a name', first: titleHas(/Südwestfalen/) },
  { query: 'Suedwestfalen', about: 'ASCII spelling of a name', first: titleHas(/Südwestfalen/) },
  { query: 'Kooperationsverträge', about: 'inflected form (plural with umlaut)', first: titleHas(/Kooperationsvertrag\b/) },
  {
    query: 'Staatsverträge',
    about: 'inflected form: a state treaty',
    first: agreementKeys((agreement) => agreement.data.kind === 'staatsvertrag' || /Staatsvertrag/.test(agreement.data.title)),
  },
  { query: 'Glasfaser', about: 'prefix of a compound word (Glasfasernetz)', first: titleHas(/Glasfaser/) },
  { query: 'Baugenehm', about: 'prefix typed so far: the agreement before the solution of that name', first: titleHas(/Baugenehmigung/) },
  { query: 'Telekommunikationsüberwachung', about: 'long compound word', first: titleHas(/Telekommunikationsüberwachung/) },
  { query: 'digitale Souveränität', about: 'two words', first: titleHas(/digitalen? Souveränität/) },
  { query: 'Data Center Justiz', about: 'three words, a name', first: titleHas(/Data Center Justiz/) },
  {
    query: 'Schlömer',
    about: "a signatory's name",
    first: agreementKeys((agreement) => agreement.data.signatories.some((person) => /Schlömer/.test(person.name))),
  },
  {
    query: 'Altenburg',
    about: 'a place of signing',
    first: agreementKeys((agreement) => /Altenburg/.test(`${agreement.data.place ?? ''} ${agreement.data.title}`)),
  },
  { query: 'Maerker', about: 'a word from the text only', first: agreementKeys((agreement) => /\bMaerker\b/.test(bodyOf(agreement))) },
  { query: 'KITU', about: 'a query that names a hub page: the organisation first', first: ['organisationen/kitu'] },
  { query: 'Dataport', about: 'a query that names a hub page: the organisation first', first: ['organisationen/dataport'] },
  { query: 'Hamburg', about: 'a query that names a Land', first: ['laender/hamburg'] },
];

/** Ids and count chains that must never show in an excerpt. */
export const EXCERPT_NOISE = [
  /\bQ\d{2,}\b/, // Wikidata ids
  /\(\d+ (gemeinsame )?Vereinbarung(en)?\)/, // "Bremen (2 gemeinsame Vereinbarungen)"
  /davon \d+ als/, // "davon 0 als Vertragspartei"
  /\bQuelle \d+\b/, // references of editorial notes ("Betrifft: Quelle 3")
  /\d+ als Vertragspartei/,
];

export interface ShownResults {
  keys: string[];
  titles: string[];
  excerpts: string[];
}

/** The results of the first page as the reader sees them. */
export async function shownResults(page: Page): Promise<ShownResults> {
  return page
    .evaluate(() => {
      const items = [...document.querySelectorAll('.search-result')];
      return {
        keys: items.map((item) => item.querySelector<HTMLAnchorElement>('.search-result__title a')?.href ?? ''),
        titles: items.map((item) => item.querySelector('.search-result__title')?.textContent ?? ''),
        excerpts: items.map((item) => item.querySelector('.search-result__excerpt')?.textContent ?? ''),
      };
    })
    .then((shown) => ({ ...shown, keys: shown.keys.map(resultKey) }));
}
