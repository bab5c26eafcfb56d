/**
 * npm run bench [-- --sizes 1000,10000]
 *
 * Generates realistic synthetic records in a temporary copy of the project (never in
 * src/content) and measures, for each size: validation, the full build (Astro and
 * Pagefind) with peak memory, the search index, the weight of an agreement page, the
 * search in Chromium (time to first results, bytes per query) and the offline export.
 * Prints a Markdown table; docs/benchmarks.md records the results with the machine.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { tempProject } from './lib/temp-project.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';
import { BENCHMARK_QUERIES, writeSyntheticContent } from './lib/synthetic.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);

interface Result {
  records: number;
  validateSeconds: number;
  buildSeconds: number;
  buildPeakMb: number;
  pages: number;
  pagefindSeconds: number;
  indexMb: number;
  pageHtmlKb: number;
  pageCssKb: number;
  pageGzipKb: number;
  pageJsKb: number;
  searchStartupKb: number;
  searchQueries: Record<string, { firstResultMs: number; facetCountsMs: number; queryKb: number }>;
  exportSeconds: number;
  zipMb: number;
}

function timed(command: string, args: string[], cwd: string): { seconds: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout + result.stderr };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Astro's build in a child process that reports its own peak memory when done. */
function buildWithPeakMemory(root: string) {
  const script = `const { build } = await import('astro'); await build({ root: process.cwd(), logLevel: 'info' }); console.log('PEAK_RSS ' + process.resourceUsage().maxRSS);`;
  const run = timed(process.execPath, ['--input-type=module', '-e', script], root);
  const peakKb = Number(/PEAK_RSS (\d+)/.exec(run.stdout)?.[1] ?? 0);
  const pagefindMs = Number(/indexed \d+ files in (\d+) ms/.exec(run.stdout)?.[1] ?? 0);
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0);
  return { seconds: run.seconds, peakMb: peakKb / 1024, pagefindSeconds: pagefindMs / 1000, pages };
}

function agreementPageWeight(dist: string) {
  const dir = join(dist, 'vereinbarungen');
  const slug = readdirSync(dir).find((name) => name.startsWith('vereinbarung-'))!;
  const html = readFileSync(join(dir, slug, 'index.html'));
  const page = parse(html.toString('utf8'));
  const assets = (selector: string, attribute: string) =>
    page.querySelectorAll(selector).map((element) => readFileSync(join(dist, element.getAttribute(attribute)!.replace(/^\//, ''))));
  const css = assets('link[rel="stylesheet"]', 'href');
  const js = assets('script[src]', 'src');
  const inlineJs = page.querySelectorAll('script:not([src]):not([type="application/ld+json"])').map((script) => Buffer.from(script.text));
  const sum = (buffers: Buffer[]) => buffers.reduce((total, buffer) => total + buffer.length, 0);
  return {
    htmlKb: html.length / 1024,
    cssKb: sum(css) / 1024,
    gzipKb: (gzipSync(html).length + sum(css.map((buffer) => gzipSync(buffer)))) / 1024,
    jsKb: (sum(js) + sum(inlineJs)) / 1024,
  };
}

/**
 * Time from typing to the first result and to the facet counts (which follow the results),
 * and what Pagefind downloads at start and per query (both of its instances, see search-ui.ts).
 */
async function measureSearch(root: string) {
  const server = await serveBuiltSite(root);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/suche/`);
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent?.startsWith('Suchbegriff'));
    await page.waitForLoadState('networkidle');
    const startupKb = bytes / 1024;
    const queries: Record<string, { firstResultMs: number; facetCountsMs: number; hits: number; queryKb: number }> = {};
    for (const [label, term] of Object.entries(BENCHMARK_QUERIES)) {
      bytes = 0;
      // From the moment the term is in the field (the last keystroke) to the first result on screen.
      const measured = await page.evaluate(async (value) => {
        const input = document.querySelector<HTMLInputElement>('#suchbegriff')!;
        document.querySelector('[data-results]')!.replaceChildren();
        const started = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector('.search-result') ? resolve() : requestAnimationFrame(check));
          check();
        });
        const firstResultMs = performance.now() - started;
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector('[role="status"]')?.textContent?.includes(value) ? resolve() : requestAnimationFrame(check));
          check();
        });
        // The facets are marked busy until their counts for this search are drawn.
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector('[data-facets]')?.hasAttribute('aria-busy') ? requestAnimationFrame(check) : resolve());
          check();
        });
        const facetCountsMs = performance.now() - started;
        return { firstResultMs, facetCountsMs, hits: Number(/^([\d.]+)/.exec(document.querySelector('[role="status"]')?.textContent ?? '')?.[1]?.replace(/\./g, '') ?? 0) };
      }, term);
      await page.waitForLoadState('networkidle');
      queries[`${label} („${term}“, ${measured.hits.toLocaleString('de-DE')} Treffer)`] = { ...measured, queryKb: bytes / 1024 };
    }
    return { startupKb, queries };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const results: Result[] = [];
for (const records of sizes) {
  const root = tempProject('kooperationsatlas-bench-');
  console.error(`\n${records} Einträge in ${root}`);
  writeSyntheticContent(root, { agreements: records });
  const validate = timed(process.execPath, ['scripts/validate.ts'], root);
  console.error(`  validieren: ${validate.seconds.toFixed(1)} s`);
  const build = buildWithPeakMemory(root);
  console.error(`  bauen: ${build.seconds.toFixed(1)} s, ${build.peakMb.toFixed(0)} MB`);
  const dist = join(root, 'dist');
  const weight = agreementPageWeight(dist);
  const search = await measureSearch(root);
  console.error(`  suchen: ${Object.entries(search.queries).map(([label, query]) => `${label} ${query.firstResultMs.toFixed(0)} ms (Filterzahlen ${query.facetCountsMs.toFixed(0)} ms)`).join(', ')}`);
  const exported = timed(process.execPath, ['scripts/export.ts', '--skip-build'], root);
  const zip = readdirSync(join(root, 'export')).find((file) => file.endsWith('.zip'))!;
  console.error(`  exportieren: ${exported.seconds.toFixed(1)} s`);
  results.push({
    records,
    validateSeconds: validate.seconds,
    buildSeconds: build.seconds,
    buildPeakMb: build.peakMb,
    pages: build.pages,
    pagefindSeconds: build.pagefindSeconds,
    indexMb: folderBytes(join(dist, 'pagefind')) / 1024 / 1024,
    pageHtmlKb: weight.htmlKb,
    pageCssKb: weight.cssKb,
    pageGzipKb: weight.gzipKb,
    pageJsKb: weight.jsKb,
    searchStartupKb: search.startupKb,
    searchQueries: search.queries,
    exportSeconds: exported.seconds,
    zipMb: statSync(join(root, 'export', zip)).size / 1024 / 1024,
  });
}

const number = (value: number, digits = 1) => value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rows: [string, (result: Result) => string, string][] = [
  ['Validieren (npm run validate, ganzer Prozess)', (r) => `${number(r.validateSeconds)} s`, '< 3 s'],
  ['Bauen (Astro + Pagefind)', (r) => `${number(r.buildSeconds)} s`, '< 60 s'],
  ['Spitzenspeicher des Builds (Astro-Prozess)', (r) => `${number(r.buildPeakMb, 0)} MB`, '< 3 GB'],
  ['Seiten', (r) => number(r.pages, 0), ''],
  ['davon Pagefind', (r) => `${number(r.pagefindSeconds)} s`, ''],
  ['Suchindex', (r) => `${number(r.indexMb)} MB`, ''],
  ['Vereinbarungsseite: HTML', (r) => `${number(r.pageHtmlKb)} KB`, ''],
  ['Vereinbarungsseite: CSS', (r) => `${number(r.pageCssKb)} KB`, ''],
  ['Vereinbarungsseite: HTML + CSS gzip', (r) => `${number(r.pageGzipKb)} KB`, ''],
  ['Vereinbarungsseite: HTML + CSS', (r) => `${number(r.pageHtmlKb + r.pageCssKb)} KB`, '< 25 KB'],
  ['Vereinbarungsseite: JavaScript', (r) => `${number(r.pageJsKb)} KB`, '0'],
  ['Suche: Laden beim Öffnen der Suchseite', (r) => `${number(r.searchStartupKb, 0)} KB`, ''],
  ...Object.keys(BENCHMARK_QUERIES).flatMap((label): [string, (result: Result) => string, string][] => {
    const query = (result: Result) => Object.entries(result.searchQueries).find(([key]) => key.startsWith(label))!;
    return [
      [`Suche ${label}: erste Ergebnisse nach dem Tippen`, (r) => `${number(query(r)[1].firstResultMs, 0)} ms (${query(r)[0].slice(label.length + 2, -1)})`, '< 300 ms'],
      [`Suche ${label}: Filterzahlen nach dem Tippen`, (r) => `${number(query(r)[1].facetCountsMs, 0)} ms`, ''],
      [`Suche ${label}: Download`, (r) => `${number(query(r)[1].queryKb, 0)} KB`, '< 300 KB'],
    ];
  }),
  ['Offline-Export (ohne Build)', (r) => `${number(r.exportSeconds)} s`, ''],
  ['Offline-Export: Zip', (r) => `${number(r.zipMb)} MB`, ''],
];
console.log(`\nMaschine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}\n`);
console.log(`| Messung | ${results.map((result) => `${result.records.toLocaleString('de-DE')} Einträge`).join(' | ')} | Ziel bei 10.000 |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} | --- |`);
for (const [label, value, target] of rows) console.log(`| ${label} | ${results.map(value).join(' | ')} | ${target} |`);
