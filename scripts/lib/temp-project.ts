import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of the project in a temporary folder, sharing node_modules through a symlink,
 * for tests that build or change records without touching the working tree. `from` names
 * another checkout of the project to copy (the benchmark's baseline); its node_modules too.
 */
export function tempProject(prefix = 'kooperationsatlas-', from = PROJECT_ROOT): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) {
    try {
      cpSync(join(from, entry), join(root, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
