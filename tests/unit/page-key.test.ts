import { describe, expect, it } from 'vitest';
import { deepFreeze, pageKey, withKey } from '../../src/lib/page-key.ts';

describe('pageKey', () => {
  it('is equal for equal content and ignores undefined fields', () => {
    expect(pageKey({ a: 1, b: [{ c: 'x', d: null }] })).toBe(pageKey({ a: 1, b: [{ c: 'x', d: null, e: undefined }], f: undefined }));
  });

  it('changes with any value, also deep inside', () => {
    const base = pageKey({ title: 'A', parties: [{ name: 'Hamburg', since: '2004' }] });
    expect(pageKey({ title: 'A', parties: [{ name: 'Hamburg', since: '2005' }] })).not.toBe(base);
    expect(pageKey({ title: 'A', parties: [{ name: 'Hamburg' }, { name: 'Bremen' }] })).not.toBe(base);
    expect(pageKey(['a', 'b'])).not.toBe(pageKey(['b', 'a']));
  });

  it('refuses what JSON would silently drop or flatten', () => {
    expect(() => pageKey({ owners: new Map([['a', 1]]) })).toThrow(/Map at view.owners/);
    expect(() => pageKey({ ids: new Set(['a']) })).toThrow(/Set/);
    expect(() => pageKey({ format: () => 'x' })).toThrow(/function at view.format/);
    expect(() => pageKey({ n: Number.NaN })).toThrow(/non-finite/);
    expect(() => pageKey({ items: ['a', undefined] })).toThrow(/undefined at view.items\[1\]/);
    expect(() => pageKey({ n: 1n })).toThrow(/bigint at view.n/);
    expect(() => pageKey({ deep: [{ at: new Map() }] })).toThrow(/Map at view.deep\[0\].at/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => pageKey(cyclic)).toThrow(/cycle at view.self/);
  });

  it('takes a Date as its ISO text', () => {
    expect(pageKey({ day: new Date(0) })).toBe(pageKey({ day: new Date(0).toISOString() }));
    expect(pageKey({ day: new Date(0) })).not.toBe(pageKey({ day: new Date(1) }));
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { name: 'Dataport' };
    expect(() => pageKey({ a: shared, b: shared })).not.toThrow();
  });

  it('hashes a keyed part by its key, which changes with the part, and freezes the part', () => {
    const row = (title: string) => ({ title, parties: ['Hamburg'] });
    const keyed = (title: string) => withKey(row(title), pageKey(row(title)));
    expect(pageKey({ rows: [keyed('A')] })).toBe(pageKey({ rows: [keyed('A')] }));
    expect(pageKey({ rows: [keyed('A')] })).not.toBe(pageKey({ rows: [keyed('B')] }));
    // The key stands in the part's place: never equal to the part itself, nor to a text.
    expect(pageKey({ rows: [keyed('A')] })).not.toBe(pageKey({ rows: [row('A')] }));
    expect(pageKey({ rows: [keyed('A')] })).not.toBe(pageKey({ rows: [pageKey(row('A'))] }));
    const part = keyed('A');
    expect(() => {
      (part as { title: string }).title = 'B';
    }).toThrow(TypeError);
  });

  it('freezes shared data throughout', () => {
    const shared = deepFreeze({ parties: [{ name: 'Dataport' }] });
    expect(() => shared.parties.push({ name: 'Bremen' })).toThrow(TypeError);
    expect(() => {
      shared.parties[0]!.name = 'Bremen';
    }).toThrow(TypeError);
  });
});
