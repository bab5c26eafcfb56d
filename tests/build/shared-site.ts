/**
 * Sites built once per test run and checked by several test files. Test files run in
 * parallel workers: the first that asks for a site prepares a temporary copy of the
 * project and builds it; the others wait until it is done and read the same result.
 * A build that fails fails every test that relies on it, with the build's output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { tempProject } from '../../scripts/lib/temp-project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of this test run, where shared sites are announced (tests/build/global-setup.ts). */
    sharedSites: string;
  }
}

export interface BuiltSite {
  root: string;
  /** The build's exit status and output. */
  status: number | null;
  output: string;
}

export interface SiteRecipe {
  /** Changes the fresh copy of the project (records, configuration) before the build. */
  prepare: (root: string) => void;
  /** The command that builds it: npm run build (validation first) unless named. */
  command?: [string, ...string[]];
  env?: Record<string, string>;
  /** Runs after a successful build, before anyone else sees the site. */
  after?: (root: string) => void;
}

export function runIn(root: string, [command, ...args]: [string, ...string[]], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`, ...env },
  });
  // Astro's logger colours its output wherever CI=1 is set, even into a pipe; tests read
  // the plain text.
  return { ...result, stdout: stripVTControlCharacters(result.stdout ?? ''), stderr: stripVTControlCharacters(result.stderr ?? '') };
}

/** The site `name`, built by whichever test file asks first; `recipe` must be the same wherever it is asked for. */
export async function sharedSite(name: string, recipe: SiteRecipe): Promise<BuiltSite> {
  const dir = join(inject('sharedSites'), name);
  const result = join(dir, 'site.json');
  let builder = true;
  try {
    mkdirSync(dir);
  } catch {
    builder = false;
  }
  if (builder) {
    const root = tempProject(`kooperationsatlas-${name}-`);
    let site: BuiltSite;
    try {
      recipe.prepare(root);
      const build = runIn(root, recipe.command ?? ['npm', 'run', 'build'], recipe.env);
      if (build.status === 0) recipe.after?.(root);
      site = { root, status: build.status, output: build.stdout + build.stderr };
    } catch (error) {
      // The others must not wait for ever.
      site = { root, status: null, output: `Preparing the site "${name}" failed: ${String(error)}` };
    }
    writeFileSync(`${result}.tmp`, JSON.stringify(site));
    renameSync(`${result}.tmp`, result);
    return site;
  }
  for (;;) {
    try {
      return JSON.parse(readFileSync(result, 'utf8')) as BuiltSite;
    } catch {
      await sleep(200);
    }
  }
}
