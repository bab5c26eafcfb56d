/**
 * npm run export [-- --out export] [-- --skip-build]
 *
 * The whole site as a folder and a zip that work when opened from disk (file://), on any
 * OS, without a server or network: every link relative and pointing at a file, module
 * scripts turned into classic scripts, and the search index delivered as classic scripts
 * (see src/search/offline-loader.ts). Every page says which data version it shows.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { SITE } from '../src/config.ts';
import { formatDay } from '../src/schemas/dates.ts';
import { readGitHistory } from '../src/lib/git-history.ts';
import { withoutBase } from '../src/lib/urls.ts';
import { OFFLINE_DATA_DIR, OFFLINE_DIR } from '../src/search/offline-paths.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    out: { type: 'string', default: 'export' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const root = values.root;
const started = performance.now();
if (!values['skip-build']) {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const buildSeconds = (performance.now() - started) / 1000;

const dist = join(root, 'dist');
const outDir = resolve(root, values.out);
const siteDir = join(outDir, 'kooperationsatlas');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(dist, siteDir, { recursive: true });
// Pagefind's own files are replaced by their offline form below.
const pagefindDir = join(siteDir, 'pagefind');

const version = readGitHistory(root, 'src/content').dataVersion();
const versionLabel = version.commit ? `${version.commit}${version.modified ? ' mit lokalen Änderungen' : ''}` : 'lokale Version';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function safeDecodeURI(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A site-absolute URL ("/laender/hamburg/?x#y") as a path relative to `fromFile`, ending in a file. */
function relativeUrl(siteUrl: string, fromFile: string): string | undefined {
  if (!siteUrl.startsWith('/') || siteUrl.startsWith('//')) return undefined;
  // Links carry the base path the site is published under; the export's files do not.
  const url = withoutBase(siteUrl);
  const [beforeHash = '', hash] = url.split('#', 2);
  const [path = '', query] = beforeHash.split('?', 2);
  // The validator refuses malformed %-escapes in links; should one still get here, the path stays as written.
  let file = safeDecodeURI(path).replace(/^\//, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  else if (!extname(file)) file += '/index.html';
  const target = posix.relative(posix.dirname(fromFile), file) || posix.basename(file);
  return `${encodeURI(target)}${query === undefined ? '' : `?${query}`}${hash === undefined ? '' : `#${hash}`}`;
}

/** Module scripts are blocked on file://: each is bundled once into a classic script. */
const classicScripts = new Map<string, string>();
async function classicScript(source: { file: string } | { code: string }): Promise<string> {
  const key = 'file' in source ? source.file : createHash('sha256').update(source.code).digest('hex').slice(0, 12);
  const existing = classicScripts.get(key);
  if (existing) return existing;
  const output = 'file' in source ? source.file.replace(/\.m?js$/, '.classic.js') : `_astro/inline-${key}.classic.js`;
  await build({
    ...('file' in source
      ? { entryPoints: [join(siteDir, source.file)] }
      : { stdin: { contents: source.code, resolveDir: join(siteDir, '_astro'), loader: 'js' } }),
    bundle: true,
    format: 'iife',
    outfile: join(siteDir, output),
    logLevel: 'error',
  });
  classicScripts.set(key, output);
  return output;
}

async function writeOfflineSearch(): Promise<string[]> {
  const files = filesIn(pagefindDir).filter((file) => !/\.(js|css)$/.test(file));
  for (const file of files) {
    const path = file.slice('pagefind/'.length);
    const target = join(siteDir, OFFLINE_DATA_DIR, `${path}.js`);
    mkdirSync(dirname(target), { recursive: true });
    const base64 = readFileSync(join(siteDir, file)).toString('base64');
    writeFileSync(target, `(window.__pagefindFiles||(window.__pagefindFiles={}))[${JSON.stringify(path)}]="${base64}";\n`);
  }
  await build({
    entryPoints: [join(pagefindDir, 'pagefind.js')],
    bundle: true,
    format: 'iife',
    globalName: 'PagefindLib',
    outfile: join(siteDir, OFFLINE_DIR, 'pagefind.js'),
    logLevel: 'error',
  });
  await build({
    entryPoints: [join(root, 'src/search/offline-loader.ts')],
    bundle: true,
    format: 'iife',
    outfile: join(siteDir, OFFLINE_DIR, 'loader.js'),
    logLevel: 'error',
  });
  rmSync(pagefindDir, { recursive: true });
  return [`${OFFLINE_DIR}/pagefind.js`, `${OFFLINE_DIR}/loader.js`];
}

function rewriteLinks(document: HTMLElement, file: string) {
  for (const [selector, attribute] of [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['form[action]', 'action'],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) {
      const rewritten = relativeUrl(element.getAttribute(attribute) ?? '', file);
      if (rewritten !== undefined) element.setAttribute(attribute, rewritten);
    }
  }
}

async function convertModuleScripts(document: HTMLElement, file: string) {
  for (const script of document.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    const output = await classicScript(src ? { file: withoutBase(src).replace(/^\//, '') } : { code: script.textContent });
    script.replaceWith(parse(`<script defer src="${relativeUrl(`/${output}`, file)}"></script>`));
  }
}

function addOfflineNote(document: HTMLElement) {
  const footer = document.querySelector('.site-footer .wrap');
  footer?.appendChild(
    parse(
      `<p class="offline-note">Offline-Fassung, erstellt am ${formatDay(new Date())} aus dem Datenstand <span data-version>${versionLabel}</span> vom ${formatDay(version.date)}. ` +
        `Die aktuelle Fassung steht unter <a href="${SITE.url}/">${SITE.url.replace(/^https?:\/\//, '')}</a>.</p>`,
    ),
  );
}

const exportStarted = performance.now();
const offlineSearchScripts = await writeOfflineSearch();
const files = filesIn(siteDir);
for (const file of files.filter((name) => name.endsWith('.html'))) {
  const document = parse(readFileSync(join(siteDir, file), 'utf8'), { comment: false });
  await convertModuleScripts(document, file);
  rewriteLinks(document, file);
  addOfflineNote(document);
  if (document.querySelector('[data-search]')) {
    // Before the page's own (deferred) script, which then finds the offline environment.
    const head = document.querySelector('head')!;
    for (const script of offlineSearchScripts) head.appendChild(parse(`<script src="${relativeUrl(`/${script}`, file)}"></script>`));
  }
  writeFileSync(join(siteDir, file), document.toString());
}
for (const file of files.filter((name) => name.endsWith('.css'))) {
  const css = readFileSync(join(siteDir, file), 'utf8').replace(
    /url\((['"]?)(\/[^)'"]+)\1\)/g,
    (_match, quote: string, url: string) => `url(${quote}${relativeUrl(url, file)}${quote})`,
  );
  writeFileSync(join(siteDir, file), css);
}

const entries: Zippable = {};
for (const file of filesIn(siteDir)) entries[`kooperationsatlas/${file}`] = readFileSync(join(siteDir, file));
const zipName = `kooperationsatlas-${version.commit ?? 'lokal'}.zip`;
writeFileSync(join(outDir, zipName), zipSync(entries, { level: 6 }));
const exportSeconds = (performance.now() - exportStarted) / 1000;

const zipBytes = statSync(join(outDir, zipName)).size;
console.log(`✓ Offline-Fassung: ${relative(root, siteDir)}/index.html (${Object.keys(entries).length} Dateien)`);
console.log(`✓ Zip: ${relative(root, join(outDir, zipName))} (${(zipBytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB)`);
console.log(
  `  Export ${exportSeconds.toFixed(1).replace('.', ',')} s${values['skip-build'] ? '' : `, Build ${buildSeconds.toFixed(1).replace('.', ',')} s`}`,
);
if (!existsSync(join(siteDir, 'index.html'))) process.exitCode = 1;
