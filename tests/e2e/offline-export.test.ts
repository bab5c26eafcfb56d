/**
 * The offline export as a reader gets it: unzipped and opened from disk (file://) in
 * Chromium. Every link of every page leads to a file inside the export, the search works
 * with a facet, every page names its data version, and nothing is fetched from a network.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { unzippedExport } from './offline-copy.ts';

let exportRoot: string;
const outside: string[] = [];

beforeAll(async () => {
  exportRoot = await unzippedExport();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('offline export', () => {
  it('follows every link of every page from disk without a broken one or a request to the network', async () => {
    const page = await newPage();
    // Every file a page loads (styles, fonts, scripts, images) must be a file of the export:
    // `file:///_astro/…` is a local URL, but not one that works.
    const missing: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('file:')) {
        const path = fileURLToPath(url.split(/[?#]/)[0]!);
        if (!path.startsWith(`${exportRoot}/`) || !existsSync(path)) missing.push(url);
      } else if (!url.startsWith('data:')) {
        outside.push(url);
      }
    });
    const start = join(exportRoot, 'index.html');
    const queue = [start];
    const visited = new Set<string>();
    const broken: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (visited.has(file)) continue;
      visited.add(file);
      await page.goto(pathToFileURL(file).href);
      await page.waitForLoadState('load');
      // A file:// load reports ok even for an error page: check that this is the export's page.
      expect(await page.locator('.offline-note').count(), file).toBe(1);
      const targets = await page.evaluate(() => {
        // Links in SVG (map, network) have no string .href: resolve the attributes alike.
        const resolve = (selector: string, attribute: string) =>
          [...document.querySelectorAll(selector)].map((element) => new URL(element.getAttribute(attribute)!, location.href).href);
        return [
          ...resolve('a[href]', 'href'),
          ...resolve('link[href]:not([rel="canonical"])', 'href'),
          ...resolve('script[src]', 'src'),
          ...resolve('form[action]', 'action'),
        ];
      });
      for (const target of targets) {
        if (!target.startsWith('file:')) {
          expect(target, `${file}: ${target}`).toMatch(/^(https?:|mailto:)/);
          continue;
        }
        const path = fileURLToPath(target.split(/[?#]/)[0]!);
        if (!path.startsWith(exportRoot) || !existsSync(path)) broken.push(`${file.slice(exportRoot.length)} -> ${target}`);
        else if (path.endsWith('.html') && !visited.has(path)) queue.push(path);
      }
    }
    expect(broken).toEqual([]);
    expect(missing).toEqual([]);
    const unreached = htmlFiles(exportRoot).filter((file) => !visited.has(file) && !file.endsWith('404.html'));
    expect(unreached).toEqual([]);
    expect(outside).toEqual([]);
    // It opens every page of the export, one after another (about a thousand with the real
    // records): on a busy machine that takes longer than the project's default.
  }, 900_000);

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
    await headerSearch.fill('LLMoin');
    await headerSearch.press('Enter');
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('„LLMoin“'));
    // The query names the solution LLMoin: its page comes first (see src/search/ranking.ts).
    expect(await page.locator('.search-result__title').first().textContent()).toContain('LLMoin');
  });
});
