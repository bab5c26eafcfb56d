/**
 * The record versions read from Git in the last build, by blob id, so that the next build
 * reads from Git and parses only versions it has not seen: a blob never changes, so its
 * version is the same until the code that reads it changes. Kept with Astro's own cache
 * (.astro/cache/record-versions.bin; `rm -rf .astro` clears it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordVersion } from './record-versions.ts';
import { readVersionedMap, writeVersionedMap } from './versioned-store.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
/** The code a cached version depends on: how a file is read, and the YAML parser. */
const SOURCES = [
  'src/lib/record-versions.ts',
  'src/lib/versioned-store.ts',
  'src/validation/source-file.ts',
  'src/validation/record-files.ts',
];

export function versionCachePath(root: string): string {
  return join(root, '.astro', 'cache', 'record-versions.bin');
}

function codeVersion(): string {
  const hash = createHash('sha1').update(`${process.version}\n`);
  for (const file of SOURCES) hash.update(readFileSync(join(PROJECT, file)));
  const yaml = JSON.parse(readFileSync(join(PROJECT, 'node_modules', 'js-yaml', 'package.json'), 'utf8')) as { version: string };
  return hash.update(`js-yaml@${yaml.version}`).digest('base64');
}

export class VersionCache {
  readonly #path: string;
  readonly #version: string;
  readonly #previous: Map<string, RecordVersion>;
  readonly #next = new Map<string, RecordVersion>();
  #added = false;

  constructor(root: string) {
    this.#path = versionCachePath(root);
    this.#version = codeVersion();
    // No cache yet, one that cannot be read or one of other code: every version is read from Git.
    this.#previous = readVersionedMap<RecordVersion>(this.#path, this.#version);
  }

  /** The cache of a project root; none if the code's version cannot be told. */
  static open(root: string): VersionCache | undefined {
    try {
      return new VersionCache(root);
    } catch {
      return undefined;
    }
  }

  get(key: string): RecordVersion | undefined {
    const version = this.#previous.get(key);
    if (version) this.#next.set(key, version);
    return version;
  }

  set(key: string, version: RecordVersion) {
    this.#next.set(key, version);
    this.#added = true;
  }

  /** Writes the versions used in this run, if they differ from the stored ones. */
  save() {
    if (!this.#added && this.#next.size === this.#previous.size) return;
    writeVersionedMap(this.#path, this.#version, this.#next);
  }
}
