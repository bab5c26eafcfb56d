/**
 * The offline export as a reader gets it: built from dist/ by `npm run export`, zipped,
 * and unzipped into a fresh folder. Returns the folder that holds the site. Made once per
 * test run for all test files that open it (they only read it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { unzipSync } from 'fflate';
import { expect, inject } from 'vitest';
// It is made from the built site: wait for it.
import './built.ts';

function exportAndUnzip(): string {
  const out = mkdtempSync(join(tmpdir(), 'kooperationsatlas-export-'));
  const result = spawnSync(process.execPath, ['scripts/export.ts', '--skip-build', '--out', out], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const zip = readdirSync(out).find((file) => file.endsWith('.zip'))!;
  const unzipped = mkdtempSync(join(tmpdir(), 'kooperationsatlas-unzipped-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(out, zip))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(unzipped, name)), { recursive: true });
    writeFileSync(join(unzipped, name), bytes);
  }
  return join(unzipped, 'kooperationsatlas');
}

export async function unzippedExport(): Promise<string> {
  const dir = join(inject('e2eRun'), 'export');
  const done = join(dir, 'done.json');
  try {
    mkdirSync(dir);
  } catch {
    // Another test file makes it: wait for it.
    for (;;) {
      try {
        const { root, error } = JSON.parse(readFileSync(done, 'utf8')) as { root?: string; error?: string };
        if (!root) throw new Error(`The offline export failed: ${error}`);
        return root;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('The offline export failed')) throw error;
        await sleep(200);
      }
    }
  }
  let state: { root?: string; error?: string };
  try {
    state = { root: exportAndUnzip() };
  } catch (error) {
    state = { error: String(error) };
  }
  writeFileSync(`${done}.tmp`, JSON.stringify(state));
  renameSync(`${done}.tmp`, done);
  if (!state.root) throw new Error(`The offline export failed: ${state.error}`);
  return state.root;
}
