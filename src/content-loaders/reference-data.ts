/**
 * Astro loaders for the reference data (Länder, topics, organisations). They read the
 * files exactly as the validator does: the same YAML parser and schema (YAML 1.2 core,
 * so `2020-01-01` stays a string, see src/validation/source-file.ts) and, for the
 * organisations, the same listing of files (src/validation/record-files.ts). A value
 * the validator accepts therefore never fails the build, and the other way round.
 */
import { readFileSync } from 'node:fs';
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

function watch(context: LoaderContext, matches: (path: string) => boolean, reload: () => Promise<void>) {
  const onChange = (path: string) => {
    if (!matches(path)) return;
    reload().catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
  };
  for (const event of ['change', 'add', 'unlink'] as const) context.watcher?.on(event, onChange);
}

/** A YAML file holding a list of entries, each with an `id` (laender.yaml, topics.yaml). */
export function yamlListLoader(file: string): Loader {
  return {
    name: `kooperationsatlas:${file}`,
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const path = join(root, file);
      const load = async () => {
        const data = readYaml(root, file);
        if (!Array.isArray(data)) throw new Error(`${file}: Erwartet wird eine Liste von Einträgen mit „id“.`);
        context.store.clear();
        for (const entry of data as Record<string, unknown>[]) {
          const id = typeof entry?.id === 'string' ? entry.id : undefined;
          if (!id) throw new Error(`${file}: Ein Eintrag hat keine Kennung „id“.`);
          context.store.set({ id, data: await context.parseData({ id, data: entry, filePath: path }), filePath: file });
        }
      };
      await load();
      context.watcher?.add(path);
      watch(context, (changed) => changed === path, load);
    },
  };
}

/** One YAML file per entry, named by its id (src/content/organisations/*.yaml). */
export function yamlFolderLoader(folder: string, extension: string): Loader {
  return {
    name: `kooperationsatlas:${folder}`,
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, folder);
      const load = async () => {
        const listing = listRecordFiles(root, folder, extension);
        if (listing.problems.length > 0) throw listingError(listing.problems);
        context.store.clear();
        for (const record of listing.files) {
          const data = readYaml(root, record.file) as Record<string, unknown>;
          context.store.set({
            id: record.id,
            data: await context.parseData({ id: record.id, data, filePath: record.path }),
            filePath: record.file,
          });
        }
      };
      await load();
      context.watcher?.add(dir);
      watch(context, (changed) => dirname(changed) === dir, load);
    },
  };
}
