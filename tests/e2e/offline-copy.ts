/**
 * The offline export as a reader gets it: built from dist/ by `npm run export`, zipped,
 * and unzipped into a fresh folder. Returns the folder that holds the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';

export function unzippedExport(): string {
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
