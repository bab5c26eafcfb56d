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

type Path = readonly (string | number)[];
const where = (path: Path) => `view${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')}`;

/**
 * The canonical text of plain data: object keys sorted, undefined fields left out. Called
 * for every page of every build, so it builds one string in a single pass and spells out
 * the path to a value only for an error message.
 */
function canonical(value: unknown, path: (string | number)[], seen: Set<object>): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`pageKey: non-finite number at ${where(path)}`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`pageKey: ${typeof value} at ${where(path)} is not plain data`);
  if (seen.has(value)) throw new TypeError(`pageKey: cycle at ${where(path)}`);
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      text += (index > 0 ? ',' : '') + canonical(value[index], path, seen);
      path.pop();
    }
    text += ']';
  } else {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`pageKey: ${(value as object).constructor?.name ?? 'object'} at ${where(path)} is not plain data`);
    }
    const keys = Object.keys(value).sort();
    text = '{';
    let first = true;
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      path.push(key);
      text += (first ? '' : ',') + JSON.stringify(key) + ':' + canonical(item, path, seen);
      path.pop();
      first = false;
    }
    text += '}';
  }
  seen.delete(value);
  return text;
}

/** A stable hash of plain data: equal for equal content, whatever the order of object keys. */
export function pageKey(view: unknown): string {
  return createHash('sha256')
    .update(canonical(view, [], new Set()))
    .digest('base64url');
}
