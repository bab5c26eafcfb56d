import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processPeaks } from '../../scripts/lib/process-peaks.ts';

/** A Node program that holds this many MB for a while. */
const holding = (mb: number, ms: number) => `const held = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => held.length, ${ms});`;

describe('the benchmark’s peak memory per program', () => {
  it.skipIf(!existsSync('/proc/self/status'))(
    'reports the peak of a Node process working in the project folder, and of none elsewhere',
    () => {
      const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-peaks-test-'));
      const elsewhere = mkdtempSync(join(tmpdir(), 'kooperationsatlas-peaks-test-'));
      const other = spawn(process.execPath, ['-e', holding(400, 3000)], { cwd: elsewhere, stdio: 'ignore' });
      const peaks = processPeaks(root);
      const run = spawnSync(process.execPath, ['-e', holding(200, 1500)], { cwd: root, stdio: 'ignore' });
      const found = peaks.stop();
      other.kill();
      rmSync(root, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
      expect(run.status).toBe(0);
      expect(Object.keys(found)).toEqual(['Node']);
      expect(found.Node).toBeGreaterThan(200);
      expect(found.Node).toBeLessThan(400);
    },
  );
});
