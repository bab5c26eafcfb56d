/**
 * Astro integration: builds the Pagefind search index from the finished pages, in German,
 * into dist/pagefind/. Only the record content marked with data-pagefind-body is indexed,
 * not navigation; facets come from data-pagefind-filter attributes in the pages.
 *
 * Pages reach Pagefind in one fixed order, Astro's own order of paths: Pagefind's output
 * depends on the order pages are added, and an incremental build must write the same
 * index as a cold build of the same pages. Each page comes from wherever it is first
 * available (see pagefind-feed.ts): as Astro renders it, from the incremental build's
 * cache when Astro will only copy it from there, or from dist/ once all pages are written.
 * Pagefind indexes in its own process while Astro renders or copies the next pages, and
 * writes the index while the other integrations write their files; where dist/ was kept
 * from the last build (kept-output.ts), only the index files that changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { withoutBase } from '../lib/urls.ts';
import { PagefindFeed, type PageSource } from './pagefind-feed.ts';
import { forced, outputKept, writeOutput } from './kept-output.ts';
import { codeFingerprint, readCacheKeys, takeFingerprint, writeFingerprint } from './incremental-cache.ts';

export const PAGEFIND_DIR = 'pagefind';

/**
 * The pages that carry data-pagefind-body: one record each. Naming them spares Pagefind
 * from reading every list page, which at 10,000 records halves the indexing time.
 */
export const INDEXED_PAGES = '{vereinbarungen,laender,organisationen,themen,loesungen}/*/index.html';

/** A page's file in dist/ (and Pagefind's name for it) from its URL path: "vereinbarungen/x/index.html". */
function pageFile(pathname: string): string {
  const path = withoutBase(pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
}

async function renderedHtml(result: Awaited<ReturnType<AstroPrerenderer['render']>>) {
  const response = result instanceof Response ? result : result.response;
  if (!response.body || !response.headers.get('content-type')?.includes('text/html')) return undefined;
  const html = await response.text();
  const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  return { html, result: result instanceof Response ? copy : { ...result, response: copy } };
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  return created.index;
}

export function pagefindIndex(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let outDir = '';
  let feed: PagefindFeed | undefined;
  let writing:
    | Promise<{ pages: number; restarted: boolean; started: number; indexed: number; written: number; files: number | undefined }>
    | undefined;
  let fingerprint = '';
  /** Finishes the index and writes it; dist/ must hold every page Pagefind has not had yet by the time it asks. */
  const write = (current: PagefindFeed) => {
    const started = performance.now();
    const done = (async () => {
      const { pages, restarted } = await current.finish((file) => {
        const path = join(outDir, file);
        return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      });
      const indexed = performance.now();
      let files: number | undefined;
      if (outputKept()) {
        // dist/ holds the last index: rewrite only the files that changed (a page's
        // fragment, the word chunks it is in); the rest are removed as stale at the end.
        const got = await current.index.getFiles();
        if (got.errors.length) throw new Error(`Pagefind could not give its index: ${got.errors.join('; ')}`);
        files = got.files.filter(({ path, content }) => writeOutput(outDir, join(PAGEFIND_DIR, path), content)).length;
      } else {
        const written = await current.index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      }
      return { pages, restarted, started, indexed, written: performance.now(), files };
    })();
    // Awaited in astro:build:done; until then a failure must not count as unhandled.
    done.catch(() => undefined);
    return done;
  };
  const close = async () => {
    feed = undefined;
    writing = undefined;
    await pagefind.close();
  };
  return {
    name: 'kooperationsatlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        fingerprint = codeFingerprint(root);
        const sameCode = takeFingerprint(cacheDir, fingerprint);
        feed = new PagefindFeed(await createIndex(), createIndex);
        const current = feed;
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'kooperationsatlas:pagefind',
          getStaticPaths: async () => {
            const paths = await prerenderer.getStaticPaths();
            // The pages Astro will copy from its cache rather than render, as far as can be
            // told in advance: unchanged key, unchanged code, a copy in the cache. Should
            // Astro render one of them after all, the feed notices and starts over.
            const previous = sameCode && !forced() ? readCacheKeys(cacheDir) : undefined;
            const seen = new Set<string>();
            const pages: PageSource[] = [];
            for (const { pathname, route, cacheKey } of paths) {
              const file = pageFile(pathname);
              if (route.type !== 'page' || seen.has(file) || !matchesGlob(file, INDEXED_PAGES)) continue;
              seen.add(file);
              const cached = join(cacheDir, 'dist', file);
              const unchanged =
                cacheKey !== undefined && previous?.get(`${route.component}\0${pathname}`) === cacheKey && existsSync(cached);
              pages.push({ file, cached: unchanged ? cached : undefined });
            }
            current.start(pages);
            // Without pages from the cache the index cannot have to start over: it can be
            // written as soon as the last indexed page is in, while Astro renders the rest
            // (the comparison pages, lists and data come after the records).
            if (pages.every((page) => !page.cached)) void current.fed().then(() => (writing ??= write(current)));
            return paths;
          },
          render: async (request, options) => {
            const result = await prerenderer.render(request, options);
            const file = pageFile(new URL(request.url).pathname);
            if (!current.wants(file)) return result;
            const page = await renderedHtml(result);
            if (!page) return result;
            // Waits while Pagefind is busy, so that rendered pages do not pile up in memory.
            await current.rendered(file, page.html);
            return page.result;
          },
        }));
      },
      'astro:build:generated': () => {
        // Every page is written: what is left to index comes from dist/, then Pagefind
        // writes while the other integrations write their files (none of them reads
        // dist/pagefind/).
        if (feed) writing ??= write(feed);
      },
      'astro:build:done': async ({ logger }) => {
        const done = performance.now();
        try {
          if (!writing) throw new Error('Pagefind did not start');
          const { pages, restarted, started, indexed, written, files } = await writing;
          writeFingerprint(cacheDir, fingerprint);
          const ms = (from: number, to: number) => Math.round(to - from);
          logger.info(
            `indexed ${pages} files in ${ms(started, performance.now())} ms after the pages were written (${ms(started, indexed)} ms to finish indexing, ${ms(indexed, written)} ms to write${files === undefined ? '' : ` ${files} changed file(s)`}, ${ms(done, performance.now())} ms waited for after the other steps)${restarted ? '; started over: a page expected from the cache was rendered' : ''}`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
