/**
 * Builds the site once for all browser tests (validation, Astro, Pagefind) and serves it
 * on a local port with Astro's preview server, exactly as `npm start` does.
 *
 * The build runs in the background: the other test projects go on meanwhile, and every
 * browser test file waits for it (tests/e2e/built.ts). SKIP_BUILD=1 serves dist/ as it is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuiltSite, type RunningServer } from '../../scripts/lib/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of this test run: the site's address once it is built and served (site.json), the offline export. */
    e2eRun: string;
  }
}

export interface SiteState {
  status: number | null;
  url?: string;
  output?: string;
}

export default function setup(project: TestProject) {
  const run = mkdtempSync(join(tmpdir(), 'kooperationsatlas-e2e-'));
  project.provide('e2eRun', run);
  const announce = (state: SiteState) => {
    writeFileSync(join(run, 'site.json.tmp'), JSON.stringify(state));
    renameSync(join(run, 'site.json.tmp'), join(run, 'site.json'));
  };
  let server: RunningServer | undefined;
  const serve = () =>
    serveBuiltSite().then(
      (started) => {
        server = started;
        announce({ status: 0, url: started.url });
      },
      (error: unknown) => announce({ status: null, output: `The preview server did not start: ${String(error)}` }),
    );

  let build: ChildProcess | undefined;
  if (process.env.SKIP_BUILD) void serve();
  else {
    build = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    build.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    build.on('exit', (status) => {
      build = undefined;
      if (status === 0) void serve();
      else announce({ status, output });
    });
  }
  return async () => {
    build?.kill();
    await server?.stop();
  };
}
