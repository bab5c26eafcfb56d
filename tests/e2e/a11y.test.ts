/** WCAG 2.1 A and AA with axe-core on every page type, light and dark, wide and narrow. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { PAGE_TYPES } from './site.ts';
import { baseUrl } from './built.ts';

async function violations(page: Page) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

const pages = {
  ...PAGE_TYPES,
  'Suche mit Ergebnissen': '/suche/?q=Dataport&eintrag=Vereinbarung',
  Fehlerseite: '/diese-seite-gibt-es-nicht/',
};

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(Object.entries(pages))('%s has no WCAG 2.1 AA violations', async (_name, path) => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 780 },
    ]) {
      const page = await newPage({ colorScheme, viewport });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      if (path.startsWith('/suche/?')) await page.locator('.search-result').first().waitFor();
      expect(await violations(page), `${path} bei ${viewport.width} px`).toEqual([]);
      await page.context().close();
    }
  });
});
