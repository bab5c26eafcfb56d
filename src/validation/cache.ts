/**
 * What `npm run validate` learnt about each agreement file in its last run, so that the
 * next run checks only files that changed. An entry holds what the checks across files
 * need (the references in the file, its `related` field and its dates); those checks
 * (references, relations, cycles, contradictions in time, unique ids) still run over
 * every record every time.
 *
 * An entry counts only for the exact bytes it was made from (SHA-1 of the file), the same
 * validator (its source files and the versions of the packages it uses), the same Node
 * and the same day in Germany (dates in the future are errors). Only files without any
 * problem of their own are kept, so a problem is always found by checking the file again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readVersionedMap, writeVersionedMap } from '../lib/versioned-store.ts';
import { todayInGermany } from '../schemas/dates.ts';
import type { AgreementTimeline } from './cross-record.ts';
import type { Reference } from './references.ts';

/** Where the validator's code lives: src/ and node_modules/ next to it. */
const PROJECT = join(import.meta.dirname, '..', '..');

/**
 * Folders of src/ holding every module the validator imports, and the packages it
 * imports; tests/validator/validation-cache.test.ts checks both lists against the
 * validator's actual imports.
 */
export const VALIDATOR_SOURCES = ['src/validation', 'src/schemas', 'src/lib', 'src/contribute'];
export const VALIDATOR_PACKAGES = [
  'zod',
  'satteri',
  'js-yaml',
  'yaml',
  'fastest-levenshtein',
  'unhomoglyph',
  'csv-parse',
  'landkreise-deutschland',
];

/** The cache file of a project root: with Astro's own cache, which `rm -rf .astro` clears too. */
export function validationCachePath(root: string): string {
  return join(root, '.astro', 'cache', 'validate.bin');
}

/** What the checks across records need of a file, always at hand. */
export interface CrossFileFacts {
  /** Every reference in the frontmatter (collectReferences). */
  refs: Reference[];
  /** The frontmatter's `related` field as read. */
  related: unknown;
  /** The dates other records can contradict (cross-record.ts); only valid files are kept, so always set here. */
  timeline?: AgreementTimeline | undefined;
}

interface Entry extends CrossFileFacts {
  hash: string;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Everything a cached result depends on besides the file itself. */
export function validatorVersion(project = PROJECT, today = todayInGermany()): string {
  const hash = createHash('sha1');
  hash.update(`${process.version}\n${today}\n`);
  for (const dir of VALIDATOR_SOURCES) {
    for (const file of filesBelow(join(project, dir))) {
      hash.update(`${file.slice(project.length)}\n`);
      hash.update(readFileSync(file));
    }
  }
  for (const name of VALIDATOR_PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}\n`);
  }
  return hash.digest('base64');
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/**
 * The cache file holds nothing but these facts (v8-serialised), no frontmatter: a caller
 * that needs a cached record's data reads the file again (agreement-file.ts, sourceOf).
 */
export class ValidationCache {
  readonly #path: string;
  readonly #version: string;
  readonly #previous: Map<string, Entry>;
  readonly #next = new Map<string, Entry>();
  #changed = false;

  constructor(root: string, version = validatorVersion()) {
    this.#path = validationCachePath(root);
    this.#version = version;
    // No cache yet, one that cannot be read or one of another validator: every file is checked.
    this.#previous = readVersionedMap<Entry>(this.#path, version);
  }

  /** The cache of a project root; none if the validator's version cannot be told (then every file is checked). */
  static open(root: string): ValidationCache | undefined {
    try {
      return new ValidationCache(root);
    } catch {
      return undefined;
    }
  }

  /** The stored facts for these exact bytes of this file, if there are any. */
  get(file: string, hash: string): CrossFileFacts | undefined {
    const entry = this.#previous.get(file);
    if (entry?.hash !== hash) return undefined;
    this.#next.set(file, entry);
    return entry;
  }

  /** Keeps the facts of a file checked without any problem of its own. */
  set(file: string, hash: string, facts: CrossFileFacts) {
    this.#next.set(file, { hash, refs: facts.refs, related: facts.related, timeline: facts.timeline });
    this.#changed = true;
  }

  /** Writes the entries used or made in this run, if anything differs from the stored file. */
  save() {
    if (!this.#changed && this.#next.size === this.#previous.size) return;
    writeVersionedMap(this.#path, this.#version, this.#next);
  }
}
