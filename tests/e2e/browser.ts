/** One Chromium per test file, launched lazily; see scripts/lib/chromium.ts for where it comes from. */
import { afterAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
// Pages come from the built site: wait for it.
import './built.ts';

let browser: Promise<Browser> | undefined;

afterAll(async () => {
  if (browser) await (await browser).close();
});

export async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  browser ??= launchChromium();
  const context = await (await browser).newContext({ locale: 'de-DE', ...options });
  return context.newPage();
}
