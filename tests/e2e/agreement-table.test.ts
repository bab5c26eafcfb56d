/**
 * The agreements table with and without JavaScript, in Chromium: plain table in the
 * page's order with aria-sort; with the script, sorting by every column (also by
 * keyboard), filters in place, the state in the address and restored from it. The
 * column that answers a Land's or organisation's page comes first, long party lists are
 * summed up, the table fits 1280 px, and on a phone every agreement is a card.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIST_LIMIT } from '../../src/lib/agreement-table.ts';
import { TABLE_COLUMNS } from '../../src/lib/table-state.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { urls } from '../../src/lib/urls.ts';
import { newPage } from './browser.ts';
import { readPage, SAMPLE } from './site.ts';
import { baseUrl } from './built.ts';
const { registry } = registryFromFiles();
const list = urls.agreements();

// The table of the page's own agreements; a Land page has a second one for bodies located in the Land.
const visibleIds = (page: Page) =>
  page.locator('#vereinbarungen-tabelle tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id));
const sortState = (page: Page) =>
  page
    .locator('#vereinbarungen-tabelle thead th')
    .evaluateAll((cells) =>
      cells.map((cell) => [cell.getAttribute('data-column'), cell.getAttribute('aria-sort')]).filter(([, sort]) => sort),
    );

describe('without JavaScript', () => {
  it('is a complete table, newest first, that says so with aria-sort', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + list);
    const headers = await page.locator('#vereinbarungen-tabelle thead th[scope="col"]').allTextContents();
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
        .locator(`#vereinbarungen-tabelle tbody tr:not([hidden]) > :nth-child(${TABLE_COLUMNS.indexOf(column) + 1})`)
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
    // The table applies the address's filter once it has loaded the rest of the list; the count says it has.
    await again.waitForFunction(() => document.querySelector('.table-status')?.textContent?.includes('entsprechen'));
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
    await page.locator(`#vereinbarungen-tabelle th[data-column="titel"] .sort-button`).click();
    await page.waitForFunction((count) => document.querySelectorAll('#vereinbarungen-tabelle tbody tr').length >= count, all.length);
    expect((await visibleIds(page)).length).toBe(all.length);
    expect(before).toBeLessThanOrEqual(all.length);
    await page.context().close();
  });
});

describe('answers first', () => {
  it("starts a Land's table with how the Land takes part, and an organisation's with its role", () => {
    const cases = [
      { path: urls.land(SAMPLE.land.id), header: `Beteiligung von ${SAMPLE.land.name}` },
      { path: urls.organisation(SAMPLE.organisation.id), header: `Rolle von ${SAMPLE.organisation.shortName ?? SAMPLE.organisation.name}` },
    ];
    for (const { path, header } of cases) {
      const table = readPage(path).querySelector('#vereinbarungen-tabelle table')!;
      expect(table.querySelector('thead th')?.text.trim(), path).toBe(header);
      const rows = table.querySelectorAll('tbody tr');
      expect(rows.length, path).toBeGreaterThan(0);
      // Every row answers it: a Land is a party or takes part through an organisation; an organisation is a party.
      for (const row of rows) expect(row.querySelector('td')?.text.trim(), path).toMatch(/Vertragspartei|Beitritt|beigetreten|Ausgetreten/);
    }
  });

  it('sums up a long party list in a summary that opens without JavaScript', async () => {
    const long = registry.agreements.slice(0, 50).filter((agreement) => agreement.parties.length > LIST_LIMIT);
    const html = readPage(list);
    for (const agreement of registry.agreements.slice(0, 50)) {
      const cell = html.querySelector(`tr[data-id="${agreement.id}"] .agreement-table__parties`)!;
      expect(cell.querySelector('details summary') !== null, agreement.id).toBe(agreement.parties.length > LIST_LIMIT);
      expect(cell.querySelectorAll('a'), agreement.id).toHaveLength(agreement.parties.length);
    }
    if (long.length === 0) return;
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + list);
    const cell = page.locator(`tr[data-id="${long[0]!.id}"] .agreement-table__parties`);
    expect(await cell.locator('a').first().isVisible()).toBe(false);
    await cell.locator('summary').click();
    expect(await cell.locator('a:visible').count()).toBe(long[0]!.parties.length);
    await page.context().close();
  });

  it('shows every column within the page at 1280 px', async () => {
    for (const path of [list, urls.land(SAMPLE.land.id), urls.organisation(SAMPLE.organisation.id)]) {
      const page = await newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(baseUrl + path);
      const area = page.locator('#vereinbarungen-tabelle .table-scroll');
      const [client, scroll, right] = await area.evaluate((element) => [
        element.clientWidth,
        element.scrollWidth,
        element.getBoundingClientRect().right,
      ]);
      expect(scroll, path).toBeLessThanOrEqual(client);
      const edges = await area.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
      expect(Math.max(...edges), path).toBeLessThanOrEqual(right + 1);
      await page.context().close();
    }
  });
});

describe('on a phone', () => {
  const phone = { width: 375, height: 812 };
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('shows a card per agreement, without JavaScript, each value with its column name', async () => {
    for (const path of [list, urls.land(SAMPLE.land.id)]) {
      const page = await newPage({ viewport: phone, javaScriptEnabled: false });
      await page.goto(baseUrl + path);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      const area = page.locator('#vereinbarungen-tabelle .table-scroll');
      const [client, scroll] = await area.evaluate((element) => [element.clientWidth, element.scrollWidth]);
      expect(scroll, path).toBeLessThanOrEqual(client);
      const cards = await page.locator('#vereinbarungen-tabelle tbody tr').evaluateAll((rows) =>
        rows.map((row) => {
          const box = row.getBoundingClientRect();
          const date = row.querySelector('.agreement-table__date')!;
          const status = row.querySelector('.agreement-table__status')!.getBoundingClientRect();
          return {
            display: getComputedStyle(row).display,
            width: box.width,
            inside: status.left >= box.left && status.right <= box.right && status.width > 0,
            dateLabel: getComputedStyle(date, '::before').content,
          };
        }),
      );
      expect(cards.length, path).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.display).toBe('block');
        expect(card.width).toBeLessThanOrEqual(client);
        expect(card.inside).toBe(true);
        expect(card.dateLabel).toContain('Datum');
      }
      // Without the script the header row has nothing to click; screen readers still have it.
      expect((await page.locator('#vereinbarungen-tabelle thead').boundingBox())?.height).toBeLessThanOrEqual(1);
      expect(await page.locator('#vereinbarungen-tabelle thead th').first().textContent()).toBeTruthy();
      await page.context().close();
    }
  });

  it('sorts and filters the cards with JavaScript, the filters folded until asked for', async () => {
    const page = await newPage({ viewport: phone });
    await page.goto(baseUrl + list);
    const sort = page.locator('th[data-column="titel"] .sort-button');
    await sort.waitFor();
    expect(await sort.isVisible()).toBe(true);
    await sort.click();
    await expect.poll(() => sortState(page)).toEqual([['titel', 'ascending']]);
    const titles = await page
      .locator('#vereinbarungen-tabelle tbody tr:not([hidden]) .agreement-table__title')
      .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.sort ?? ''));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'de', { numeric: true, sensitivity: 'base' })));

    const panel = page.locator('details.table-filters');
    expect(await panel.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('select[data-filter="land"]').isVisible()).toBe(false);
    await panel.locator('summary').click();
    await page.locator('select[data-filter="land"]').selectOption(SAMPLE.land.id);
    await page.waitForFunction(() => location.search.includes('land='));
    const expected = registry.agreements.filter((agreement) =>
      agreement.laender.some((entry) => entry.land.id === SAMPLE.land.id && entry.direct),
    ).length;
    expect(await page.locator('#vereinbarungen-tabelle tbody tr:visible').count()).toBe(expected);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
