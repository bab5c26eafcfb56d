/**
 * Astro integration: builds the Pagefind search index from the finished pages, in German,
 * into dist/pagefind/. Only the record content marked with data-pagefind-body is indexed,
 * not navigation; facets come from data-pagefind-filter attributes in the pages.
 *
 * Pagefind reads the pages from dist/ itself, once Astro has written all of them
 * (`addDirectory`), and writes its index while the other integrations write their files.
 * Its own process reads and indexes the files on its own threads: at 10,000 records that
 * takes a third of the time of handing each page over as Astro renders it, which an
 * earlier version did (the pages had to travel through a pipe, and an incremental build,
 * which renders few pages, waited for the index of all of them). Pagefind takes the files
 * in the order of their paths, so the same pages always give the same index, whichever
 * of them Astro rendered and which it kept from the last build
 * (tests/build/incremental.test.ts compares byte for byte).
 *
 * Where dist/ was kept from the last build (kept-output.ts), it may still hold the page of
 * a record this build no longer has, which Pagefind must not index: such pages are removed
 * before Pagefind reads the folder (kept-output.ts would remove them at the end anyway).
 * The last build's index is moved out of dist/ and removed meanwhile: what Pagefind writes
 * is then the whole index, and kept-output.ts sees every file as written by this build.
 */
import { existsSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { withoutBase } from '../lib/urls.ts';
import { outputKept } from './kept-output.ts';

export const PAGEFIND_DIR = 'pagefind';

/**
 * The pages that carry data-pagefind-body: one record each, in these folders. Naming them
 * spares Pagefind from reading every list page, which at 10,000 records halves the
 * indexing time.
 */
const INDEXED_FOLDERS = ['vereinbarungen', 'laender', 'organisationen', 'themen', 'loesungen'];
export const INDEXED_PAGES = `{${INDEXED_FOLDERS.join(',')}}/*/index.html`;

/** A page's file in dist/ from its URL path: "vereinbarungen/x/index.html". */
function pageFile(pathname: string): string {
  const path = withoutBase(pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
}

/** Removes the indexed pages in dist/ that this build did not produce (left from the last build). */
function removeStalePages(outDir: string, produced: Set<string>): void {
  for (const folder of INDEXED_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(outDir, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `${folder}/${name}/index.html`;
      if (produced.has(file)) continue;
      rmSync(join(outDir, file), { force: true });
      try {
        rmdirSync(join(outDir, folder, name));
      } catch {
        // Other files of the record are still there; kept-output.ts removes them and the folder.
      }
    }
  }
}

interface Indexed {
  pages: number;
  started: number;
  indexed: number;
  written: number;
}

async function buildIndex(outDir: string, cacheDir: string): Promise<Indexed> {
  const started = performance.now();
  const output = join(outDir, PAGEFIND_DIR);
  let removing: Promise<void> = Promise.resolve();
  if (existsSync(output)) {
    const old = join(cacheDir, `pagefind-old-${process.pid}`);
    await rm(old, { recursive: true, force: true });
    renameSync(output, old);
    removing = rm(old, { recursive: true, force: true });
  }
  const created = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const added = await created.index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
  if (added.errors.length) throw new Error(`Pagefind could not read the pages: ${added.errors.join('; ')}`);
  const indexed = performance.now();
  const written = await created.index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await removing;
  return { pages: added.page_count, started, indexed, written: performance.now() };
}

export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let indexing: Promise<Indexed> | undefined;
  /** The files of every page this build produces, rendered or kept (from Astro's static paths). */
  let produced = new Set<string>();
  return {
    name: 'kooperationsatlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'kooperationsatlas:pagefind',
          getStaticPaths: async () => {
            const paths = await prerenderer.getStaticPaths();
            produced = new Set(paths.filter(({ route }) => route.type === 'page').map(({ pathname }) => pageFile(pathname)));
            return paths;
          },
        }));
      },
      'astro:build:generated': () => {
        // Every page is written; the other integrations read none of dist/pagefind/.
        if (outputKept()) removeStalePages(outDir, produced);
        indexing = buildIndex(outDir, cacheDir);
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const done = performance.now();
        try {
          if (!indexing) throw new Error('Pagefind did not start');
          const { pages, started, indexed, written } = await indexing;
          const ms = (from: number, to: number) => Math.round(to - from);
          logger.info(
            `indexed ${pages} pages in ${ms(started, written)} ms after the pages were written (${ms(started, indexed)} ms to read them, ${ms(indexed, written)} ms to write the index, ${ms(done, performance.now())} ms waited for after the other steps)`,
          );
        } finally {
          indexing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
