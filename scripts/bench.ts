/**
 * npm run bench [-- --sizes 1000,10000]
 * npm run bench -- --peer [--sizes 1000,10000] [--runs 3]
 *
 * Generates realistic synthetic records in a temporary copy of the project (never in
 * src/content) and measures, for each size: validation, the full build (Astro and
 * Pagefind) with peak memory, the search index, the weight of an agreement page, the
 * search in Chromium (time to first results, bytes per query) and the offline export.
 * Prints a Markdown table; docs/benchmarks.md records the results with the machine.
 *
 * With --peer: only the build, against a yardstick. The same records are built, in turn
 * and --runs times each, by the project (`npm run build`: validate, then Astro with
 * Pagefind) and by a minimal Eleventy 3 site of the same page set with the Pagefind CLI
 * (scripts/peer-eleventy/); prints medians of wall time, CPU time and peak memory, and the
 * ratio of the medians. Peak memory is that of the largest process; on Linux each
 * program's own is given too (Astro's Node process and the Pagefind process it starts,
 * Eleventy and Pagefind for the yardstick; scripts/lib/process-peaks.ts). /usr/bin/time
 * alone misses the Pagefind process of the project's build: its library ends it without
 * waiting for it. Then one record is added and the project built again as a contributor
 * would (incremental, with the last build's caches and output), and that
 * output compared file by file with a cold build of the same records. Last, the goals of
 * issue 28 with their figures. Every line names the machine's load (1-minute average):
 * other work on the machine slows both sides. With --baseline <checkout>, another checkout
 * of the project (for example of main before a change) builds the same records in the
 * same rotation, for before/after figures from one run.
 *
 * With --tests: `npm test` as on a fresh machine. The last commit of this checkout (and
 * with --baseline, of that checkout) is cloned into a temporary folder, its packages are
 * installed with `npm ci` (not counted), and `npm test` runs once in each clone, one after
 * the other; prints wall time, CPU time and peak memory, and the goal of issue 28.
 * Uncommitted changes are not in a clone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { tempProject } from './lib/temp-project.ts';
import { processPeaks } from './lib/process-peaks.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';
import { addSyntheticAgreement, BENCHMARK_QUERIES, writeSyntheticContent } from './lib/synthetic.ts';
import { INDEXED_PAGES } from '../src/integrations/pagefind.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    peer: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    tests: { type: 'boolean', default: false },
  },
});
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
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, stdout: stripVTControlCharacters(result.stdout + result.stderr) };
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
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(run.stdout)?.[1] ?? 0);
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
          const check = () =>
            document.querySelector('[role="status"]')?.textContent?.includes(value) ? resolve() : requestAnimationFrame(check);
          check();
        });
        // The facets are marked busy until their counts for this search are drawn.
        await new Promise<void>((resolve) => {
          const check = () =>
            document.querySelector('[data-facets]')?.hasAttribute('aria-busy') ? requestAnimationFrame(check) : resolve();
          check();
        });
        const facetCountsMs = performance.now() - started;
        return {
          firstResultMs,
          facetCountsMs,
          hits: Number(/^([\d.]+)/.exec(document.querySelector('[role="status"]')?.textContent ?? '')?.[1]?.replace(/\./g, '') ?? 0),
        };
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

/** Wall time, CPU time (user + system of all child processes) and peak memory of one command, measured by GNU time. */
function measured(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const peaks = processPeaks(cwd);
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'RUSAGE %U %S %M', command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const programs = peaks.stop();
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const [user, system, peakKb] = /RUSAGE ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr)!.slice(1).map(Number) as [number, number, number];
  // Plain text: Astro colours its log where CI is set, and the counts below read it.
  return {
    seconds,
    cpuSeconds: user + system,
    // /usr/bin/time misses the Pagefind process of the build: its library ends it without waiting for it.
    peakMb: Math.max(peakKb / 1024, ...Object.values(programs)),
    programs,
    output: stripVTControlCharacters(result.stdout + result.stderr),
  };
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  /** The largest process: /usr/bin/time's figure, or a program's own where that is larger. */
  peakMb: number;
  /** Each program's own peak (processPeaks): which one the largest process was. */
  programs?: Record<string, number>;
  validateSeconds?: number;
}

/** Per program, the largest of the peaks (steps run one after the other) or their median (runs of the same build). */
function perProgram(list: Run[], combine: (values: number[]) => number): Record<string, number> {
  const names = new Set(list.flatMap((run) => Object.keys(run.programs ?? {})));
  return Object.fromEntries([...names].map((name) => [name, combine(list.flatMap((run) => run.programs?.[name] ?? []))]));
}

/** Names a build's Node process by what runs in it: Astro (after the validator, which needs less) or Eleventy. */
function named(run: Run, node: string): Run {
  return {
    ...run,
    programs: Object.fromEntries(Object.entries(run.programs ?? {}).map(([name, mb]) => [name === 'Node' ? node : name, mb])),
  };
}

/** "1709 MB (Astro 1690, Pagefind 1709)": the largest process and, where known, each program's peak. */
function memory(mb: number, programs: Record<string, number> = {}): string {
  const each = Object.entries(programs).map(([name, peak]) => `${name} ${peak.toFixed(0)}`);
  return `${mb.toFixed(0)} MB${each.length ? ` (${each.join(', ')})` : ''}`;
}

/** Steps run one after the other: times and CPU add up, memory is the largest step's. */
function sequence(steps: Run[]): Run {
  return {
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    cpuSeconds: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
    peakMb: Math.max(...steps.map((step) => step.peakMb)),
    programs: perProgram(steps, (values) => Math.max(...values)),
  };
}

/** The Node options an npm script gives the program it runs (such as a heap size), read from package.json. */
function nodeOptions(root: string, script: string, program: RegExp): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const options = new RegExp(`node ((?:--\\S+ )*)\\S*${program.source}`).exec(scripts[script] ?? '')?.[1]?.trim();
  return options ? options.split(/\s+/) : [];
}
const validateOptions = (root: string) => nodeOptions(root, 'validate', /validate\.ts/);
const astroOptions = (root: string) => nodeOptions(root, 'build', /astro\.mjs build/);

/**
 * The project's build as a contributor runs it (npm run build: validate, then astro build
 * with Pagefind, with the same Node options), from clean: without Astro's content cache
 * and without the validation cache, so validation is measured cold.
 */
function projectBuild(root: string): Run {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  const validate = measured(process.execPath, [...validateOptions(root), 'scripts/validate.ts'], root);
  const astro = measured(process.execPath, [...astroOptions(root), join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], root);
  return named({ ...sequence([validate, astro]), validateSeconds: validate.seconds }, 'Astro');
}

/** The machine's load as `uptime` gives it (1-minute average), for every figure measured on a shared machine. */
const load = () => loadavg()[0]!.toFixed(1).replace('.', ',');

/**
 * `npm run build` once more, as after a contributor's change: with the caches and the
 * output the last build left (validation results, content store, incremental pages).
 */
function projectRebuild(root: string): Run {
  const validate = measured(process.execPath, [...validateOptions(root), 'scripts/validate.ts'], root);
  const astro = measured(process.execPath, [...astroOptions(root), join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], root);
  const rendered = (astro.output.match(/index\.html \(\+/g) ?? []).length;
  const kept = (astro.output.match(/index\.html \((?:cached|restored)\)/g) ?? []).length;
  console.error(`  Neubau: ${kept} Seiten übernommen, ${rendered} erzeugt`);
  return named({ ...sequence([validate, astro]), validateSeconds: validate.seconds }, 'Astro');
}

/** Files of two builds that differ in name or content. */
function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) =>
    new Map(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'), join(entry.parentPath, entry.name)]),
    );
  const [left, right] = [list(a), list(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => {
    const [x, y] = [left.get(name), right.get(name)];
    return !x || !y || !readFileSync(x).equals(readFileSync(y));
  });
}

/** npm run validate again with the cache the build's run left (nothing changed in between). */
function warmValidate(root: string): number {
  return measured(process.execPath, [...validateOptions(root), 'scripts/validate.ts'], root).seconds;
}

/** The yardstick: Eleventy 3 with the same page set, then the Pagefind CLI over the same pages. */
function peerBuild(root: string): Run {
  rmSync(join(root, 'peer-dist'), { recursive: true, force: true });
  rmSync(join(root, '.cache'), { recursive: true, force: true });
  const eleventy = measured(
    process.execPath,
    [join(root, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'), '--config=scripts/peer-eleventy/eleventy.config.js', '--output=peer-dist'],
    root,
    { ATLAS_ROOT: root },
  );
  const pagefindRun = measured(
    join(root, 'node_modules', '.bin', 'pagefind'),
    ['--site', 'peer-dist', '--glob', INDEXED_PAGES, '--force-language', 'de'],
    root,
  );
  return named(sequence([eleventy, pagefindRun]), 'Eleventy');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface SizeFigures {
  records: number;
  project: { seconds: number; cpu: number; mb: number; programs: Record<string, number> };
  baseline?:
    | {
        seconds: number;
        cpu: number;
        mb: number;
        programs: Record<string, number>;
        validateSeconds: number;
        rebuild: Run & { differing: string[] };
      }
    | undefined;
  peer: { seconds: number; cpu: number; mb: number; programs: Record<string, number> };
  validateSeconds: number;
  rebuild: Run & { differing: string[]; load: string };
  load: string;
}

if (values.tests) {
  const checkouts = [
    { label: 'nachher', from: join(import.meta.dirname, '..') },
    ...(values.baseline ? [{ label: 'vorher', from: values.baseline }] : []),
  ];
  const rows: string[] = [];
  let figure: { seconds: number; commit: string; load: string } | undefined;
  for (const { label, from } of checkouts) {
    const clone = join(mkdtempSync(join(tmpdir(), 'kooperationsatlas-bench-tests-')), 'klon');
    timed('git', ['clone', '--quiet', from, clone], tmpdir());
    const commit = timed('git', ['rev-parse', '--short', 'HEAD'], clone).stdout.trim();
    console.error(`\n${label}: ${commit} in ${clone}`);
    console.error(`  npm ci: ${timed('npm', ['ci', '--no-audit', '--no-fund'], clone).seconds.toFixed(1)} s (nicht mitgezählt)`);
    const loadBefore = load();
    const run = measured('npm', ['test'], clone);
    const runLoad = `${loadBefore}–${load()}`;
    const vitest = /Duration\s+([\d.]+)s/.exec(run.output)?.[1];
    console.error(
      `  npm test: ${run.seconds.toFixed(1)} s (vitest ${vitest ?? '?'} s), CPU ${run.cpuSeconds.toFixed(1)} s, ${run.peakMb.toFixed(0)} MB, Load ${runLoad}`,
    );
    rows.push(
      `| ${label} (${commit}) | ${run.seconds.toFixed(1).replace('.', ',')} s | ${run.cpuSeconds.toFixed(1).replace('.', ',')} s | ${run.peakMb.toFixed(0)} MB | ${runLoad} |`,
    );
    figure ??= { seconds: run.seconds, commit, load: runLoad };
  }
  console.log(
    '| `npm test` von einem frischen Klon | Wandzeit | CPU (user + sys) | größter Prozess | Load |\n| --- | --- | --- | --- | --- |',
  );
  for (const row of rows) console.log(row);
  if (figure) {
    console.log('\n| Ziel (Issue 28) | Messung | |\n| --- | --- | --- |');
    console.log(
      `| \`npm test\` von einem frischen Klon ≤ 3 min | ${figure.seconds.toFixed(0)} s (${figure.commit}, Load ${figure.load}) | ${figure.seconds <= 180 ? 'erreicht' : 'verfehlt'} |`,
    );
  }
  process.exit(0);
}

if (values.peer) {
  const runs = Number(values.runs);
  const rows: string[] = [];
  const figures: SizeFigures[] = [];
  for (const records of sizes) {
    const root = tempProject('kooperationsatlas-bench-');
    writeSyntheticContent(root, { agreements: records });
    const baseRoot = values.baseline ? tempProject('kooperationsatlas-bench-baseline-', values.baseline) : undefined;
    if (baseRoot) writeSyntheticContent(baseRoot, { agreements: records });
    console.error(`\n${records} Einträge in ${root}${baseRoot ? ` und ${baseRoot}` : ''}, ${runs} Durchläufe im Wechsel`);
    const project: Run[] = [];
    const peer: Run[] = [];
    const baseline: Run[] = [];
    const warm: number[] = [];
    const order = baseRoot ? (['project', 'peer', 'baseline'] as const) : (['project', 'peer'] as const);
    const labels = { project: 'Atlas   ', peer: 'Eleventy', baseline: 'vorher  ' };
    for (let run = 0; run < runs; run++) {
      // In rotation, so that a busy spell on a shared machine hits all about equally.
      for (let step = 0; step < order.length; step++) {
        const which = order[(run + step) % order.length]!;
        const result = which === 'project' ? projectBuild(root) : which === 'baseline' ? projectBuild(baseRoot!) : peerBuild(root);
        if (which === 'project') warm.push(warmValidate(root));
        ({ project, peer, baseline })[which].push(result);
        console.error(
          `  ${labels[which]}: ${result.seconds.toFixed(1)} s${result.validateSeconds === undefined ? '' : ` (validate ${result.validateSeconds.toFixed(1)} s)`}, CPU ${result.cpuSeconds.toFixed(1)} s, ${memory(result.peakMb, result.programs)}, Load ${load()}`,
        );
      }
    }
    const summary = (list: Run[]) => ({
      seconds: median(list.map((r) => r.seconds)),
      cpu: median(list.map((r) => r.cpuSeconds)),
      mb: median(list.map((r) => r.peakMb)),
      programs: perProgram(list, median),
    });
    const a = summary(project);
    const b = summary(peer);
    const spread = (list: Run[]) =>
      `${Math.min(...list.map((r) => r.seconds)).toFixed(1)}–${Math.max(...list.map((r) => r.seconds)).toFixed(1)}`;
    const htmlPages = (dir: string) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith('.html')).length;
    console.error(`  Seiten (HTML): Atlas ${htmlPages('dist')}, Eleventy ${htmlPages('peer-dist')}`);
    const validateMedian = median(project.map((r) => r.validateSeconds ?? 0));
    console.error(`  validate mit Cache: ${warm.map((seconds) => seconds.toFixed(2)).join(', ')} s`);
    const runLoad = load();
    rows.push(
      `| ${records.toLocaleString('de-DE')} | ${validateMedian.toFixed(1)} s (mit Cache ${median(warm).toFixed(1)} s) | ${a.seconds.toFixed(1)} s (${spread(project)}), CPU ${a.cpu.toFixed(1)} s, ${memory(a.mb, a.programs)} | ${b.seconds.toFixed(1)} s (${spread(peer)}), CPU ${b.cpu.toFixed(1)} s, ${memory(b.mb, b.programs)} | ${(a.seconds / b.seconds).toFixed(2)} | ${(a.cpu / b.cpu).toFixed(2)} | ${runLoad} |`,
    );

    // The project's last cold build is still in place (Eleventy writes elsewhere): add one
    // record, build as a contributor would, and compare with a cold build of the same records.
    const added = addSyntheticAgreement(root, { agreements: records });
    const rebuildLoad = load();
    const rebuild = projectRebuild(root);
    console.error(
      `  Neubau nach einem neuen Eintrag (${added}): ${rebuild.seconds.toFixed(1)} s (validate ${rebuild.validateSeconds?.toFixed(1)} s), CPU ${rebuild.cpuSeconds.toFixed(1)} s, ${memory(rebuild.peakMb, rebuild.programs)}, Load ${rebuildLoad}`,
    );
    rmSync(join(root, 'dist-incremental'), { recursive: true, force: true });
    renameSync(join(root, 'dist'), join(root, 'dist-incremental'));
    const cold = projectBuild(root);
    console.error(`  kalt mit ${records + 1} Einträgen: ${cold.seconds.toFixed(1)} s, CPU ${cold.cpuSeconds.toFixed(1)} s, Load ${load()}`);
    const differing = differingFiles(join(root, 'dist-incremental'), join(root, 'dist'));
    console.error(
      `  Neubau gleich dem kalten Build: ${differing.length === 0 ? 'ja' : `nein, ${differing.length} Dateien: ${differing.slice(0, 10).join(', ')}`}`,
    );
    let before: SizeFigures['baseline'];
    if (baseRoot) {
      addSyntheticAgreement(baseRoot, { agreements: records });
      const baseRebuild = projectRebuild(baseRoot);
      rmSync(join(baseRoot, 'dist-incremental'), { recursive: true, force: true });
      renameSync(join(baseRoot, 'dist'), join(baseRoot, 'dist-incremental'));
      projectBuild(baseRoot);
      const baseDiffering = differingFiles(join(baseRoot, 'dist-incremental'), join(baseRoot, 'dist'));
      console.error(
        `  vorher, Neubau nach einem neuen Eintrag: ${baseRebuild.seconds.toFixed(1)} s, CPU ${baseRebuild.cpuSeconds.toFixed(1)} s; gleich dem kalten Build: ${baseDiffering.length === 0 ? 'ja' : `nein, ${baseDiffering.length} Dateien`}`,
      );
      before = {
        ...summary(baseline),
        validateSeconds: median(baseline.map((r) => r.validateSeconds ?? 0)),
        rebuild: { ...baseRebuild, differing: baseDiffering },
      };
    }
    figures.push({
      records,
      project: a,
      peer: b,
      baseline: before,
      validateSeconds: validateMedian,
      rebuild: { ...rebuild, differing, load: rebuildLoad },
      load: runLoad,
    });
  }
  console.log(
    `\nMaschine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, Median aus ${runs} Läufen im Wechsel (Spanne in Klammern)\n`,
  );
  console.log(
    '| Einträge | davon validate (ohne Cache) | npm run build (validate + Astro + Pagefind) | Eleventy 3 + Pagefind | Verhältnis (Wandzeit) | Verhältnis (CPU) | Load |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);

  // The goals of issue 28, each with its figure.
  const at = (records: number) => figures.find((figure) => figure.records === records);
  const seconds = (value: number) => `${value.toFixed(1).replace('.', ',')} s`;
  const verdict = (met: boolean) => (met ? 'erreicht' : 'verfehlt');
  const gb = (mb: number) => `${(mb / 1024).toFixed(2).replace('.', ',')} GB`;
  const programsInGb = (programs: Record<string, number>) => {
    const each = Object.entries(programs).map(([name, mb]) => `${name} ${gb(mb)}`);
    return each.length ? `; je Programm ${each.join(', ')}` : '';
  };
  const goals: [string, string, string][] = [];
  const large = at(10_000) ?? figures.at(-1);
  if (large) {
    const { rebuild } = large;
    goals.push([
      `Neubau nach einem neuen Eintrag bei ${large.records.toLocaleString('de-DE')} Einträgen ≤ 15 s, gleich einem kalten Build`,
      `${seconds(rebuild.seconds)} (CPU ${seconds(rebuild.cpuSeconds)}, Load ${rebuild.load}); ${rebuild.differing.length === 0 ? 'Byte für Byte gleich' : `${rebuild.differing.length} Dateien verschieden`}`,
      verdict(rebuild.seconds <= 15 && rebuild.differing.length === 0),
    ]);
  }
  for (const records of [1_000, 10_000]) {
    const figure = at(records);
    if (!figure) continue;
    const ratio = figure.project.seconds / figure.peer.seconds;
    goals.push([
      `Kalter Build im Verhältnis zur Vergleichsseite bei ${records.toLocaleString('de-DE')} Einträgen ≤ 2,0`,
      `${ratio.toFixed(2).replace('.', ',')} (${seconds(figure.project.seconds)} gegen ${seconds(figure.peer.seconds)}; CPU ${(figure.project.cpu / figure.peer.cpu).toFixed(2).replace('.', ',')}; Load ${figure.load})`,
      verdict(ratio <= 2),
    ]);
  }
  if (large) {
    goals.push([
      `Spitzenspeicher bei ${large.records.toLocaleString('de-DE')} Einträgen ≤ 1,65 GB`,
      `${gb(large.project.mb)}${programsInGb(large.project.programs)} (Vergleichsseite ${gb(large.peer.mb)}${programsInGb(large.peer.programs)})`,
      verdict(large.project.mb <= 1.65 * 1024),
    ]);
    goals.push([
      `npm run validate ohne Cache bei ${large.records.toLocaleString('de-DE')} Einträgen ≤ 1,5 s`,
      `${seconds(large.validateSeconds)} (Load ${large.load})`,
      verdict(large.validateSeconds <= 1.5),
    ]);
  }
  if (figures.some((figure) => figure.baseline)) {
    console.log(`\n| Einträge | Messung | vorher (${values.baseline}) | nachher |\n| --- | --- | --- | --- |`);
    for (const { records, baseline: before, project: after, validateSeconds, rebuild } of figures) {
      if (!before) continue;
      const n = records.toLocaleString('de-DE');
      const same = (differing: string[]) => (differing.length === 0 ? 'Byte für Byte gleich' : `${differing.length} Dateien anders`);
      console.log(
        `| ${n} | npm run build, kalt | ${seconds(before.seconds)}, CPU ${seconds(before.cpu)} | ${seconds(after.seconds)}, CPU ${seconds(after.cpu)} |`,
      );
      console.log(`| ${n} | Spitzenspeicher | ${memory(before.mb, before.programs)} | ${memory(after.mb, after.programs)} |`);
      console.log(`| ${n} | validate ohne Cache | ${seconds(before.validateSeconds)} | ${seconds(validateSeconds)} |`);
      console.log(
        `| ${n} | Neubau nach einem neuen Eintrag (verglichen mit einem kalten Build) | ${seconds(before.rebuild.seconds)}, CPU ${seconds(before.rebuild.cpuSeconds)}, ${same(before.rebuild.differing)} | ${seconds(rebuild.seconds)}, CPU ${seconds(rebuild.cpuSeconds)}, ${same(rebuild.differing)} |`,
      );
    }
  }
  console.log('\n| Ziel (Issue 28) | Messung | |\n| --- | --- | --- |');
  for (const [goal, figure, met] of goals) console.log(`| ${goal} | ${figure} | ${met} |`);
  process.exit(0);
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
  console.error(
    `  suchen: ${Object.entries(search.queries)
      .map(([label, query]) => `${label} ${query.firstResultMs.toFixed(0)} ms (Filterzahlen ${query.facetCountsMs.toFixed(0)} ms)`)
      .join(', ')}`,
  );
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

const number = (value: number, digits = 1) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
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
      [
        `Suche ${label}: erste Ergebnisse nach dem Tippen`,
        (r) => `${number(query(r)[1].firstResultMs, 0)} ms (${query(r)[0].slice(label.length + 2, -1)})`,
        '< 300 ms',
      ],
      [`Suche ${label}: Filterzahlen nach dem Tippen`, (r) => `${number(query(r)[1].facetCountsMs, 0)} ms`, ''],
      [`Suche ${label}: Download`, (r) => `${number(query(r)[1].queryKb, 0)} KB`, '< 300 KB'],
    ];
  }),
  ['Offline-Export (ohne Build)', (r) => `${number(r.exportSeconds)} s`, ''],
  ['Offline-Export: Zip', (r) => `${number(r.zipMb)} MB`, ''],
];
console.log(
  `\nMaschine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}\n`,
);
console.log(`| Messung | ${results.map((result) => `${result.records.toLocaleString('de-DE')} Einträge`).join(' | ')} | Ziel bei 10.000 |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} | --- |`);
for (const [label, value, target] of rows) console.log(`| ${label} | ${results.map(value).join(' | ')} | ${target} |`);
