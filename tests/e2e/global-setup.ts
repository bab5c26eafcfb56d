/**
 * Builds the site once for all browser tests (validation, Astro, Pagefind) and serves
 * it on a local port with Astro's preview server, exactly as `npm start` does.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveBuiltSite } from '../../scripts/lib/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.SKIP_BUILD) {
    execFileSync('npm', ['run', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  const server = await serveBuiltSite();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
