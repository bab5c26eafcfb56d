/**
 * The offline export as a reader gets it: unzipped and opened from disk (file://) in
 * Chromium. Every link of every page leads to a file inside the export, the search works
 * with a facet, every page names its data version, and nothing is fetched from a network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { unzippedExport } from './offline-copy.ts';

let exportRoot: string;

beforeAll(async () => {
  exportRoot = await unzippedExport();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a browser loads of a `<link>`; other links (alternate, sitemap) only name a file. */
const LOADED_LINKS = ['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest'].map((rel) => `link[rel~="${rel}"][href]`).join(', ');

/** Everything a page refers to: what its links name and which files it loads. */
function references(file: string): { links: string[]; loads: string[] } {
  const page = parse(readFileSync(file, 'utf8'));
  const base = pathToFileURL(file);
  // Links in SVG (map, network) are `a[href]` too.
  const resolve = (selector: string, attribute: string) =>
    page.querySelectorAll(selector).map((element) => new URL(element.getAttribute(attribute)!, base).href);
  return {
    links: [...resolve('a[href]', 'href'), ...resolve('form[action]', 'action'), ...resolve('link[href]:not([rel="canonical"])', 'href')],
    loads: [...resolve(LOADED_LINKS, 'href'), ...resolve('script[src]', 'src')],
  };
}

/** A file of the export that a `file:` URL names, or undefined for anything else (`file:///_astro/…` is a local URL, but not one that works). */
function exportFile(url: string): string | undefined {
  const path = fileURLToPath(url.split(/[?#]/)[0]!);
  return path.startsWith(`${exportRoot}/`) && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

describe('offline export', () => {
  // Every page is read as a file, and every page that loads a different set of files is
  // opened in Chromium. Opening all of them (about a thousand with the real records) took
  // minutes of the test run and would check nothing more: a page requests only what its
  // markup names, its style sheets name (next test) or its scripts fetch (search tests).
  it('follows every link of every page from disk without a broken one', () => {
    const start = join(exportRoot, 'index.html');
    const queue = [start];
    const visited = new Set<string>();
    const broken: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (visited.has(file)) continue;
      visited.add(file);
      const { links, loads } = references(file);
      for (const target of new Set([...links, ...loads])) {
        if (!target.startsWith('file:')) {
          expect(target, `${file}: ${target}`).toMatch(/^(https?:|mailto:)/);
          continue;
        }
        const path = exportFile(target);
        if (!path) broken.push(`${file.slice(exportRoot.length)} -> ${target}`);
        else if (path.endsWith('.html') && !visited.has(path)) queue.push(path);
      }
    }
    expect(broken).toEqual([]);
    const unreached = htmlFiles(exportRoot).filter((file) => !visited.has(file) && !file.endsWith('404.html'));
    expect(unreached).toEqual([]);
  });

  it('opens each kind of page in Chromium without a missing file or a request to the network', async () => {
    // One page for each set of files that pages load (style sheets, icons, scripts), the
    // largest of them; pages of one route load the same set.
    const byLoads = new Map<string, { file: string; size: number }>();
    for (const file of htmlFiles(exportRoot)) {
      const loads = references(file)
        // Anything not on disk stays as it is: Chromium's request for it fails below.
        .loads.map((url) => (url.startsWith('file:') ? relative(exportRoot, fileURLToPath(url.split(/[?#]/)[0]!)) : url))
        .sort()
        .join(' ');
      const size = statSync(file).size;
      if ((byLoads.get(loads)?.size ?? -1) < size) byLoads.set(loads, { file, size });
    }
    expect(byLoads.size).toBeGreaterThan(1);

    const page = await newPage();
    const missing: string[] = [];
    const outside: string[] = [];
    const broken: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('file:')) {
        if (!exportFile(url)) missing.push(url);
      } else if (!url.startsWith('data:')) {
        outside.push(url);
      }
    });
    for (const { file } of byLoads.values()) {
      await page.goto(pathToFileURL(file).href);
      await page.waitForLoadState('load');
      // A file:// load reports ok even for an error page: check that this is the export's page.
      expect(await page.locator('.offline-note').count(), file).toBe(1);
      // Links as the page's scripts leave them (the file alone was checked above).
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((element) => new URL(element.getAttribute('href')!, location.href).href),
      );
      for (const link of links)
        if (link.startsWith('file:') && !exportFile(link)) broken.push(`${file.slice(exportRoot.length)} -> ${link}`);
    }
    expect(broken).toEqual([]);
    expect(missing).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('rewrites every url() in the style sheets to a file of the export', () => {
    const css = readdirSync(exportRoot, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(css.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of css) {
      for (const [, , url] of readFileSync(file, 'utf8').matchAll(/url\((['"]?)([^)'"]+)\1\)/g)) {
        if (url!.startsWith('data:') || url!.startsWith('#')) continue;
        const target = join(dirname(file), url!.split(/[?#]/)[0]!);
        if (/^[a-z]+:|^\//i.test(url!) || !target.startsWith(`${exportRoot}/`) || !existsSync(target))
          problems.push(`${file.slice(exportRoot.length)}: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows on every page which data version it is', () => {
    for (const file of htmlFiles(exportRoot)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(
        /class="offline-note">Offline-Fassung, erstellt am [^<]+ aus dem Datenstand <span data-version>[^<]+<\/span> vom /,
      );
    }
  });

  it('searches from disk, with a facet, and links to the pages on disk', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`${pathToFileURL(join(exportRoot, 'suche', 'index.html')).href}?q=Dataport`);
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('„Dataport“'));
    // Results come ten at a time; the status line says how many there are in all.
    const total = async () =>
      Number(
        /([\d.]+) Ergebnis/.exec((await page.getByRole('main').getByRole('status').first().textContent()) ?? '')?.[1]?.replace('.', ''),
      );
    const all = await total();
    await page
      .getByRole('main')
      .getByRole('group', { name: 'Art des Eintrags', exact: true })
      .getByRole('checkbox', { name: /^Vereinbarung \(\d+\)$/ })
      .check();
    await expect.poll(total).toBeLessThan(all);
    const metas = await page.locator('.search-result__meta').allTextContents();
    expect(metas.every((meta) => meta.startsWith('Vereinbarung'))).toBe(true);
    await page.locator('.search-result__title a').first().click();
    expect(page.url()).toMatch(/^file:.*\/vereinbarungen\/[a-z0-9-]+\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it("runs the contribution form's script from disk (module scripts became classic ones)", async () => {
    const page = await newPage();
    await page.goto(pathToFileURL(join(exportRoot, 'mitmachen', 'index.html')).href);
    const main = page.getByRole('main');
    await main.getByLabel('Titel der Vereinbarung', { exact: true }).fill('Offline erstellter Eintrag');
    await expect
      .poll(() => main.getByLabel('Inhalt der Datei', { exact: true }).inputValue())
      .toContain('title: Offline erstellter Eintrag');
  });

  it('keeps the header search working from disk', async () => {
    const page = await newPage();
    await page.goto(pathToFileURL(join(exportRoot, 'laender', 'index.html')).href);
    const headerSearch = page.getByRole('banner').getByRole('searchbox', { name: 'Atlas durchsuchen', exact: true });
    await headerSearch.fill('Hamburg');
    await headerSearch.press('Enter');
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('„Hamburg“'));
    // The query names a Land (reference data every corpus has): its page comes first (see src/search/ranking.ts).
    expect(await page.locator('.search-result__title').first().textContent()).toContain('Hamburg');
  });
});
