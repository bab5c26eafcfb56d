/**
 * Astro integration: keeps dist/ between builds instead of emptying it, and removes at the
 * end what this build no longer produces. Astro's incremental build then leaves every page
 * it need not render where it is, and the steps after rendering rewrite only files whose
 * content changed: deleting and writing tens of thousands of unchanged files costs more
 * than rendering the few that changed (on this project's machines, deleting a file costs
 * milliseconds).
 *
 * dist/ is trusted only as the complete output of the last successful build: that build
 * leaves a note in the cache (with the output folder); every build removes the note as it
 * starts and writes it only once it has finished. Without the note (first build, a build
 * that failed, `rm -rf .astro`) or with `--force`, Astro empties dist/ as usual.
 *
 * What this build produced: every file of a route (Astro lists them, kept or rendered),
 * every file a step after rendering reports (`reportOutput`), and every file written or
 * copied since the build started (Vite's assets, public/, the sitemap, the search index).
 * Everything else in dist/ is removed; a test compares the result with a cold build byte
 * for byte (tests/build/incremental.test.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NOTE = 'kept-output.json';
const STARTED = 'build-started';

interface BuildOutput {
  /** Whether dist/ holds the last build's output and is being updated in place. */
  kept: boolean;
  /** Files (relative to dist/) that steps after rendering left or wrote; see reportOutput. */
  reported: Set<string>;
  /** When this build started, as the file system tells time. */
  started: number;
}

// Shared by the integrations of one build: they are loaded once, from astro.config.mjs.
const output: BuildOutput = { kept: false, reported: new Set(), started: 0 };

/** Folders in dist/ this build made sure exist: tens of thousands of files share a few thousand folders. */
const folders = new Set<string>();

/** Whether this build was asked to ignore every cache (`astro build --force`, `npm run build -- --force`). */
export function forced(): boolean {
  return process.argv.includes('--force');
}

/** Whether dist/ was kept from the last build, so that unchanged files are already there. */
export function outputKept(): boolean {
  return output.kept;
}

/**
 * Whether a file in dist/ was written by this build so far: always, where dist/ was
 * emptied; else if written since the build started. For steps that read what Vite wrote
 * (scripts, style sheets), which must not see the last build's.
 */
export function writtenThisBuild(path: string): boolean {
  return !output.kept || statSync(path).mtimeMs >= output.started;
}

/** A file in dist/ this build produces but may have left untouched (relative path). */
function reportOutput(file: string): void {
  output.reported.add(file.split(sep).join('/'));
}

/**
 * Writes a file of the build unless it already holds exactly this content. Reading is far
 * cheaper than writing; dist/ holds the last build's files only if it was kept.
 */
export function writeOutput(outDir: string, file: string, content: string | Uint8Array): boolean {
  const path = join(outDir, file);
  reportOutput(file);
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (output.kept) {
    try {
      if (readFileSync(path).equals(bytes)) return false;
    } catch {
      // Not there yet.
    }
  }
  const folder = dirname(path);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  writeFileSync(path, bytes);
  return true;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Removes the folders that removing these files left empty, deepest first, up to dist/ itself. */
function removeEmptiedFolders(outDir: string, removed: string[]): void {
  const folders = new Set<string>();
  for (const path of removed) for (let folder = dirname(path); folder.length > outDir.length; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty.
    }
  }
}

export function keptOutput(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'kooperationsatlas:kept-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        output.reported.clear();
        folders.clear();
        const note = join(cacheDir, NOTE);
        let previous: { outDir?: string } | undefined;
        try {
          previous = JSON.parse(readFileSync(note, 'utf8')) as { outDir?: string };
        } catch {
          previous = undefined;
        }
        rmSync(note, { force: true });
        // `astro build --force` builds from scratch, dist/ included.
        output.kept = !forced() && previous?.outDir === outDir && statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === true;
        // The start as the file system tells time, so that it compares with file times.
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(join(cacheDir, STARTED), '');
        output.started = statSync(join(cacheDir, STARTED)).mtimeMs;
        if (output.kept) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:done': ({ assets, logger }) => {
        if (output.kept) {
          const produced = new Set(output.reported);
          for (const urls of assets.values())
            for (const url of urls) produced.add(relative(outDir, fileURLToPath(url)).split(sep).join('/'));
          const removed: string[] = [];
          for (const path of filesBelow(outDir)) {
            const file = relative(outDir, path).split(sep).join('/');
            if (produced.has(file) || writtenThisBuild(path)) continue;
            rmSync(path);
            removed.push(path);
          }
          // A folder can only have become empty by this removal: the last build left none.
          removeEmptiedFolders(outDir, removed);
          logger.info(`kept dist/ from the last build; removed ${removed.length} file(s) this build no longer produces`);
        }
        writeFileSync(join(cacheDir, NOTE), JSON.stringify({ outDir }));
      },
    },
  };
}
