/**
 * The relevance test set (search-relevance.ts) in Chromium, over http and from the offline
 * export opened from disk: the same queries, the same expected first results, the same
 * search code. Also: no excerpt shows an id, a count chain or a note's source reference,
 * and each result card shows kind, date, parties and status where the record has them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from './browser.ts';
import { unzippedExport } from './offline-copy.ts';
import { EXCERPT_NOISE, RELEVANCE, shownResults } from './search-relevance.ts';
import { baseUrl } from './built.ts';

function relevanceSuite(name: string, searchPage: () => string) {
  describe(`search relevance (${name})`, () => {
    /**
     * One page for the whole suite, navigated anew for each query: a full load each time (no
     * state carries over; the search keeps none outside the page), without starting a
     * browser context and a renderer for every query.
     */
    let page: Page | undefined;
    afterAll(async () => page?.context().close());
    async function search(query: string): Promise<Page> {
      page ??= await newPage();
      await page.goto(`${searchPage()}?q=${encodeURIComponent(query)}`);
      await page.waitForFunction((term) => document.querySelector('[role="status"]')?.textContent?.includes(`„${term}“`), query);
      return page;
    }

    it.each(RELEVANCE)('„$query“ – $about', async ({ query, first, after }) => {
      expect(first.length, 'the corpus has a record this query is about').toBeGreaterThan(0);
      const shown = await shownResults(await search(query));
      expect(first, `first result for „${query}“: ${shown.titles[0]}`).toContain(shown.keys[0]);
      if (after) {
        const firstWanted = shown.keys.findIndex((key) => first.includes(key));
        const firstUnwanted = shown.titles.findIndex((title) => after.test(title));
        if (firstUnwanted >= 0) expect(firstUnwanted).toBeGreaterThan(firstWanted);
      }
      for (const excerpt of shown.excerpts) for (const noise of EXCERPT_NOISE) expect(excerpt, query).not.toMatch(noise);
    });

    it("shows kind, date, parties and status on an agreement's card", async () => {
      const card = (await search('Schlömer')).locator('.search-result').first();
      expect(await card.locator('.search-result__meta').textContent()).toMatch(/^Vereinbarung · .+ · .*\d{4}.* · Status: .+$/);
      expect(await card.locator('.search-result__parties').textContent()).toMatch(/^Parteien: .+, .+/);
    });
  });
}

relevanceSuite('http', () => `${baseUrl}/suche/`);

let exportSearch = '';
beforeAll(async () => {
  exportSearch = pathToFileURL(join(await unzippedExport(), 'suche', 'index.html')).href;
});

relevanceSuite('offline export', () => exportSearch);
