/**
 * KERN's Sass sources compiled ahead of the build. Sass needed about 1.5 s of every
 * build to turn the same unchanged files into the same CSS; src/styles/precompiled/ holds
 * that CSS, with a manifest naming every file it came from and its SHA-1.
 *
 * The Vite plugin below lets the build import the precompiled CSS instead of an .scss
 * file only while every one of those files is unchanged and Sass has the same version;
 * otherwise Vite compiles the .scss as before, so a stale copy can cost time but never
 * change a page. `npm run styles` writes the copies again, and
 * tests/unit/precompiled-styles.test.ts fails while they are stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PROJECT = join(import.meta.dirname, '..', '..');
export const PRECOMPILED_DIR = join(PROJECT, 'src', 'styles', 'precompiled');
const MANIFEST = join(PRECOMPILED_DIR, 'manifest.json');

/** The stylesheets compiled ahead; every .scss file in src/styles. */
export const PRECOMPILED_SOURCES = ['kern.scss', 'forms.scss', 'tables.scss'];

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
  for (const source of PRECOMPILED_SOURCES) {
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

export async function writePrecompiledStyles(project = PROJECT) {
  const { manifest, css } = await compileStyles(project);
  mkdirSync(PRECOMPILED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(css)) writeFileSync(join(PRECOMPILED_DIR, name), text);
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The precompiled CSS for an .scss file, if it exists and every input is unchanged. */
export function upToDateCss(scssPath: string, project = PROJECT): string | undefined {
  if (!existsSync(MANIFEST)) return undefined;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const entry = manifest.files[projectPath(join(project, 'src', 'styles'), scssPath)];
  if (!entry || manifest.sass !== sassVersion(project)) return undefined;
  for (const [file, hash] of Object.entries(entry.inputs)) {
    const path = join(project, file);
    if (!existsSync(path) || sha1(path) !== hash) return undefined;
  }
  const css = join(PRECOMPILED_DIR, entry.css);
  return existsSync(css) ? css : undefined;
}

/** Vite plugin: during a build, .scss imports with an up-to-date precompiled copy import that copy. */
export function precompiledStyles(): Plugin {
  let project = PROJECT;
  const stale = new Set<string>();
  return {
    name: 'kooperationsatlas:precompiled-styles',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      project = config.root;
    },
    async resolveId(source, importer, options) {
      if (!source.endsWith('.scss')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const css = upToDateCss(resolved.id, project);
      if (css) return css;
      if (!stale.has(resolved.id)) {
        stale.add(resolved.id);
        this.warn(
          `${projectPath(project, resolved.id)}: keine aktuelle vorübersetzte Fassung, Sass übersetzt sie (npm run styles schreibt sie neu).`,
        );
      }
      return null;
    },
  };
}
