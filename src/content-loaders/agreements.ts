/**
 * Astro loader for the agreement records. It reads the files with the validator's own
 * parsing (so both see the same data), lets Astro apply the schema, and stores each
 * body already rendered to HTML (see src/lib/record-body.ts). Unchanged records keep
 * their stored result between builds, as long as the code that made it is unchanged too:
 * Astro itself only notices changes to content.config.ts, not to the modules it imports,
 * and a page keyed by its content must never be built from a stale rendering.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AGREEMENT_EXTENSION, CONTENT_PATHS } from '../lib/content-paths.ts';
import { renderRecordBody } from '../lib/record-body.ts';
import { sourceNumbers } from '../lib/view-links.ts';
import type { Source } from '../schemas/common.ts';
import { validatorVersion } from '../validation/cache.ts';
import { classifyRecordName, listingError, listRecordFiles } from '../validation/record-files.ts';
import { decodeSourceFile, parseMdxSource } from '../validation/source-file.ts';

export function agreementLoader(): Loader {
  return {
    name: 'kooperationsatlas:agreements',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, CONTENT_PATHS.agreements);
      // The parsing and rendering code: the validator's sources (schemas, parsers, src/lib)
      // and this loader, wherever the records are. The day does not matter here; the
      // validator checks dates.
      const loader = fileURLToPath(import.meta.url);
      const code = createHash('sha1')
        .update(validatorVersion(join(dirname(loader), '..', '..'), ''))
        .update(readFileSync(loader))
        .digest('base64');

      const loadFile = async (id: string, path: string) => {
        const file = relative(root, path).split('\\').join('/');
        const bytes = readFileSync(path);
        const digest = context.generateDigest(`${code}\0${bytes.toString('latin1')}`);
        if (context.store.get(id)?.digest === digest) return;
        const text = decodeSourceFile(bytes, file);
        const mdx = text.value === undefined ? undefined : parseMdxSource(text.value, file);
        if (!mdx?.value) {
          // `npm run validate` explains the problem; the build runs it first.
          throw new Error(
            `${file}: ${[...text.diagnostics, ...(mdx?.diagnostics ?? [])].map((diagnostic) => diagnostic.message).join(' ')}`,
          );
        }
        const data = await context.parseData({ id, data: mdx.value.yaml.data as Record<string, unknown>, filePath: path });
        const numbers = sourceNumbers((data as { sources?: Source[] }).sources ?? []);
        context.store.set({ id, data, filePath: file, digest, rendered: { html: renderRecordBody(mdx.value.body, file, numbers) } });
      };

      // The validator's own listing: a file it would not check is not built either.
      const listing = listRecordFiles(root, CONTENT_PATHS.agreements, AGREEMENT_EXTENSION);
      if (listing.problems.length > 0) throw listingError(listing.problems);
      const present = new Set(listing.files.map((record) => record.id));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      for (const record of listing.files) await loadFile(record.id, record.path);

      context.watcher?.add(dir);
      const inDir = (path: string) => dirname(path) === dir;
      const onChange = (path: string) => {
        if (!inDir(path)) return;
        const record = classifyRecordName(basename(path), AGREEMENT_EXTENSION);
        if ('message' in record) {
          context.logger.error(`${relative(root, path)}: ${record.message}`);
          return;
        }
        if ('keep' in record) return;
        loadFile(record.id, path).catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
      };
      context.watcher?.on('change', onChange);
      context.watcher?.on('add', onChange);
      context.watcher?.on('unlink', (path) => {
        if (!inDir(path)) return;
        const record = classifyRecordName(basename(path), AGREEMENT_EXTENSION);
        if ('id' in record) context.store.delete(record.id);
      });
    },
  };
}
