import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of the project in a temporary folder, sharing node_modules through a symlink,
 * for tests that build or change records without touching the working tree.
 */
export function tempProject(prefix = 'kooperationsatlas-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) {
    try {
      cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
