import { describe, expect, it } from 'vitest';
import {
  exactQuery,
  hasTypedWord,
  hubNames,
  namesHub,
  normalizeName,
  queryWords,
  typedWordsFirst,
  wholeWordsFirst,
} from '../../src/search/ranking.ts';

describe('search ranking helpers', () => {
  it('splits a query into words, without quotes and punctuation, and gives up on long queries', () => {
    expect(queryWords('  digitale  Souveränität ')).toEqual(['digitale', 'Souveränität']);
    expect(queryWords('"Data Center Justiz"')).toEqual(['Data', 'Center', 'Justiz']);
    expect(queryWords('„KI“,')).toEqual(['KI']);
    expect(queryWords('a b c d e')).toEqual([]);
    expect(exactQuery('KI')).toBe('"KI"');
  });

  it('puts whole-word hits first and keeps the order within each group', () => {
    const hits = ['kitu', 'ki-1', 'kiel', 'ki-2'].map((id) => ({ id }));
    expect(wholeWordsFirst(hits, [new Set(['ki-1', 'ki-2'])]).map((hit) => hit.id)).toEqual(['ki-1', 'ki-2', 'kitu', 'kiel']);
    // Every word must be whole.
    expect(wholeWordsFirst(hits, [new Set(['ki-1', 'ki-2']), new Set(['ki-2'])]).map((hit) => hit.id)).toEqual([
      'ki-2',
      'kitu',
      'ki-1',
      'kiel',
    ]);
    expect(wholeWordsFirst(hits, [])).toEqual(hits);
  });

  it('tells the word as typed from a shorter stem it shares', () => {
    expect(hasTypedWord('Die Plattform Maerker meldet Schäden.', 'Maerker')).toBe(true);
    expect(hasTypedWord('Amt Lindow (Mark)', 'Maerker')).toBe(false);
    expect(hasTypedWord('Gemeinde Märkische Heide', 'Maerker')).toBe(false);
    // Case and umlaut spelling folded; a compound that starts with the word counts.
    expect(hasTypedWord('SOUVERÄNITÄT', 'Souveraenitaet')).toBe(true);
    expect(hasTypedWord('ein Glasfasernetz', 'Glasfaser')).toBe(true);
    // Inside a word is not as typed.
    expect(hasTypedWord('Landesglasfaser', 'Glasfaser')).toBe(false);
    expect(hasTypedWord('anything', '…')).toBe(false);
  });

  it('puts hits with the typed words first and keeps the order within each group', () => {
    const hits = ['lindow', 'markt', 'dvz', 'other-dvz'];
    expect(typedWordsFirst(hits, (hit) => hit.includes('dvz'))).toEqual(['dvz', 'other-dvz', 'lindow', 'markt']);
    expect(typedWordsFirst(hits, () => false)).toEqual(hits);
  });

  it('treats umlauts and their ASCII spellings alike when matching names', () => {
    expect(normalizeName('Südwestfalen-IT')).toBe(normalizeName('Suedwestfalen IT'));
    expect(normalizeName('Straße')).toBe('strasse');
  });

  it('knows a hub page by its full name, its name without short form, or its short form', () => {
    expect(hubNames('Kommunale IT-UNION eG (KITU)')).toEqual(['kommunale it union eg kitu', 'kommunale it union eg', 'kitu']);
    expect(namesHub('KITU', 'Kommunale IT-UNION eG (KITU)')).toBe(true);
    expect(namesHub('kommunale it-union eg', 'Kommunale IT-UNION eG (KITU)')).toBe(true);
    expect(namesHub('Hamburg', 'Hamburg')).toBe(true);
    expect(namesHub('KI', 'Kommunale IT-UNION eG (KITU)')).toBe(false);
    expect(namesHub('Souveränität', 'Open Source und digitale Souveränität')).toBe(false);
    expect(namesHub('', 'Hamburg')).toBe(false);
  });
});
