/**
 * Search in real Chromium over the local server: full text, inflected forms, facets,
 * shareable URLs, the header form without JavaScript, and help when nothing is found.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { baseUrl } from './built.ts';

/*
 * Every locator is scoped to its landmark and matches its accessible name exactly: a bare
 * label lookup for "Suchbegriff" also matched the results region once its heading read
 * "Suchbegriff eingeben oder Filter wählen", and failed whenever that heading was shown.
 */
const searchField = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Suchbegriff', exact: true });
const headerSearch = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Atlas durchsuchen', exact: true });
const kindFacet = (page: Page) => page.getByRole('main').getByRole('group', { name: 'Art des Eintrags', exact: true });

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('.search-result__title').allTextContents();
}

async function searchFor(term: string, query = ''): Promise<Page> {
  const page = await newPage();
  await page.goto(`${baseUrl}/suche/${query}`);
  await searchField(page).fill(term);
  await searchField(page).press('Enter');
  // The status line is announced once the results are on the page.
  await page.waitForFunction((expected) => document.querySelector('[role="status"]')?.textContent?.includes(`„${expected}“`), term);
  return page;
}

describe('search', () => {
  it('finds a record by a word from its text', async () => {
    const page = await searchFor('Maerker');
    expect((await resultTitles(page))[0]).toBe('Kooperationsvereinbarung der IT-Dienstleister DVZ M-V, ITDZ Berlin und ZIT-BB');
    await expect.poll(() => page.locator('.search-result mark').first().textContent()).toBe('Maerker');
  });

  it('finds a record by an inflected form of a word (German stemming)', async () => {
    const page = await searchFor('Kooperationsverträge');
    expect((await resultTitles(page))[0]).toMatch(/^Kooperationsvertrag /);
  });

  it('narrows the results with a facet, with counts', async () => {
    const page = await searchFor('Dataport');
    // Results come ten at a time; the status line says how many there are in all.
    const total = async () =>
      Number(
        /([\d.]+) Ergebnis/.exec((await page.getByRole('main').getByRole('status').first().textContent()) ?? '')?.[1]?.replace('.', ''),
      );
    const before = await total();
    const facet = kindFacet(page).getByRole('checkbox', { name: /^Vereinbarung \(\d+\)$/ });
    const label = await kindFacet(page)
      .locator('label', { hasText: /^Vereinbarung \(\d+\)$/ })
      .textContent();
    const count = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    await facet.check();
    await page.waitForURL(/eintrag=Vereinbarung/);
    expect(count).toBeLessThan(before);
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(count, 10));
    // The filtered results replace the first ones once the search has run again.
    await expect
      .poll(async () => new Set((await page.locator('.search-result__meta').allTextContents()).map((meta) => meta.split(' · ')[0])))
      .toEqual(new Set(['Vereinbarung']));
    expect(page.url()).toContain('eintrag=Vereinbarung');
  });

  it('sorts by date, newest first', async () => {
    const page = await searchFor('Kooperation', '?eintrag=Vereinbarung');
    await page.getByRole('main').getByRole('combobox', { name: 'Sortierung', exact: true }).selectOption('neueste');
    await expect
      .poll(async () => (await resultTitles(page))[0])
      .toBe('Rahmenkooperationsvereinbarung zwischen IT.Niedersachsen und Dataport');
    expect(page.url()).toContain('sortierung=neueste');
  });

  it('restores a shared search URL with term and facets', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/suche/?q=LLMoin&eintrag=Vereinbarung`);
    await expect.poll(async () => (await resultTitles(page))[0]).toContain('LLMoin');
    expect(await searchField(page).inputValue()).toBe('LLMoin');
    expect(
      await kindFacet(page)
        .getByRole('checkbox', { name: /^Vereinbarung \(\d+\)$/ })
        .isChecked(),
    ).toBe(true);
  });

  it('explains what to try when nothing is found', async () => {
    const page = await searchFor('Quantenverwaltung');
    const help = page.locator('[data-empty]');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/Keine Treffer für „Quantenverwaltung“.*Schreibweise.*Wortanfang.*Filter/s);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/Keine Ergebnisse für „Quantenverwaltung“/);
  });

  it('announces the result count and moves focus to the results after submitting', async () => {
    const page = await searchFor('Dataport');
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^\d+ Ergebnisse für „Dataport“\.$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-results-heading'))).toBe(true);
  });

  it('lands on the search page from the header form, also without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/vereinbarungen/`);
    await headerSearch(page).fill('X-Road');
    await headerSearch(page).press('Enter');
    await page.waitForURL(/\/suche\/\?q=X-Road$/);
    expect(await page.locator('[data-search-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-no-js] a').count()).toBeGreaterThanOrEqual(4);
  });

  it('runs the search from the header form with JavaScript', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/laender/`);
    await headerSearch(page).fill('X-Road');
    await headerSearch(page).press('Enter');
    await expect
      .poll(() => resultTitles(page))
      .toEqual(['Kooperationsvereinbarung von Schleswig-Holstein und Mecklenburg-Vorpommern zur digitalen Souveränität']);
  });
});
