/**
 * Astro loader for the agreement records. It reads the files with the validator's own
 * parsing (so both see the same data), lets Astro apply the schema, and stores each
 * body already rendered to HTML (see src/lib/record-body.ts). Unchanged records keep
 * their stored result between builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AGREEMENT_EXTENSION, CONTENT_PATHS } from '../lib/content-paths.ts';
import { renderRecordBody } from '../lib/record-body.ts';
import { decodeSourceFile, parseMdxSource } from '../validation/source-file.ts';

export function agreementLoader(): Loader {
  return {
    name: 'kooperationsatlas:agreements',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, CONTENT_PATHS.agreements);

      const loadFile = async (path: string) => {
        const file = relative(root, path).split('\\').join('/');
        const id = path.slice(path.lastIndexOf('/') + 1, -AGREEMENT_EXTENSION.length);
        const bytes = readFileSync(path);
        const digest = context.generateDigest(bytes.toString('latin1'));
        if (context.store.get(id)?.digest === digest) return;
        const text = decodeSourceFile(bytes, file);
        const mdx = text.value === undefined ? undefined : parseMdxSource(text.value, file);
        if (!mdx?.value) {
          // `npm run validate` explains the problem; the build runs it first.
          throw new Error(`${file}: ${[...text.diagnostics, ...(mdx?.diagnostics ?? [])].map((diagnostic) => diagnostic.message).join(' ')}`);
        }
        const data = await context.parseData({ id, data: mdx.value.yaml.data as Record<string, unknown>, filePath: path });
        context.store.set({ id, data, filePath: file, digest, rendered: { html: renderRecordBody(mdx.value.body, file) } });
      };

      const files = readdirSync(dir).filter((name) => name.endsWith(AGREEMENT_EXTENSION)).map((name) => join(dir, name));
      const present = new Set(files.map((path) => path.slice(path.lastIndexOf('/') + 1, -AGREEMENT_EXTENSION.length)));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      for (const path of files) await loadFile(path);

      context.watcher?.add(dir);
      const onChange = (path: string) => {
        if (path.startsWith(dir) && path.endsWith(AGREEMENT_EXTENSION)) {
          loadFile(path).catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
        }
      };
      context.watcher?.on('change', onChange);
      context.watcher?.on('add', onChange);
      context.watcher?.on('unlink', (path) => {
        if (path.startsWith(dir) && path.endsWith(AGREEMENT_EXTENSION)) context.store.delete(path.slice(path.lastIndexOf('/') + 1, -AGREEMENT_EXTENSION.length));
      });
    },
  };
}
