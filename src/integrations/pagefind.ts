/**
 * Astro integration: builds the Pagefind search index from the finished pages, in German,
 * into dist/pagefind/. Only the record content marked with data-pagefind-body is indexed,
 * not navigation; facets come from data-pagefind-filter attributes in the pages.
 *
 * The index is fed while the pages are rendered: a build-time middleware
 * (pagefind-middleware.ts) passes each page matching INDEXED_PAGES to Pagefind's Node API
 * as soon as it exists, and Pagefind's own process indexes it while Astro renders the
 * next pages. When the build is done, only writing the index is left. Should no page have
 * come through the middleware, the pages are read from disk as before.
 */
import { matchesGlob } from 'node:path';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const PAGEFIND_DIR = 'pagefind';

/**
 * The pages that carry data-pagefind-body: one record each. Naming them spares Pagefind
 * from reading every list page, which at 10,000 records halves the indexing time.
 */
export const INDEXED_PAGES = '{vereinbarungen,laender,organisationen,themen,loesungen}/*/index.html';

interface PagefindSink {
  wants(sourcePath: string): boolean;
  /** Resolves once Pagefind has room for the page (see MAX_IN_FLIGHT). */
  add(sourcePath: string, content: string): Promise<void>;
}

/**
 * Pages handed to Pagefind and not yet indexed. Should Pagefind fall behind, rendering
 * waits instead of queueing ever more pages (their HTML, twice: as a string and as the
 * message to Pagefind's process) in memory.
 */
const MAX_IN_FLIGHT = 64;

// The middleware runs in the bundle Astro builds for prerendering, with its own copy of
// this module; the index of the running build is found through a global.
const SINK = Symbol.for('kooperationsatlas.pagefind.sink');
type WithSink = typeof globalThis & { [SINK]?: PagefindSink };

/** The running build's index, for the middleware; undefined outside `astro build`. */
export function pagefindSink(): PagefindSink | undefined {
  return (globalThis as WithSink)[SINK];
}

export function pagefindIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const pending: Promise<pagefind.NewFileResponse>[] = [];
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const close = async () => {
    delete (globalThis as WithSink)[SINK];
    index = undefined;
    await pagefind.close();
  };
  return {
    name: 'kooperationsatlas:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({ forceLanguage: 'de' });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        const started = index;
        (globalThis as WithSink)[SINK] = {
          wants: (sourcePath) => matchesGlob(sourcePath, INDEXED_PAGES),
          add: async (sourcePath, content) => {
            while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
            inFlight++;
            pending.push(
              started.addHTMLFile({ sourcePath, content }).finally(() => {
                inFlight--;
                waiting.shift()?.();
              }),
            );
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          if (!index) throw new Error('Pagefind did not start');
          let pages = 0;
          if (pending.length > 0) {
            for (const added of await Promise.all(pending)) {
              if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
              pages++;
            }
          } else {
            const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
            if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
            pages = added.page_count;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages} files in ${Math.round(performance.now() - started)} ms after the pages were written`);
        } finally {
          await close();
        }
      },
    },
  };
}
