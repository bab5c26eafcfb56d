/** Map, network and year chart: linked, labelled, with text equivalents, in print and dark mode. */
import { describe, expect, inject, it } from 'vitest';
import { newPage } from './browser.ts';
import { readPage } from './site.ts';

const baseUrl = inject('baseUrl');

describe('map of the Länder', () => {
  it.each(['/', '/laender/'])('on %s links all 16 Länder, says their counts and credits the source', (path) => {
    const page = readPage(path);
    const links = page.querySelectorAll('.map__svg a');
    expect(links).toHaveLength(16);
    expect(new Set(links.map((link) => link.getAttribute('href')))).toContain('/laender/mecklenburg-vorpommern/');
    expect(links.find((link) => link.getAttribute('href') === '/laender/mecklenburg-vorpommern/')?.getAttribute('aria-label')).toBe('Mecklenburg-Vorpommern: 5 Vereinbarungen');
    expect(page.querySelectorAll('.map__table tbody tr')).toHaveLength(16);
    expect(page.querySelector('.map__credit')?.text).toMatch(/@svg-maps\/germany.*CC BY 4\.0/s);
  });

  it('on a Land page highlights the Land and its partners', () => {
    const page = readPage('/laender/hamburg/');
    const current = page.querySelector('.map__svg a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe('/laender/hamburg/');
    const partners = page.querySelectorAll('.map__svg a').filter((link) => link.getAttribute('aria-label')?.includes('Partnerland'));
    expect(partners.map((link) => link.getAttribute('href')).sort()).toEqual(
      ['bremen', 'mecklenburg-vorpommern', 'niedersachsen', 'sachsen-anhalt', 'schleswig-holstein'].map((id) => `/laender/${id}/`),
    );
  });
});

describe('network', () => {
  const page = readPage('/organisationen/');

  it('is a static SVG in which every node links to its page', () => {
    const nodes = page.querySelectorAll('.network__svg a');
    expect(nodes.length).toBeGreaterThanOrEqual(10);
    for (const node of nodes) expect(node.getAttribute('href')).toMatch(/^\/(laender|organisationen)\/[a-z0-9-]+\/$/);
    expect(nodes.map((node) => node.querySelector('text')?.text)).toEqual(expect.arrayContaining(['Dataport', 'KITU', 'Berlin']));
  });

  it('lists every connection as text', () => {
    const rows = page.querySelectorAll('.network__table tbody tr')
      .map((row) => row.querySelectorAll('td').map((cell) => cell.text.replace(/\s+/g, ' ').trim()).join(' | '));
    expect(rows).toContain('Dataport und KITU | 1 gemeinsame Vereinbarung');
    expect(rows).toContain('Hamburg und Dataport | Hamburg ist Träger von Dataport');
  });
});

describe('year chart', () => {
  it('shows every year from the first to the last agreement, gaps included', () => {
    const rows = readPage('/zeitleiste/').querySelectorAll('.year-chart__row').map((row) => row.querySelector('.year-chart__year')?.text);
    expect(rows[0]).toBe('2026');
    expect(rows.at(-1)).toBe('2013');
    expect(rows).toHaveLength(14);
  });
});

describe('in the browser', () => {
  it('shades the map visibly in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage({ colorScheme });
      await page.goto(`${baseUrl}/laender/`);
      const fills = await page.locator('.map__land').evaluateAll((paths) => paths.map((path) => getComputedStyle(path).fill));
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(new Set(fills).size, colorScheme).toBeGreaterThanOrEqual(3);
      expect(fills, colorScheme).not.toContain(background);
      expect(fills, colorScheme).not.toContain('rgb(0, 0, 0)');
    }
  });

  it('prints the pictures but not the navigation', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/organisationen/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.network__svg').isVisible()).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
  });
});
