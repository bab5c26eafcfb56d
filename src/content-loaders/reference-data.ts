/**
 * Astro loaders for the reference data (Länder, topics, organisations). They read the
 * files exactly as the validator does: the same YAML parser and schema (YAML 1.2 core,
 * so `2020-01-01` stays a string, see src/validation/source-file.ts) and, for the
 * organisations, the same listing of files (src/validation/record-files.ts). A value
 * the validator accepts therefore never fails the build, and the other way round.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { listingError, listRecordFiles } from '../validation/record-files.ts';
import { decodeSourceFile, parseYamlSource } from '../validation/source-file.ts';

function failure(file: string, diagnostics: Diagnostic[]): Error {
  // `npm run validate` explains the problem; the build runs it first.
  return new Error(
    `${file}: ${diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`).join(' | ')}`,
  );
}

/** Reads and parses one YAML file as the validator does; throws if it cannot. */
function readYaml(root: string, file: string): unknown {
  const text = decodeSourceFile(readFileSync(join(root, file)), file);
  if (text.value === undefined) throw failure(file, text.diagnostics);
  const yaml = parseYamlSource(text.value, file);
  if (!yaml.value) throw failure(file, yaml.diagnostics);
  return yaml.value.data;
}

interface Entry {
  id: string;
  data: Record<string, unknown>;
  /** Relative to the project, as the store names it; and absolute, for parseData. */
  file: string;
  path: string;
}

/**
 * Fills the store with what `read` finds, checked against the collection's schema, and
 * reads again when something at `location` changes (in `astro dev`). All files are read
 * before the store is cleared, so a broken file leaves the last good entries in place.
 */
function referenceLoader(location: string, read: (root: string) => Entry[]): Loader {
  return {
    name: `kooperationsatlas:${location}`,
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const full = join(root, location);
      const load = async () => {
        const entries = read(root);
        context.store.clear();
        for (const { id, data, file, path } of entries) {
          context.store.set({ id, data: await context.parseData({ id, data, filePath: path }), filePath: file });
        }
      };
      await load();
      context.watcher?.add(full);
      const onChange = (changed: string) => {
        if (changed !== full && dirname(changed) !== full) return;
        load().catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher?.on(event, onChange);
    },
  };
}

/** A YAML file holding a list of entries, each with an `id` (laender.yaml, topics.yaml). */
export function yamlListLoader(file: string, { optional = false } = {}): Loader {
  return referenceLoader(file, (root) => {
    // As the validator: an optional list that is absent is empty.
    if (optional && !existsSync(join(root, file))) return [];
    const data = readYaml(root, file);
    if (!Array.isArray(data)) throw new Error(`${file}: Erwartet wird eine Liste von Einträgen mit „id“.`);
    return (data as Record<string, unknown>[]).map((entry) => {
      const id = typeof entry?.id === 'string' ? entry.id : undefined;
      if (!id) throw new Error(`${file}: Ein Eintrag hat keine Kennung „id“.`);
      return { id, data: entry, file, path: join(root, file) };
    });
  });
}

/** One YAML file per entry, named by its id (src/content/organisations/*.yaml). */
export function yamlFolderLoader(folder: string, extension: string): Loader {
  return referenceLoader(folder, (root) => {
    const listing = listRecordFiles(root, folder, extension);
    if (listing.problems.length > 0) throw listingError(listing.problems);
    return listing.files.map((record) => ({
      id: record.id,
      data: readYaml(root, record.file) as Record<string, unknown>,
      file: record.file,
      path: record.path,
    }));
  });
}
