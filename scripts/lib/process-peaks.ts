/**
 * The peak memory of each program a command runs, by program: `/usr/bin/time` names only
 * the largest process of all, and `astro build` starts Pagefind as a process of its own,
 * which may be that largest one. While the command runs, a sampler process reads the
 * high-water mark of resident memory (VmHWM) from /proc of every process working in the
 * project folder, four times a second.
 *
 * Linux only: elsewhere (no /proc) the map is empty. A process that grows in its last
 * quarter of a second before it ends is reported a little low.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs in its own Node process (the caller waits in spawnSync meanwhile); writes its figures after every look. */
const SAMPLER = `
const { readdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } = require('node:fs');
const [root, out] = process.argv.slice(1);
const peaks = {};
function look() {
  for (const pid of readdirSync('/proc')) {
    if (!/^\\d+$/.test(pid)) continue;
    try {
      if (readlinkSync('/proc/' + pid + '/cwd') !== root) continue;
      const status = readFileSync('/proc/' + pid + '/status', 'utf8');
      const name = /^Name:\\s+(.*)$/m.exec(status)[1];
      const kb = Number(/^VmHWM:\\s+(\\d+) kB$/m.exec(status)?.[1] ?? 0);
      const key = pid + ' ' + name;
      if (kb > (peaks[key] ?? 0)) peaks[key] = kb;
    } catch {}
  }
  // Whole or not at all: the sampler is stopped at any moment.
  writeFileSync(out + '.part', JSON.stringify(peaks));
  renameSync(out + '.part', out);
}
look();
setInterval(look, 250);
`;

/** What the processes are called in the report: Node names its main thread, Pagefind's binary its own. */
function program(name: string): string | undefined {
  if (name === 'MainThread' || name === 'node') return 'Node';
  if (name.startsWith('pagefind')) return 'Pagefind';
  return undefined;
}

/** Starts sampling the processes working in `root`; `stop` ends it and gives each program's peak in MB. */
export function processPeaks(root: string): { stop: () => Record<string, number> } {
  if (!existsSync('/proc/self/status')) return { stop: () => ({}) };
  const dir = mkdtempSync(join(tmpdir(), 'kooperationsatlas-peaks-'));
  const out = join(dir, 'peaks.json');
  const sampler = spawn(process.execPath, ['-e', SAMPLER, realpathSync(root), out], { cwd: dir, stdio: 'ignore' });
  return {
    stop: () => {
      sampler.kill('SIGKILL');
      let peaks: Record<string, number> = {};
      try {
        peaks = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
      } catch {
        // The sampler had not looked yet: the command ended at once.
      }
      rmSync(dir, { recursive: true, force: true });
      const byProgram: Record<string, number> = {};
      for (const [key, kb] of Object.entries(peaks)) {
        const name = program(key.slice(key.indexOf(' ') + 1));
        if (name) byProgram[name] = Math.max(byProgram[name] ?? 0, kb / 1024);
      }
      return byProgram;
    },
  };
}
