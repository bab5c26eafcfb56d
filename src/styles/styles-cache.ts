/**
 * KERN's Sass sources, compiled once and kept. Sass needed about 1.5 s of every build to
 * turn the same unchanged files into the same CSS. The first build compiles them into a
 * cache beside the installed packages (node_modules/.cache/kooperationsatlas/styles), with
 * a manifest naming every file Sass read and its SHA-1; later builds import that CSS as
 * long as every one of those files and the Sass version are unchanged, and compile again
 * otherwise. Nothing generated is committed, and nobody has to remember a command after
 * changing a stylesheet or updating KERN.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PROJECT = join(import.meta.dirname, '..', '..');
/** Where the compiled CSS and its manifest are kept for a project. */
export const stylesCache = (project = PROJECT) => join(project, 'node_modules', '.cache', 'kooperationsatlas', 'styles');

/** The stylesheets compiled ahead; every .scss file in src/styles. */
export const STYLE_SOURCES = ['kern.scss', 'forms.scss', 'tables.scss'];

export interface Manifest {
  sass: string;
  /** Per source (file name in src/styles): the CSS file and every file Sass read, project-relative, with its SHA-1. */
  files: Record<string, { css: string; inputs: Record<string, string> }>;
}

function sha1(path: string): string {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

function sassVersion(project: string): string {
  return (JSON.parse(readFileSync(join(project, 'node_modules', 'sass', 'package.json'), 'utf8')) as { version: string }).version;
}

const projectPath = (project: string, file: string) => relative(project, file).split(sep).join('/');

/**
 * Compiles every source with the options Vite uses (expanded output, KERN's deprecation
 * warnings silenced, packages found in node_modules); returns the manifest and the CSS.
 */
export async function compileStyles(project = PROJECT): Promise<{ manifest: Manifest; css: Record<string, string> }> {
  const sass = await import('sass');
  const manifest: Manifest = { sass: sassVersion(project), files: {} };
  const css: Record<string, string> = {};
  for (const source of STYLE_SOURCES) {
    const path = join(project, 'src', 'styles', source);
    const result = sass.compile(path, { loadPaths: [join(project, 'node_modules')], quietDeps: true, style: 'expanded' });
    const inputs: Record<string, string> = {};
    for (const url of result.loadedUrls) {
      if (url.protocol !== 'file:') continue;
      const file = fileURLToPath(url);
      inputs[projectPath(project, file)] = sha1(file);
    }
    const name = source.replace(/\.scss$/, '.css');
    manifest.files[source] = { css: name, inputs: Object.fromEntries(Object.entries(inputs).sort()) };
    css[name] = result.css;
  }
  return { manifest, css };
}

export async function writeCompiledStyles(project = PROJECT) {
  const { manifest, css } = await compileStyles(project);
  const dir = stylesCache(project);
  mkdirSync(dir, { recursive: true });
  // Each file is written whole and then renamed, so that a build running at the same time
  // (the build tests share node_modules) never reads half a file; the manifest comes last.
  const put = (name: string, text: string) => {
    const temporary = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(dir, name));
  };
  for (const [name, text] of Object.entries(css)) put(name, text);
  put('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The kept CSS for an .scss file, if it exists and every input is unchanged. */
export function upToDateCss(scssPath: string, project = PROJECT): string | undefined {
  const dir = stylesCache(project);
  if (!existsSync(join(dir, 'manifest.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest.files[projectPath(join(project, 'src', 'styles'), scssPath)];
  if (!entry || manifest.sass !== sassVersion(project)) return undefined;
  for (const [file, hash] of Object.entries(entry.inputs)) {
    const path = join(project, file);
    if (!existsSync(path) || sha1(path) !== hash) return undefined;
  }
  const css = join(dir, entry.css);
  return existsSync(css) ? css : undefined;
}

/** Vite plugin: during a build, .scss imports import the kept CSS, compiled first where it is missing or stale. */
export function cachedStyles(): Plugin {
  let project = PROJECT;
  return {
    name: 'kooperationsatlas:cached-styles',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      project = config.root;
    },
    async buildStart() {
      const stale = STYLE_SOURCES.some((source) => !upToDateCss(join(project, 'src', 'styles', source), project));
      if (stale) await writeCompiledStyles(project);
    },
    async resolveId(source, importer, options) {
      if (!source.endsWith('.scss')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      // Anything not kept (a stylesheet outside src/styles) goes to Sass through Vite as before.
      return upToDateCss(resolved.id, project) ?? null;
    },
  };
}
