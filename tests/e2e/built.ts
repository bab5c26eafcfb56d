/**
 * The built site of this test run: every browser test file imports this module, which
 * waits until tests/e2e/global-setup.ts has built the site and serves it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { SiteState } from './global-setup.ts';

async function builtSite(): Promise<SiteState> {
  const file = join(inject('e2eRun'), 'site.json');
  for (;;) {
    let state: SiteState | undefined;
    try {
      state = JSON.parse(readFileSync(file, 'utf8')) as SiteState;
    } catch {
      await sleep(200);
      continue;
    }
    if (state.status !== 0 || !state.url)
      throw new Error(`The site for the browser tests was not built:\n${(state.output ?? '').slice(-4000)}`);
    return state;
  }
}

/** The address the built site is served at, as `npm start` serves it. */
export const baseUrl: string = (await builtSite()).url!;
