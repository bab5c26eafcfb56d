/**
 * Deleting or renaming a record that others still use (an organisation, a Land, a topic,
 * a solution, a founding agreement) is reported in every file that uses it, once per
 * reference, and nowhere else. Which records to delete is chosen from the real records
 * (the most used of each kind), and the files using them are found here by reading the
 * raw YAML, independently of the validator's schema walk.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { splitFrontmatter } from '../../src/validation/source-file.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyOfRealContent } from './helpers.ts';

type Kind = 'org' | 'land' | 'topic' | 'solution' | 'agreement';

/** The fields that name a record of each kind, wherever they stand. */
const FIELDS: Record<Kind, { keys: string[]; lists: string[] }> = {
  org: { keys: ['org', 'lead'], lists: [] },
  land: { keys: ['land'], lists: ['laender'] },
  topic: { keys: [], lists: ['topics'] },
  solution: { keys: ['solution'], lists: [] },
  agreement: { keys: ['agreement', 'foundedBy'], lists: [] },
};

/** Every reference of a kind in a value, as [id] entries (one per reference). */
function referencesIn(value: unknown, kind: Kind): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => referencesIn(item, kind));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => {
    if (FIELDS[kind].keys.includes(key) && typeof field === 'string') return [field];
    if (FIELDS[kind].lists.includes(key) && Array.isArray(field)) return field.filter((item): item is string => typeof item === 'string');
    return referencesIn(field, kind);
  });
}

const PROJECT = join(import.meta.dirname, '..', '..');

/** Every record file with its data: [project-relative file, data of each record in it]. */
function recordFiles(root: string): [string, unknown][] {
  const files: [string, unknown][] = [];
  for (const [dir, extension] of [
    [CONTENT_PATHS.agreements, '.mdx'],
    [CONTENT_PATHS.organisations, '.yaml'],
    [CONTENT_PATHS.solutions, '.yaml'],
  ] as const) {
    for (const name of readdirSync(join(root, dir)).filter((entry) => entry.endsWith(extension))) {
      const text = readFileSync(join(root, dir, name), 'utf8');
      files.push([`${dir}/${name}`, load(extension === '.mdx' ? splitFrontmatter(text).matter : text, { schema: CORE_SCHEMA })]);
    }
  }
  // The lists of known-missing agreements and known totals refer to Länder too.
  for (const file of [CONTENT_PATHS.knownMissing, CONTENT_PATHS.knownTotals]) {
    files.push([file, load(readFileSync(join(root, file), 'utf8'), { schema: CORE_SCHEMA })]);
  }
  return files;
}

/** How often each file refers to `id` of `kind`. */
function dependants(root: string, kind: Kind, id: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const [file, data] of recordFiles(root)) {
    const count = referencesIn(data, kind).filter((reference) => reference === id).length;
    if (count > 0) found.set(file, count);
  }
  return found;
}

/** The id of a kind that most files use. */
function mostUsed(kind: Kind): string {
  const counts = new Map<string, number>();
  for (const [, data] of recordFiles(PROJECT))
    for (const id of new Set(referencesIn(data, kind))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  expect(best, `the real records use some ${kind}`).toBeDefined();
  return best![0];
}

/** Problems per file after `change`, each an unknown-id message for `id`. */
function problemsAfter(root: string, id: string) {
  const { diagnostics } = validateContent({ root });
  const perFile = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    expect(diagnostic.message).toMatch(new RegExp(`^Unbekannte Kennung „${id}“`));
    expect(diagnostic.line).toBeGreaterThan(1);
    perFile.set(diagnostic.file, (perFile.get(diagnostic.file) ?? 0) + 1);
  }
  return { perFile, diagnostics };
}

function removeListEntry(root: string, file: string, id: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const entries = text.split(/\n(?=- )/);
  const kept = entries.filter((entry) => !entry.startsWith(`- id: ${id}\n`) && !entry.startsWith(`id: ${id}\n`));
  expect(kept.length, `${id} is one entry of ${file}`).toBe(entries.length - 1);
  writeFileSync(path, kept.join('\n'));
}

describe('deleting or renaming a record that others use', () => {
  it.each<[string, Kind, (root: string, id: string) => void]>([
    ['an organisation', 'org', (root, id) => rmSync(join(root, CONTENT_PATHS.organisations, `${id}.yaml`))],
    ['a solution', 'solution', (root, id) => rmSync(join(root, CONTENT_PATHS.solutions, `${id}.yaml`))],
    ['a Land', 'land', (root, id) => removeListEntry(root, CONTENT_PATHS.laender, id)],
    ['a topic', 'topic', (root, id) => removeListEntry(root, CONTENT_PATHS.topics, id)],
    ['an agreement', 'agreement', (root, id) => rmSync(join(root, CONTENT_PATHS.agreements, `${id}.mdx`))],
  ])('deleting %s names every file that uses it, once per use', (_, kind, remove) => {
    const root = copyOfRealContent();
    const id = mostUsed(kind);
    remove(root, id);
    const expected = dependants(root, kind, id);
    expect(expected.size).toBeGreaterThan(0);
    expect(problemsAfter(root, id).perFile).toEqual(expected);
  });

  it('deleting a founding agreement names the organisation it founded', () => {
    const root = copyOfRealContent();
    const founded = recordFiles(root).flatMap(([file, data]) => {
      const foundedBy = (data as { foundedBy?: unknown } | null)?.foundedBy;
      return typeof foundedBy === 'string' ? [{ file, foundedBy }] : [];
    });
    expect(founded.length, 'some real organisation has a founding agreement').toBeGreaterThan(0);
    const { file, foundedBy } = founded[0]!;
    rmSync(join(root, CONTENT_PATHS.agreements, `${foundedBy}.mdx`));
    const { perFile, diagnostics } = problemsAfter(root, foundedBy);
    expect(perFile).toEqual(dependants(root, 'agreement', foundedBy));
    expect(diagnostics).toContainEqual(expect.objectContaining({ file, field: 'foundedBy' }));
  });

  it('renaming an organisation names every file that still uses the old id, suggesting the new one', () => {
    const root = copyOfRealContent();
    const id = mostUsed('org');
    renameSync(join(root, CONTENT_PATHS.organisations, `${id}.yaml`), join(root, CONTENT_PATHS.organisations, `${id}-neu.yaml`));
    const { perFile, diagnostics } = problemsAfter(root, id);
    expect(perFile).toEqual(dependants(root, 'org', id));
    for (const diagnostic of diagnostics) expect(diagnostic.message).toContain(`Meinten Sie „${id}-neu“?`);
  });
});
