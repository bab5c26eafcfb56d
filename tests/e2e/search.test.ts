/**
 * Search in real Chromium over the local server: full text, inflected forms, facets,
 * shareable URLs, the header form without JavaScript, and help when nothing is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { baseUrl } from './built.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { sortDay } from '../../src/schemas/dates.ts';
import { UNDATED_SORT_KEY } from '../../src/search/facets.ts';

const { registry } = registryFromFiles();
/** Each agreement's key for sorting by date, as its page gives it to the search. */
const SORT_DAY = new Map(
  registry.agreements.map((agreement) => [agreement.id, (agreement.date && sortDay(agreement.date)) ?? UNDATED_SORT_KEY]),
);

/**
 * A word of a record's text that no other file of the records holds (prose only, not a
 * tag, an attribute or an address), with that record's title: whatever records there are.
 */
const TEXT_WORD = (() => {
  const everything = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').toLowerCase())
    .join('\n');
  const occurrences = (word: string) => everything.split(word.toLowerCase()).length - 1;
  for (const agreement of registry.agreements) {
    const body = readFileSync(agreement.record.filePath, 'utf8').split(/^---$/m).slice(2).join('---');
    const prose = body
      .replace(/<[^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .replace(/https?:\S+/g, ' ');
    const word = prose.match(/(?<![\p{L}\d-])\p{L}{8,}(?![\p{L}\d-])/gu)?.find((candidate) => occurrences(candidate) === 1);
    if (word) return { word, title: agreement.data.title };
  }
  throw new Error('No record has a word of its own in its text');
})();

/** How long to wait for a page that has just loaded to load the search index and show results (not a speed goal). */
const LOADING = 20_000;

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
    const page = await searchFor(TEXT_WORD.word);
    expect((await resultTitles(page))[0]).toBe(TEXT_WORD.title);
    await expect.poll(() => page.locator('.search-result mark').first().textContent()).toBe(TEXT_WORD.word);
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
    const facetCount = async () =>
      Number(
        /\((\d+)\)/.exec(
          (await kindFacet(page)
            .locator('label', { hasText: /^Vereinbarung \(\d+\)$/ })
            .textContent()) ?? '',
        )?.[1],
      );
    // The counts follow the query a moment after the results do (until then they count every page).
    await expect.poll(facetCount).toBeLessThan(before);
    const count = await facetCount();
    await facet.check();
    await page.waitForURL(/eintrag=Vereinbarung/);
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
    // The dates of the records behind the results, as the search sorts them (undated last),
    // from the records: never the title of today's newest record.
    const resultDays = async () =>
      (await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
        .map((href) => /\/vereinbarungen\/([^/]+)\//.exec(href)?.[1] ?? '')
        .map((id) => SORT_DAY.get(id) ?? `unbekannt: ${id}`);
    // Every agreement with the word in its title is found; the newest of them, or a newer one, comes first.
    const newestTitled = [...registry.agreements]
      .filter((agreement) => /kooperation/i.test(agreement.data.title))
      .map((agreement) => SORT_DAY.get(agreement.id)!)
      .sort()
      .at(-1)!;
    await expect.poll(async () => (await resultDays())[0]! >= newestTitled).toBe(true);
    const days = await resultDays();
    expect(days.length).toBeGreaterThan(1);
    expect(days).toEqual([...days].sort().reverse());
    expect(page.url()).toContain('sortierung=neueste');
  });

  it('restores a shared search URL with term and facets', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/suche/?q=${encodeURIComponent(TEXT_WORD.word)}&eintrag=Vereinbarung`);
    // The page loads the search index first, which takes a while on a busy machine.
    await expect.poll(async () => (await resultTitles(page))[0], { timeout: LOADING }).toBe(TEXT_WORD.title);
    expect(await searchField(page).inputValue()).toBe(TEXT_WORD.word);
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
      .poll(() => resultTitles(page), { timeout: LOADING })
      .toEqual(['Kooperationsvereinbarung von Schleswig-Holstein und Mecklenburg-Vorpommern zur digitalen Souveränität']);
  });
});

describe('filters', () => {
  /** The number of results for a search address, as the status line says it. */
  async function resultCount(query: string): Promise<number> {
    const page = await newPage();
    await page.goto(`${baseUrl}/suche/${query}`);
    const status = page.getByRole('main').getByRole('status').first();
    await page.waitForFunction(() => /Ergebnis/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    const text = (await status.textContent()) ?? '';
    await page.context().close();
    return /^Keine/.test(text) ? 0 : Number(/([\d.]+) Ergebnis/.exec(text)?.[1]?.replace('.', ''));
  }

  it('widen the results with two values of one filter and narrow them with values of two, as the page says', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/suche/?q=Dataport`);
    const logic = await page.locator('[data-facets-logic]').textContent();
    expect(logic).toMatch(/in einem Filter erweitern.*\(oder\).*verschiedenen Filtern grenzen.*ein.*\(und\)/s);
    await page.context().close();

    // Kinds of entry exclude each other: ticking two adds their results up.
    const laender = await resultCount('?eintrag=Land');
    const organisations = await resultCount('?eintrag=Organisation');
    expect(laender).toBeGreaterThan(0);
    expect(organisations).toBeGreaterThan(0);
    expect(await resultCount('?eintrag=Land&eintrag=Organisation')).toBe(laender + organisations);
    // Two Länder: at least as many as either, at most both together.
    const [a, b] = [await resultCount('?land=Hamburg'), await resultCount('?land=Bremen')];
    const either = await resultCount('?land=Hamburg&land=Bremen');
    expect(either).toBeGreaterThanOrEqual(Math.max(a, b));
    expect(either).toBeLessThanOrEqual(a + b);
    // A kind of entry and a Land: only what has both (the Land's own page is no agreement).
    const agreements = await resultCount('?eintrag=Vereinbarung');
    const both = await resultCount('?eintrag=Vereinbarung&land=Hamburg');
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(a);
    expect(both).toBeLessThan(agreements);
  });

  it('come before the results on a phone, folded behind one button', async () => {
    const page = await newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${baseUrl}/suche/?q=Dataport&eintrag=Vereinbarung`);
    await page.locator('.search-result').first().waitFor();
    const toggle = page.getByRole('main').getByRole('button', { name: /^Filter/ });
    await page.waitForFunction(() => document.querySelector('[data-facets-toggle]')?.textContent?.includes('1 gewählt'));
    const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;
    expect(await top(toggle)).toBeLessThan(await top(page.locator('[data-results-heading]')));
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await kindFacet(page).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await kindFacet(page).isVisible()).toBe(true);
    expect(await page.locator('[data-facets-logic]').isVisible()).toBe(true);
    // Unfolded, the filters still come first and the page does not scroll sideways.
    expect(await top(kindFacet(page))).toBeLessThan(await top(page.locator('[data-results-heading]')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await kindFacet(page)
      .getByRole('checkbox', { name: /^Vereinbarung/ })
      .uncheck();
    await page.waitForURL((url) => !url.search.includes('eintrag='));
    await page.context().close();
  });

  it('stand beside the results on a wide screen, without the button', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/suche/?q=Dataport`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('[data-facets-toggle]').isVisible()).toBe(false);
    await kindFacet(page).waitFor();
    await page.context().close();
  });
});
