/**
 * Astro integration: the sitemap of every page (sitemap-index.xml, pointing to
 * sitemap-0.xml and further parts of up to 45,000 addresses), written with the `sitemap`
 * library in the form and order @astrojs/sitemap gave it.
 *
 * It replaces @astrojs/sitemap, which sorts the addresses with
 * `localeCompare(b, 'en', { numeric: true })`: every comparison builds a collator of its
 * own, which at 10,000 records (19,000 pages, 270,000 comparisons) took 2.5–4 s of each
 * build and about 100 MB of memory at the build's peak. One Intl.Collator with the same
 * locale and options gives the same order. The addresses are the pages' canonical ones
 * (urls.ts), so they follow the site's address and base path like every link.
 *
 * Where dist/ was kept from the last build, a part is written only if it changed
 * (kept-output.ts).
 */
import type { AstroIntegration } from 'astro';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { absoluteUrl, withBase } from '../lib/urls.ts';
import { afterBuild } from './after-build.ts';
import { writeOutput } from './kept-output.ts';

const INDEX_FILE = 'sitemap-index.xml';
/** Addresses per part (the protocol allows 50,000; @astrojs/sitemap's default). */
const PART_SIZE = 45_000;
const partFile = (number: number) => `sitemap-${number}.xml`;

/** The error pages are no pages of the site. */
const ERROR_PAGES = new Set(['404', '500']);

const byAddress = new Intl.Collator('en', { numeric: true }).compare;

/** The public address of a site path ("laender/"), as every canonical link gives it (urls.ts). */
const address = (path: string) => absoluteUrl(withBase(`/${path.replace(/^\//, '')}`));

/** XML of items written to a stream of the `sitemap` library. */
async function xmlOf(stream: SitemapStream | SitemapIndexStream, items: { url: string }[]): Promise<Buffer> {
  const done = streamToPromise(stream);
  for (const item of items) stream.write(item);
  stream.end();
  return done;
}

/** The sitemap's files (path in dist/ → content) for the site paths of the pages, as Astro gives them. */
export async function sitemapFiles(paths: string[]): Promise<Map<string, Buffer>> {
  const addresses = paths
    .filter((path) => !ERROR_PAGES.has(path.replace(/^\/|\/$/g, '')))
    .map(address)
    .sort(byAddress);
  const files = new Map<string, Buffer>();
  const parts: { url: string }[] = [];
  for (let start = 0, number = 0; start < addresses.length; start += PART_SIZE, number++) {
    // Namespaces as @astrojs/sitemap declares them, so that the files stay as they were.
    const stream = new SitemapStream({ hostname: address(''), xmlns: { news: true, xhtml: true, image: true, video: true } });
    files.set(
      partFile(number),
      await xmlOf(
        stream,
        addresses.slice(start, start + PART_SIZE).map((url) => ({ url })),
      ),
    );
    parts.push({ url: address(partFile(number)) });
  }
  files.set(INDEX_FILE, await xmlOf(new SitemapIndexStream(), parts));
  return files;
}

export function sitemap(): AstroIntegration {
  return afterBuild('sitemap', async (outDir, pages) => {
    for (const [file, content] of await sitemapFiles(pages)) writeOutput(outDir, file, content);
  });
}
