import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/page-key.ts';

describe('pageKey', () => {
  it('is equal for equal content, whatever the key order, and ignores undefined fields', () => {
    expect(pageKey({ a: 1, b: [{ c: 'x', d: null }] })).toBe(pageKey({ b: [{ d: null, c: 'x' }], a: 1, e: undefined }));
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
    expect(() => pageKey({ day: new Date(0) })).toThrow(/Date/);
    expect(() => pageKey({ n: Number.NaN })).toThrow(/non-finite/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => pageKey(cyclic)).toThrow(/cycle at view.self/);
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { name: 'Dataport' };
    expect(() => pageKey({ a: shared, b: shared })).not.toThrow();
  });
});
