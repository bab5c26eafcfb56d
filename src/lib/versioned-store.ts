/**
 * A map kept on disk between runs (node:v8 serialisation), valid only for the code
 * version that wrote it: the validation cache and the cache of record versions share it.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

interface StoredMap<T> {
  version: string;
  entries: Map<string, T>;
}

/** The stored entries, or an empty map if there are none, they cannot be read or another version wrote them. */
export function readVersionedMap<T>(path: string, version: string): Map<string, T> {
  try {
    const stored = deserialize(readFileSync(path)) as StoredMap<T>;
    if (stored.version === version && stored.entries instanceof Map) return stored.entries;
  } catch {
    // No file yet, or one that cannot be read: start empty.
  }
  return new Map();
}

/** Writes the entries aside and renames them into place, so that a run in parallel never reads half a file. */
export function writeVersionedMap<T>(path: string, version: string, entries: Map<string, T>): void {
  const temporary = `${path}.${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, serialize({ version, entries } satisfies StoredMap<T>));
    renameSync(temporary, path);
  } catch {
    // A cache that cannot be written only makes the next run slower.
    rmSync(temporary, { force: true });
  }
}
