/**
 * What the build steps after Astro's rendering may know of the previous build, to avoid
 * redoing work: a fingerprint of the code, and the cache keys Astro recorded for each
 * page (experimental.incrementalBuild, in <cacheDir>/incremental-build.json).
 *
 * Nothing here decides what is correct: a step that relies on it also checks its guess
 * (src/integrations/pagefind-feed.ts) or keys its own cache by its own inputs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_PATHS } from '../lib/content-paths.ts';

/** Astro's manifest of the last incremental build, in its cache directory. */
const ASTRO_MANIFEST = 'incremental-build.json';
/** The code fingerprint of the build that wrote that manifest. */
const FINGERPRINT_FILE = 'kooperationsatlas-code.json';

/**
 * Files whose change can change how any page renders: the code, the configuration and the
 * locked packages. Not the records (data), nor the build steps after rendering in
 * src/integrations/, which no page imports.
 */
function codeFiles(root: string): string[] {
  const skipped = [join(root, CONTENT_PATHS.agreements, '..'), join(root, 'src', 'integrations')].map((dir) => dir + sep);
  const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !skipped.some((dir) => join(entry.parentPath, entry.name).startsWith(dir)))
    .map((entry) => join(entry.parentPath, entry.name));
  return [...sources, join(root, 'astro.config.mjs'), join(root, 'package.json'), join(root, 'package-lock.json')].sort();
}

/** A hash over the code that renders the pages, with each file's path; records are data, not code. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of codeFiles(root)) {
    hash.update(relative(root, file).split(sep).join('/')).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Recorded once a build has finished, for the next one. */
export function writeFingerprint(cacheDir: string, fingerprint: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, FINGERPRINT_FILE), JSON.stringify({ fingerprint }));
}

/**
 * Whether the previous build ran this code, read as a build starts. The record is removed
 * at once: should this build stop half-way, after Astro has written its new manifest, the
 * next build cannot mistake that manifest for one of the old code.
 */
export function takeFingerprint(cacheDir: string, fingerprint: string): boolean {
  const file = join(cacheDir, FINGERPRINT_FILE);
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: string }).fingerprint === fingerprint;
  } catch {
    return false;
  } finally {
    rmSync(file, { force: true });
  }
}

interface AstroManifest {
  version: number;
  routes: Record<string, { paths: Record<string, { cacheKey: string }> }>;
}

/** The cache key Astro recorded for each page ("<route component>\0<path>") in the previous build. */
export function readCacheKeys(cacheDir: string): Map<string, string> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8')) as AstroManifest;
    if (manifest.version !== 1) return undefined;
    const keys = new Map<string, string>();
    for (const [component, route] of Object.entries(manifest.routes)) {
      for (const [pathname, entry] of Object.entries(route.paths)) keys.set(`${component}\0${pathname}`, entry.cacheKey);
    }
    return keys;
  } catch {
    return undefined;
  }
}
