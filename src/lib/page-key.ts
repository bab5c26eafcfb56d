/**
 * The cache key of a page for Astro's incremental builds: a hash of the page's view
 * model, i.e. of everything the page shows. A page is rendered again exactly when this
 * key (or its code) changes.
 *
 * The walk is strict on purpose: a Map, a Set, a function or a class instance would
 * serialise to `{}` or vanish in JSON, so a page showing them could keep a stale copy.
 * View models are therefore plain data (objects, arrays, strings, numbers, booleans,
 * null); anything else is a programming error and throws.
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown, path: string, seen: Set<object>): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`pageKey: non-finite number at ${path}`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`pageKey: ${typeof value} at ${path} is not plain data`);
  if (seen.has(value)) throw new TypeError(`pageKey: cycle at ${path}`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((item, index) => canonical(item, `${path}[${index}]`, seen)).join(',')}]`;
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`pageKey: ${(value as object).constructor?.name ?? 'object'} at ${path} is not plain data`);
    }
    const entries = Object.entries(value)
      // An absent optional field and `undefined` mean the same to a page.
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item, `${path}.${key}`, seen)}`);
    return `{${entries.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}

/** A stable hash of plain data: equal for equal content, whatever the order of object keys. */
export function pageKey(view: unknown): string {
  return createHash('sha256')
    .update(canonical(view, 'view', new Set()))
    .digest('base64url');
}
