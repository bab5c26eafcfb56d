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
 * writes the index while the other integrations write their files.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { withoutBase } from '../lib/urls.ts';
import { PagefindFeed, type PageSource } from './pagefind-feed.ts';
import { codeFingerprint, readCacheKeys, takeFingerprint, writeFingerprint } from './incremental-cache.ts';

export const PAGEFIND_DIR = 'pagefind';

/**
 * The pages that carry data-pagefind-body: one record each. Naming them spares Pagefind
 * from reading every list page, which at 10,000 records halves the indexing time.
 */
export const INDEXED_PAGES = '{vereinbarungen,laender,organisationen,themen,loesungen}/*/index.html';

/** A page's file in dist/ (and Pagefind's name for it) from its URL path: "vereinbarungen/x/index.html". */
export function pageFile(pathname: string): string {
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
  let writing: Promise<{ pages: number; restarted: boolean; started: number; indexed: number; written: number }> | undefined;
  let fingerprint = '';
  const staging = () => join(cacheDir, 'pagefind-next');
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
            const previous = sameCode ? readCacheKeys(cacheDir) : undefined;
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
        // Every page is written: the rest is Pagefind's, in its own process, while the
        // other integrations write their files. Into a folder of its own, moved into
        // dist/ at the end, so that nothing else sees half an index (the CSS pruning reads
        // the scripts in dist/).
        const current = feed;
        if (!current) return;
        const started = performance.now();
        writing = (async () => {
          const { pages, restarted } = await current.finish((file) => {
            const path = join(outDir, file);
            return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
          });
          const indexed = performance.now();
          rmSync(staging(), { recursive: true, force: true });
          const written = await current.index.writeFiles({ outputPath: staging() });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          return { pages, restarted, started, indexed, written: performance.now() };
        })();
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const done = performance.now();
        try {
          if (!writing) throw new Error('Pagefind did not start');
          const { pages, restarted, started, indexed, written } = await writing;
          rmSync(join(outDir, PAGEFIND_DIR), { recursive: true, force: true });
          renameSync(staging(), join(outDir, PAGEFIND_DIR));
          writeFingerprint(cacheDir, fingerprint);
          const ms = (from: number, to: number) => Math.round(to - from);
          logger.info(
            `indexed ${pages} files in ${ms(started, performance.now())} ms after the pages were written (${ms(started, indexed)} ms to finish indexing, ${ms(indexed, written)} ms to write, ${ms(done, performance.now())} ms waited for after the other steps)${restarted ? '; started over: a page expected from the cache was rendered' : ''}`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
