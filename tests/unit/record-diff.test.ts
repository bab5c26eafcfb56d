/**
 * Changes between two versions of a record in words, field by field: labels for every
 * field of every schema, lists matched by what their items are (not their position),
 * dates that became more precise, and data today's schema would reject, without throwing.
 */
import { describe, expect, it } from 'vitest';
import { RecordDiff, type Names } from '../../src/lib/record-diff.ts';
import { fieldLabel, RECORD_TREES, type FieldNode, type RecordKind } from '../../src/lib/record-fields.ts';

const NAMES: Record<string, string> = {
  hamburg: 'Hamburg',
  bremen: 'Bremen',
  dataport: 'Dataport',
  'digitale-verwaltung': 'Digitale Verwaltung',
};
const name = (id: string) => NAMES[id] ?? id;
const names: Names = { land: name, org: name, topic: name, agreement: name, solution: name };
const diff = (kind: RecordKind, before: Record<string, unknown>, after: Record<string, unknown>) =>
  RecordDiff.describe(kind, { data: before }, { data: after }, names);

function paths(node: FieldNode, path: string[] = []): string[][] {
  if (node.type === 'list') return paths(node.item, path);
  if (node.type !== 'object') return [path];
  return [...(path.length ? [path] : []), ...Object.entries(node.fields).flatMap(([key, field]) => paths(field, [...path, key]))];
}

describe('fields of records', () => {
  it.each(Object.keys(RECORD_TREES) as RecordKind[])('every field of a %s has a German label', (kind) => {
    expect(paths(RECORD_TREES[kind]).filter((path) => fieldLabel(path) === undefined)).toEqual([]);
  });
});

describe('changes in words', () => {
  const agreement = {
    title: 'Kooperation',
    status: 'unterzeichnet',
    signed: '2019',
    parties: [{ land: 'hamburg', steps: [{ type: 'zustimmung', date: '2019-Q4' }] }, { org: 'dataport' }],
    topics: ['digitale-verwaltung'],
    sources: [{ id: 'meldung', url: 'https://example.org/a', title: 'Meldung', publisher: 'Verlag' }],
  };

  it('names parties, steps and sources by what they are, whatever their order', () => {
    const after = {
      ...agreement,
      parties: [
        { org: 'dataport' },
        { land: 'hamburg', steps: [{ type: 'zustimmung', date: '2019-12-03', sources: ['meldung'] }] },
        { land: 'bremen' },
      ],
    };
    expect(diff('agreement', agreement, after)).toEqual([
      'Datum genauer (Hamburg, Parlamentarische Zustimmung (Zustimmungsgesetz)): 4. Quartal 2019 → 3. Dezember 2019',
      'Beleg ergänzt (Hamburg, Parlamentarische Zustimmung (Zustimmungsgesetz)): „Meldung“',
      'Partei ergänzt: Bremen',
    ]);
  });

  it('tells a corrected date from a more precise one, and says what was added and removed', () => {
    expect(diff('agreement', agreement, { ...agreement, signed: '2020-01-10' })).toEqual([
      'Datum der Unterzeichnung: 2019 → 10. Januar 2020',
    ]);
    expect(diff('agreement', agreement, { ...agreement, signed: { unknown: 'Die Quelle nennt keins' } })).toEqual([
      'Datum der Unterzeichnung: 2019 → unbekannt (Die Quelle nennt keins)',
    ]);
    expect(diff('agreement', { ...agreement, signed: { unknown: 'offen' } }, agreement)).toEqual([
      'Datum der Unterzeichnung genauer: unbekannt (offen) → 2019',
    ]);
    expect(diff('agreement', agreement, { ...agreement, place: 'Kiel', topics: [] })).toEqual([
      'Ort der Unterzeichnung ergänzt: Kiel',
      'Thema entfernt: Digitale Verwaltung',
    ]);
    expect(diff('agreement', { ...agreement, retroactive: true }, agreement)).toEqual(['Rückwirkend entfernt (bisher: ja)']);
  });

  it('recognises a source by its id when its address changed', () => {
    const moved = { ...agreement, sources: [{ ...agreement.sources[0]!, url: 'https://example.org/b' }] };
    expect(diff('agreement', agreement, moved)).toEqual([
      'Adresse der Quelle (Quelle „Meldung“): https://example.org/a → https://example.org/b',
    ]);
  });

  it('says that running text was revised, not the whole text', () => {
    expect(diff('organisation', { name: 'A', description: 'Alt.' }, { name: 'A', description: 'Neu.' })).toEqual([
      'Beschreibung überarbeitet',
    ]);
  });

  it('reads data today’s schema rejects without throwing: unknown fields, wrong types, odd values', () => {
    const odd = [null, 1, 'text', [1, [2]], { a: { b: [null] } }, true];
    for (const before of odd) {
      for (const after of odd) {
        const lines = diff('agreement', { ...agreement, status: before, parties: after, share: before, signed: after }, agreement);
        expect(Array.isArray(lines)).toBe(true);
      }
    }
    expect(diff('organisation', { owners: [{ land: 'hamburg', share: 20 }] }, { owners: [{ land: 'hamburg' }] })).toEqual([
      'Feld „share“ entfernt (Hamburg) (bisher: 20)',
    ]);
    expect(diff('agreement', agreement, { ...agreement, status: 'erfunden' })).toEqual(['Status: unterzeichnet → erfunden']);
  });
});
