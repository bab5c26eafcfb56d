/**
 * The agreements table with and without JavaScript, in Chromium: plain table in the
 * page's order with aria-sort; with the script, sorting by every column (also by
 * keyboard), filters in place, the state in the address and restored from it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TABLE_COLUMNS } from '../../src/lib/table-state.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { urls } from '../../src/lib/urls.ts';
import { newPage } from './browser.ts';
import { SAMPLE } from './site.ts';
import { baseUrl } from './built.ts';
const { registry } = registryFromFiles();
const list = urls.agreements();

const visibleIds = (page: Page) =>
  page.locator('[data-agreement-table] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id));
const sortState = (page: Page) =>
  page
    .locator('[data-agreement-table] thead th')
    .evaluateAll((cells) =>
      cells.map((cell) => [cell.getAttribute('data-column'), cell.getAttribute('aria-sort')]).filter(([, sort]) => sort),
    );

describe('without JavaScript', () => {
  it('is a complete table, newest first, that says so with aria-sort', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + list);
    const headers = await page.locator('[data-agreement-table] thead th[scope="col"]').allTextContents();
    expect(headers.map((text) => text.trim())).toEqual(TABLE_COLUMNS.map((column) => column.label));
    expect(await sortState(page)).toEqual([['datum', 'descending']]);
    expect(await page.locator('.table-filters').isVisible()).toBe(false);
    expect(await page.locator('.sort-button').count()).toBe(0);
    const shown = registry.agreements.slice(0, 50).map((agreement) => agreement.id);
    expect(await visibleIds(page)).toEqual(shown);
    if (registry.agreements.length > 50) expect(await page.locator('nav.pagination').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('with JavaScript', () => {
  it('sorts by every column from the keyboard, with aria-sort and the state in the address', async () => {
    const page = await newPage();
    await page.goto(baseUrl + list);
    for (const column of TABLE_COLUMNS) {
      const button = page.locator(`th[data-column="${column.id}"] .sort-button`);
      await button.focus();
      await page.keyboard.press('Enter');
      // A column sorts ascending first, the date newest first; a second press turns it round.
      const [first, second] = column.id === 'datum' ? (['descending', 'ascending'] as const) : (['ascending', 'descending'] as const);
      // Sorting waits for the rest of the list to load first, so the state changes asynchronously.
      await expect.poll(() => sortState(page), { message: column.id }).toEqual([[column.id, first]]);
      const keys = await page
        .locator(`[data-agreement-table] tbody tr:not([hidden]) > :nth-child(${TABLE_COLUMNS.indexOf(column) + 1})`)
        .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.sort ?? ''));
      const filled = keys.filter((key) => key !== '');
      const ascending = [...filled].sort((a, b) => a.localeCompare(b, 'de', { numeric: true, sensitivity: 'base' }));
      expect(filled, column.id).toEqual(first === 'ascending' ? ascending : ascending.reverse());
      expect(
        keys.slice(filled.length).every((key) => key === ''),
        `${column.id}: empty keys last`,
      ).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => sortState(page), { message: column.id }).toEqual([[column.id, second]]);
    }
    expect(new URL(page.url()).search).toBe('?sortierung=themen&richtung=ab');
    await page.context().close();
  });

  it('filters in place, keeps the filter in the address and restores it', async () => {
    const land = SAMPLE.land;
    const expected = registry.agreements
      .filter((agreement) => agreement.laender.some((entry) => entry.land.id === land.id && entry.direct))
      .map((agreement) => agreement.id);
    expect(expected.length).toBeGreaterThan(0);
    const page = await newPage();
    await page.goto(baseUrl + list);
    await page.locator('select[data-filter="land"]').selectOption(land.id);
    await page.waitForFunction(() => location.search.includes('land='));
    expect((await visibleIds(page)).sort()).toEqual([...expected].sort());
    expect(await page.locator('.table-status').textContent()).toContain(`von ${registry.agreements.length}`);
    const address = page.url();
    expect(new URL(address).searchParams.get('land')).toBe(land.id);

    const again = await newPage();
    await again.goto(address);
    await again.waitForFunction(() => !document.querySelector('.table-filters')?.hasAttribute('hidden'));
    expect(await again.locator('select[data-filter="land"]').inputValue()).toBe(land.id);
    expect((await visibleIds(again)).sort()).toEqual([...expected].sort());
    await again.locator('.table-filters__reset').click();
    // The filtered view loaded the whole list, so without a filter every agreement is shown.
    expect(await visibleIds(again)).toHaveLength(registry.agreements.length);
    expect(new URL(again.url()).search).toBe('');
    await page.context().close();
    await again.context().close();
  });

  it('loads the rest of a previewed list before it filters, on a Land page', async () => {
    const land = SAMPLE.land;
    const all = registry.agreementsOfLand(land.id);
    const page = await newPage();
    await page.goto(baseUrl + urls.land(land.id));
    const before = (await visibleIds(page)).length;
    await page.locator(`th[data-column="titel"] .sort-button`).click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-agreement-table] tbody tr').length >= count, all.length);
    expect((await visibleIds(page)).length).toBe(all.length);
    expect(before).toBeLessThanOrEqual(all.length);
    await page.context().close();
  });
});
