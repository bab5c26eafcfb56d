/** WCAG 2.1 A and AA with axe-core on every page type, wide and narrow; in dark mode, the rules about colour. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { PAGE_TYPES } from './site.ts';
import { baseUrl } from './built.ts';

/** WCAG 2.1 A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page, tags: readonly string[] = WCAG_21_AA) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(
    (values) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values } }),
    [...tags],
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

/**
 * What each colour scheme is checked for. Dark mode changes colours only (KERN's themes;
 * src/styles/ has no rule that depends on the colour scheme otherwise): the page's markup,
 * names, roles and layout are those checked in light mode, so in dark mode axe runs the
 * WCAG 2.1 rules about colour (contrast, links told apart from text).
 */
const RULES = { light: WCAG_21_AA, dark: ['cat.color'] } as const;

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(Object.entries(pages))('%s has no WCAG 2.1 AA violations', async (_name, path) => {
    // One load, both widths: the layout follows the viewport without reloading.
    const page = await newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
    // Only the search page fetches content after the load event.
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    if (path.startsWith('/suche/?')) await page.locator('.search-result').first().waitFor();
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 780 },
    ]) {
      await page.setViewportSize(viewport);
      expect(await violations(page, RULES[colorScheme]), `${path} bei ${viewport.width} px`).toEqual([]);
    }
    await page.context().close();
  });

  it('the contribution form with repeated groups, a message at its field and the lines for an organisation has no violations', async () => {
    const page = await newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/mitmachen/`, { waitUntil: 'networkidle' });
    const main = page.getByRole('main');
    const party = (await page.locator('#parteien option').first().getAttribute('value'))!;
    await main.getByLabel('Partei 1', { exact: true }).fill(party);
    await main.getByRole('button', { name: 'Schritt hinzufügen', exact: true }).click();
    const step = main.getByRole('group', { name: 'Schritt 1', exact: true });
    await step.getByLabel('Partei', { exact: true }).selectOption(party);
    await step.getByLabel('Art des Schritts', { exact: true }).selectOption('genehmigung');
    await step.getByLabel('Datum (geschehen am)', { exact: true }).fill('2024-13');
    await step.getByLabel('Datum (geschehen am)', { exact: true }).blur();
    await main.getByRole('button', { name: 'Ereignis hinzufügen', exact: true }).click();
    await expect.poll(() => step.getByLabel('Datum (geschehen am)', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page, RULES[colorScheme]), 'Vereinbarung mit Schritt und Ereignis').toEqual([]);
    await main.getByRole('radio', { name: /^Eine Mitgliedschaft/ }).check();
    await expect.poll(() => page.locator('[data-snippet-section]').isVisible()).toBe(true);
    expect(await violations(page, RULES[colorScheme]), 'Mitgliedschaft').toEqual([]);
    await page.context().close();
  });
});
