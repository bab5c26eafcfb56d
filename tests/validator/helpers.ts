import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad-records');

/** A throwaway project root holding a copy of the real records, to add fixtures to. */
export function copyOfRealContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-validate-'));
  cpSync(join(import.meta.dirname, '..', '..', 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  return root;
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Places a fixture as an agreement or organisation record; returns its project-relative path. */
export function addRecord(root: string, name: string, bytes: Uint8Array | string = fixtureBytes(name)): string {
  const dir = name.endsWith('.yaml') ? CONTENT_PATHS.organisations : CONTENT_PATHS.agreements;
  const file = `${dir}/${name}`;
  writeFileSync(join(root, file), bytes);
  return file;
}

/** After this long a run of `npm run validate` is stopped: it hangs (a run takes seconds, even on a busy machine). */
const VALIDATE_TIMEOUT = 60_000;

/** For tests that start `npm run validate` up to twice. */
export const SUBPROCESS_TIMEOUT = 2.5 * VALIDATE_TIMEOUT;

/**
 * `npm run validate` on a project folder, as a user runs it outside GitHub Actions. The
 * timeout is no speed goal: it only keeps a validator that hangs on hostile input from
 * hanging the test run (the run then has no exit status, and the test fails).
 */
export function runValidate(root: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/validate.ts', '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
    timeout: VALIDATE_TIMEOUT,
  });
}

/** Just enough of Astro's loader context to run a loader outside a build. */
export function loaderContext(root: string): LoaderContext {
  const entries = new Map<string, unknown>();
  return {
    config: { root: new URL(`file://${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    generateDigest: (value: string) => String(value.length),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
}
