/** WCAG 2.1 A and AA with axe-core on every page type, wide and narrow; in dark mode, the rules about colour. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { newPage } from './browser.ts';
import { PAGE_TYPES } from './site.ts';
import { baseUrl } from './built.ts';

/** WCAG 2.1 A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page, tags: readonly string[] = WCAG_21_AA) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(
    (values) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
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
 * src/styles/ has no rule that depends on the colour scheme otherwise, and no script reads
 * it): the page's markup, names, roles and layout are those checked in light mode, so in
 * dark mode axe runs the WCAG 2.1 rules about colour (contrast, links told apart from text).
 */
const RULES = { light: WCAG_21_AA, dark: ['cat.color'] } as const;
const WIDE = { width: 1280, height: 900 };
const VIEWPORTS = [WIDE, { width: 360, height: 780 }];

/**
 * Every violation on the page as it is now, in both colour schemes and at both widths, keyed
 * by where it was found. One load serves all four: the colour scheme and the layout follow
 * the emulated media and the viewport without reloading.
 */
async function violationsEverywhere(page: Page, label: string) {
  const found: Record<string, Awaited<ReturnType<typeof violations>>> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const list = await violations(page, RULES[colorScheme]);
      if (list.length > 0) found[`${label}, ${colorScheme === 'light' ? 'hell' : 'dunkel'}, ${viewport.width} px`] = list;
    }
  }
  return found;
}

/**
 * Concurrent: axe runs in Chromium's renderer, one process per page, so pages checked at
 * once use both cores while this file's side waits. Each test has its own page and context.
 */
describe.concurrent('light and dark mode, wide and narrow', () => {
  it.for(Object.entries(pages))('%s has no WCAG 2.1 AA violations', async ([, path], { expect }) => {
    const page = await newPage({ viewport: WIDE });
    // Only the search page fetches content after the load event.
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    if (path.startsWith('/suche/?')) await page.locator('.search-result').first().waitFor();
    expect(await violationsEverywhere(page, path)).toEqual({});
    await page.context().close();
  });

  it('the contribution form with repeated groups, a message at its field and the lines for an organisation has no violations', async ({
    expect,
  }) => {
    const page = await newPage({ viewport: WIDE });
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
    expect(await violationsEverywhere(page, 'Vereinbarung mit Schritt und Ereignis')).toEqual({});
    await main.getByRole('radio', { name: /^Eine Mitgliedschaft/ }).check();
    await expect.poll(() => page.locator('[data-snippet-section]').isVisible()).toBe(true);
    expect(await violationsEverywhere(page, 'Mitgliedschaft')).toEqual({});
    await page.context().close();
  });
});
