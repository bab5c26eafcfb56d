/**
 * Astro integration: the sitemap of every page (sitemap-index.xml, pointing to
 * sitemap-0.xml and further parts of up to 45,000 addresses), written with the `sitemap`
 * library in the form and order @astrojs/sitemap gave it.
 *
 * It replaces @astrojs/sitemap, which sorts the addresses with
 * `localeCompare(b, 'en', { numeric: true })`: every comparison builds a collator of its
 * own, which at 10,000 records (19,000 pages, 270,000 comparisons) took 2.5–4 s of each
 * build and some 80 MB of memory at the build's peak. One Intl.Collator with the same
 * locale and options gives the same order.
 *
 * Where dist/ was kept from the last build, a part is written only if it changed
 * (kept-output.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { writeOutput } from './kept-output.ts';

const INDEX_FILE = 'sitemap-index.xml';
/** Addresses per part (the protocol allows 50,000; @astrojs/sitemap's default). */
const PART_SIZE = 45_000;
const partFile = (number: number) => `sitemap-${number}.xml`;

/** The error pages are no pages of the site. */
const ERROR_PAGES = new Set(['404', '500']);

const byAddress = new Intl.Collator('en', { numeric: true }).compare;

/** XML of items written to a stream of the `sitemap` library. */
async function xmlOf(stream: SitemapStream | SitemapIndexStream, items: { url: string }[]): Promise<Buffer> {
  const done = streamToPromise(stream);
  for (const item of items) stream.write(item);
  stream.end();
  return done;
}

/** The sitemap's files (path in dist/ → content) for the pages' paths (as Astro gives them) on a site. */
export async function sitemapFiles(pathnames: string[], site: string, base: string): Promise<Map<string, Buffer>> {
  const home = new URL(base, site);
  const addresses = pathnames
    .map((pathname) => pathname.replace(/^\//, ''))
    .filter((pathname) => !ERROR_PAGES.has(pathname.replace(/\/$/, '')))
    .map((pathname) => new URL(pathname, home).href)
    .sort(byAddress);
  const files = new Map<string, Buffer>();
  const parts: { url: string }[] = [];
  for (let start = 0, number = 0; start < addresses.length; start += PART_SIZE, number++) {
    // Namespaces as @astrojs/sitemap declares them, so that the files stay as they were.
    const stream = new SitemapStream({ hostname: home.href, xmlns: { news: true, xhtml: true, image: true, video: true } });
    files.set(
      partFile(number),
      await xmlOf(
        stream,
        addresses.slice(start, start + PART_SIZE).map((url) => ({ url })),
      ),
    );
    parts.push({ url: new URL(partFile(number), home).href });
  }
  files.set(INDEX_FILE, await xmlOf(new SitemapIndexStream(), parts));
  return files;
}

export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'kooperationsatlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('The sitemap needs `site` in astro.config.mjs.');
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const outDir = fileURLToPath(dir);
        for (const [file, content] of await sitemapFiles(
          pages.map((page) => page.pathname),
          site,
          base,
        ))
          writeOutput(outDir, file, content);
      },
    },
  };
}
