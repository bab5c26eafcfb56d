/**
 * The cache key of a page for Astro's incremental builds: a hash of the page's view
 * model, i.e. of everything the page shows. A page is rendered again exactly when this
 * key (or its code) changes.
 *
 * The walk is strict on purpose: a Map, a Set, a function or a class instance would
 * serialise to `{}` or vanish in JSON, so a page showing them could keep a stale copy.
 * View models are therefore plain data (objects, arrays, strings, numbers, booleans,
 * null; a Date counts as its ISO text); anything else is a programming error and throws.
 *
 * Object keys are hashed in the order the view has them. That order comes from the code
 * that builds the view (record data in the order of its zod schema), so the same content
 * from the same code gives the same key; a view whose keys come out in another order
 * would only be rendered once more, never kept stale.
 */
import { createHash } from 'node:crypto';

/**
 * Parts that many views share can carry a key of their own, made once: an agreement's
 * row appears in every table that lists it (at 10,000 records, a hundred thousand rows on
 * the list pages of Länder, organisations, topics and comparisons). pageKey then hashes
 * that key in the part's place instead of serialising the part again. A keyed part is
 * frozen throughout, so it cannot change after its key was made.
 */
const partKeys = new WeakMap<object, string>();

/**
 * Gives `part` (plain data, frozen from now on) the key `key`, which must change whenever
 * the part's content does: made by pageKey from that content, or from the keys of what the
 * part is made of.
 */
export function withKey<T extends object>(part: T, key: string): T {
  partKeys.set(deepFreeze(part), key);
  return part;
}

/** Freezes plain data throughout (what is frozen already is taken as frozen throughout). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

type Path = readonly (string | number)[];
const where = (path: Path) => `view${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')}`;

/**
 * Walks a view JSON.stringify refused and throws, naming what is not plain data and where
 * (pageKey below): only for the error message.
 */
function refusal(value: unknown, path: (string | number)[], seen: Set<object>): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`pageKey: non-finite number at ${where(path)}`);
    return;
  }
  if (typeof value !== 'object') throw new TypeError(`pageKey: ${typeof value} at ${where(path)} is not plain data`);
  if (seen.has(value)) throw new TypeError(`pageKey: cycle at ${where(path)}`);
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => refusal(item, [...path, index], seen));
  } else {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`pageKey: ${(value as object).constructor?.name ?? 'object'} at ${where(path)} is not plain data`);
    }
    for (const [key, item] of Object.entries(value)) if (item !== undefined) refusal(item, [...path, key], seen);
  }
  seen.delete(value);
}

/**
 * JSON.stringify's replacer: refuses what JSON would silently drop or flatten. It sees a
 * value after its toJSON, so a Date arrives as its ISO text, which is all a Date holds.
 */
function plainOnly(this: unknown, _key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('non-finite number');
      return value;
    case 'object': {
      if (value === null) return value;
      const key = partKeys.get(value);
      // Not a text a view could hold: the validator refuses control characters such as NUL (text-hygiene.ts).
      if (key !== undefined) return `\u0000part ${key}`;
      if (!Array.isArray(value)) {
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) throw new TypeError('not plain data');
      }
      return value;
    }
    case 'undefined':
      // JSON would write null for it, so a view could not tell the two apart.
      if (Array.isArray(this)) throw new TypeError('undefined in a list');
      return value;
    default:
      throw new TypeError('not plain data');
  }
}

/**
 * A stable hash of plain data: equal for equal content in the same key order. JSON.stringify
 * does the walk (a build hashes every page; about twice as fast as the walk in script it
 * replaced); where it refuses, `refusal` says what and where.
 */
export function pageKey(view: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify({ view }, plainOnly);
  } catch {
    refusal(view, [], new Set());
  }
  if (text === undefined) throw new TypeError(`pageKey: view is not plain data`);
  return createHash('sha256').update(text).digest('base64url');
}
