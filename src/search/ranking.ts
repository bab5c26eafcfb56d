/**
 * How search results are ordered, shared by the site and the offline export.
 *
 * 1. Pagefind ranks by its BM25 score with the options below. What a page offers to the
 *    index is chosen in the pages: an agreement indexes its title (h1, weight 7), summary
 *    (weight 3), facts (dates, place, parties, signatories, Länder, topics), text and
 *    solutions (weight 2); a hub page (Land, organisation, topic, solution) only its name
 *    (weight 3) and description. Editorial notes, sources, tables of steps, lists of
 *    related records and counts are left out.
 * 2. For short query words (abbreviations such as KI, OZG, EfA), pages where the word
 *    occurs as a whole word (or an inflected form of it) come before pages that only match
 *    by prefix: "KI" puts pages about KI before pages that only mention KITU or Kiel.
 *    Pagefind's exact search ("…") finds the former. Longer words keep their prefix
 *    matches in Pagefind's order: in German these are compounds ("Glasfaser" in
 *    "Glasfasernetz"), which count.
 * 3. For longer query words, pages that contain the word as typed (or a compound that
 *    starts with it) come before pages that match only through Pagefind's German stem:
 *    the stemmer folds "Maerker" to "mark", so without this "Amt Lindow (Mark)" and
 *    "Markt Bad Bocklet" came before the agreement that names the Maerker platform.
 *    Inflected forms still find their pages; they only come after the word as typed.
 * 4. A hub page the query names ("Dataport", "KITU", "Hamburg") comes first, wherever
 *    Pagefind ranked it.
 */

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/).
 *
 * - termSimilarity 5 (default 1): a word much longer than the query word ("KITU" for
 *   "KI") counts far less than one of the query's length.
 * - pageLength 0.3 (default 0.75): hub pages index a name and a sentence; with the
 *   default, their shortness alone would rank them above agreements.
 * - metaWeights: a match in a metadata field adds weight × IDF to the score, and Pagefind
 *   applies it to prefix matches too, regardless of termSimilarity ("Maerker" would
 *   rank every agreement signed by a Markus first). So only the title counts (its words
 *   are in the h1 as well); the other fields are for the result cards. Their words still
 *   find a page, but with no score of their own, after every page that has the word in
 *   its text.
 */
export const RANKING = {
  termSimilarity: 5,
  pageLength: 0.1,
  metaWeights: {
    title: 2,
    eintrag: 0,
    datum: 0,
    art: 0,
    status: 0,
    parteien: 0,
    unterzeichnende: 0,
    ort: 0,
    themen: 0,
  },
} as const;

/** Query words up to this length are taken as abbreviations: whole words first (see above). */
export const SHORT_WORD = 4;

/** The words of a query as Pagefind splits them (none for a long query: no whole-word searches then). */
export function queryWords(term: string, limit = 4): string[] {
  const words = term
    .replace(/^\s*"(.*)"\s*$/, '$1')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return words.length <= limit ? words : [];
}

/** Pagefind's exact search for one word: matches the word and its inflected forms, not longer words. */
export function exactQuery(word: string): string {
  return `"${word}"`;
}

/**
 * Puts the results where every query word is a whole word (ids in each of `wholeWordSets`)
 * first, keeping Pagefind's order within both groups.
 */
export function wholeWordsFirst<T extends { id: string }>(results: T[], wholeWordSets: Set<string>[]): T[] {
  if (wholeWordSets.length === 0) return results;
  const whole = (result: T) => wholeWordSets.every((set) => set.has(result.id));
  return [...results.filter(whole), ...results.filter((result) => !whole(result))];
}

/**
 * Whether a page's text has the query word as typed: as a whole word or at the start of a
 * longer word (German compounds), case, umlaut spelling and diacritics folded.
 */
export function hasTypedWord(text: string, word: string): boolean {
  const needle = normalizeName(word);
  return needle !== '' && ` ${normalizeName(text)}`.includes(` ${needle}`);
}

/** Puts the results for which `typed` holds first, keeping Pagefind's order within both groups. */
export function typedWordsFirst<T>(results: T[], typed: (result: T) => boolean): T[] {
  return [...results.filter(typed), ...results.filter((result) => !typed(result))];
}

/** Lower case, umlauts and ß as their ASCII spellings, other diacritics removed, punctuation as spaces. */
export function normalizeName(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The names a hub page goes by, from its title: the whole title, the name without a
 * parenthesised short form and the short form ("Kommunale IT-UNION eG (KITU)").
 */
export function hubNames(title: string): string[] {
  const names = [title];
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(title);
  if (match) names.push(match[1]!, match[2]!);
  return names.map(normalizeName).filter(Boolean);
}

/** Whether the query names the hub page with this title. */
export function namesHub(query: string, title: string): boolean {
  const normalized = normalizeName(query);
  return normalized !== '' && hubNames(title).includes(normalized);
}
