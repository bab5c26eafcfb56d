/** Map, network and year chart: linked, labelled, with text equivalents, in print and dark mode. */
import { describe, expect, it } from 'vitest';
import { newPage } from './browser.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, readPage, SAMPLE } from './site.ts';
import { distanceToPolyline } from '../../src/visuals/network.ts';
import { baseUrl } from './built.ts';
const api = (file: string) => JSON.parse(readFileSync(join(DIST, 'api', 'v1', file), 'utf8'));
interface Agreement {
  id: string;
  laender: { id: string; direct: boolean }[];
  date: { earliest: string | null; latest: string | null } | null;
}
const agreements = api('vereinbarungen.json').data as Agreement[];
const laender = api('laender.json').data as { id: string; name: string }[];

describe('map of the Länder', () => {
  it.each(['/', '/laender/'])('on %s links all 16 Länder, says their counts and credits the source', (path) => {
    const page = readPage(path);
    const links = page.querySelectorAll('.map__svg a');
    expect(links).toHaveLength(16);
    // The map counts only agreements to which the Land is a party, as the JSON says.
    for (const land of laender) {
      const count = agreements.filter((agreement) => agreement.laender.some((entry) => entry.id === land.id && entry.direct)).length;
      expect(links.find((link) => link.getAttribute('href') === `/laender/${land.id}/`)?.getAttribute('aria-label')).toBe(
        `${land.name}: ${count} ${count === 1 ? 'Vereinbarung' : 'Vereinbarungen'}`,
      );
    }
    expect(page.querySelectorAll('.map__table tbody tr')).toHaveLength(16);
    expect(page.querySelector('.map__credit')?.text).toMatch(/@svg-maps\/germany.*CC BY 4\.0/s);
  });

  it('on a Land page highlights the Land and the Länder it is a party with', () => {
    const { id } = SAMPLE.land;
    const page = readPage(`/laender/${id}/`);
    const current = page.querySelector('.map__svg a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe(`/laender/${id}/`);
    const partners = page.querySelectorAll('.map__svg a').filter((link) => link.getAttribute('aria-label')?.includes('Partnerland'));
    const expected = new Set(
      agreements
        .filter((agreement) => agreement.laender.some((entry) => entry.id === id && entry.direct))
        .flatMap((agreement) =>
          agreement.laender.filter((entry) => entry.direct && entry.id !== id).map((entry) => `/laender/${entry.id}/`),
        ),
    );
    expect(partners.map((link) => link.getAttribute('href')).sort()).toEqual([...expected].sort());
  });
});

describe('network', () => {
  const page = readPage('/organisationen/');

  it('is a static SVG in which every node links to its page', () => {
    const nodes = page.querySelectorAll('.network__svg a');
    expect(nodes.length).toBeGreaterThanOrEqual(10);
    for (const node of nodes) expect(node.getAttribute('href')).toMatch(/^\/(laender|organisationen)\/[a-z0-9-]+\/$/);
    expect(nodes.map((node) => node.querySelector('text')?.text)).toContain(SAMPLE.organisation.shortName ?? SAMPLE.organisation.name);
  });

  it('lists every connection as text', () => {
    const rows = page.querySelectorAll('.network__table tbody tr').map((row) =>
      row
        .querySelectorAll('td')
        .map((cell) => cell.text.replace(/\s+/g, ' ').trim())
        .join(' | '),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^.+ und .+ \| (\d+ gemeinsame Vereinbarung(en)?|.+ ist Träger von .+)$/);
  });
});

describe('every network drawing', () => {
  const drawings = builtPages()
    .filter((path) => path.endsWith('/'))
    .flatMap((path) =>
      readPage(path)
        .querySelectorAll('.network__svg')
        .map((svg) => ({ path, svg })),
    );

  it('exists on the organisations and the Länder page', () => {
    expect(new Set(drawings.map(({ path }) => path))).toEqual(new Set(['/organisationen/', '/laender/']));
  });

  it('has no edge that passes through a node it does not connect (read from the SVG as drawn)', () => {
    for (const { path, svg } of drawings) {
      const nodes = svg.querySelectorAll('.network__node').map((node) => ({
        key: node.getAttribute('data-key')!,
        x: Number(node.getAttribute('data-cx')),
        y: Number(node.getAttribute('data-cy')),
        r: Number(node.getAttribute('data-r')),
      }));
      expect(nodes.length, path).toBeGreaterThan(1);
      const conflicts: string[] = [];
      for (const edge of svg.querySelectorAll('path.network__edge')) {
        const numbers = (edge.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
        const [x0, y0] = numbers;
        const points =
          numbers.length === 4
            ? [
                { x: x0!, y: y0! },
                { x: numbers[2]!, y: numbers[3]! },
              ]
            : Array.from({ length: 65 }, (_, index) => {
                const t = index / 64;
                const u = 1 - t;
                return {
                  x: u * u * x0! + 2 * u * t * numbers[2]! + t * t * numbers[4]!,
                  y: u * u * y0! + 2 * u * t * numbers[3]! + t * t * numbers[5]!,
                };
              });
        const ends = new Set([edge.getAttribute('data-from'), edge.getAttribute('data-to')]);
        const half = Number(edge.getAttribute('stroke-width')) / 2;
        for (const node of nodes) {
          if (ends.has(node.key)) continue;
          const distance = distanceToPolyline(node, points);
          if (distance < node.r + half) conflicts.push(`${path}: ${[...ends].join('–')} durch ${node.key} (${distance.toFixed(1)})`);
        }
      }
      expect(conflicts).toEqual([]);
    }
  });
});

describe('year chart', () => {
  it('shows every year from the first to the last agreement, gaps included', () => {
    const rows = readPage('/zeitleiste/')
      .querySelectorAll('.year-chart__row')
      .map((row) => row.querySelector('.year-chart__year')?.text);
    const years = agreements.flatMap((agreement) =>
      (agreement.date?.earliest ?? agreement.date?.latest) ? [Number((agreement.date.earliest ?? agreement.date.latest)!.slice(0, 4))] : [],
    );
    const [first, last] = [Math.max(...years), Math.min(...years)];
    expect(rows[0]).toBe(String(first));
    expect(rows.at(-1)).toBe(String(last));
    expect(rows).toHaveLength(first - last + 1);
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

  it('shows every network and timeline mark in dark mode, and the Land marks in the legend too', async () => {
    for (const path of ['/organisationen/', '/laender/', '/verlauf/laender/']) {
      const page = await newPage({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
      await page.goto(baseUrl + path);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const marks = await page
        .locator('.network__node, .network__edge, .timeline__bar, .timeline__mark, .timeline__ongoing')
        .evaluateAll((elements) =>
          elements.map((element) => {
            const style = getComputedStyle(element);
            return style.fill !== 'none' ? style.fill : style.stroke;
          }),
        );
      expect(marks.length, path).toBeGreaterThan(0);
      expect(
        marks.filter((colour) => colour === background || colour === 'rgb(0, 0, 0)'),
        path,
      ).toEqual([]);
      await page.context().close();
    }
  });

  it('draws labels of at least 12 px, or at 375 px gives way to its table', async () => {
    for (const width of [375, 1280]) {
      for (const path of ['/organisationen/', '/laender/', '/verlauf/laender/']) {
        const page = await newPage({ viewport: { width, height: 900 } });
        await page.goto(baseUrl + path);
        const pictures = page.locator('.network__picture, .timeline__picture');
        for (const picture of await pictures.all()) {
          if (!(await picture.isVisible())) {
            expect(await page.locator('.network__narrow, .timeline__narrow').first().isVisible(), `${path} bei ${width} px`).toBe(true);
            continue;
          }
          const sizes = await picture.locator('text').evaluateAll((texts) =>
            texts.map((text) => {
              const svg = (text as SVGTextElement).ownerSVGElement!;
              return Number(text.getAttribute('font-size') ?? 13) * svg.getScreenCTM()!.a;
            }),
          );
          expect(Math.min(...sizes), `${path} bei ${width} px`).toBeGreaterThanOrEqual(12);
        }
        if (width === 375) expect(await pictures.first().isVisible(), `${path} bei 375 px`).toBe(false);
        await page.context().close();
      }
    }
  });

  it('fits the organisations network into its frame at 1280 px, every label inside the picture', async () => {
    for (const path of ['/organisationen/', '/laender/']) {
      const page = await newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(baseUrl + path);
      const picture = page.locator('.network__picture');
      const [client, scroll] = await picture.evaluate((element) => [element.clientWidth, element.scrollWidth]);
      expect(scroll, `${path}: nothing to scroll sideways`).toBeLessThanOrEqual(client);
      const outside = await picture.locator('svg').evaluate((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const label = text.getBBox();
            return (
              label.x < box.x || label.y < box.y || label.x + label.width > box.x + box.width || label.y + label.height > box.y + box.height
            );
          })
          .map((text) => text.textContent);
      });
      expect(outside, path).toEqual([]);
      await page.context().close();
    }
  });

  it('highlights the edges and partners of a node while it is hovered or focused', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/organisationen/`);
    const svg = page.locator('.network__svg');
    // The best connected node, as the SVG draws it: its edges and the partners at their other ends.
    const { key, partners } = await svg.evaluate((element) => {
      const ends = [...element.querySelectorAll<SVGPathElement>('.network__edge')].map((edge) => [edge.dataset.from!, edge.dataset.to!]);
      const degree = new Map<string, number>();
      for (const pair of ends) for (const end of pair) degree.set(end, (degree.get(end) ?? 0) + 1);
      const best = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return {
        key: best,
        partners: ends
          .filter((pair) => pair.includes(best))
          .map((pair) => (pair[0] === best ? pair[1] : pair[0]))
          .sort(),
      };
    });
    const state = () =>
      svg.evaluate((element) => ({
        focus: element.classList.contains('network__svg--focus'),
        linked: [...element.querySelectorAll<SVGPathElement>('.network__edge--linked')].map((edge) => [edge.dataset.from, edge.dataset.to]),
        active: [...element.querySelectorAll('a.network__link--active [data-key]')].map((node) => node.getAttribute('data-key')),
        partners: [...element.querySelectorAll('a.network__link--partner [data-key]')].map((node) => node.getAttribute('data-key')!).sort(),
      }));
    expect((await state()).focus).toBe(false);
    const node = svg.locator(`a:has([data-key="${key}"])`);
    for (const show of [() => node.hover(), () => node.focus()]) {
      await show();
      const shown = await state();
      expect(shown.focus).toBe(true);
      expect(shown.active).toEqual([key]);
      expect(shown.partners).toEqual([...new Set(partners)].sort());
      expect(shown.linked.length).toBe(partners.length);
      for (const ends of shown.linked) expect(ends).toContain(key);
      // The highlighted edges stand out from the faded rest.
      const opacities = await svg.evaluate((element) =>
        [...element.querySelectorAll('.network__edge')].map((edge) => ({
          linked: edge.classList.contains('network__edge--linked'),
          opacity: Number(getComputedStyle(edge).opacity),
        })),
      );
      expect(opacities.filter((edge) => edge.linked).every((edge) => edge.opacity === 1)).toBe(true);
      expect(opacities.filter((edge) => !edge.linked).every((edge) => edge.opacity < 0.5)).toBe(true);
      await page.mouse.move(0, 0);
      await page.locator('h1').click();
      await expect.poll(async () => (await state()).focus).toBe(false);
    }
    await page.context().close();
  });

  it("shades a Land page's partners by the number of shared agreements, as its legend says", async () => {
    const { id } = SAMPLE.land;
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/laender/${id}/`);
    const lands = await page.locator('.map__svg a').evaluateAll((links) =>
      links.map((link) => ({
        label: link.getAttribute('aria-label') ?? '',
        current: link.getAttribute('aria-current') === 'page',
        shade: Number(/map__land--(\d)/.exec(link.querySelector('path')?.getAttribute('class') ?? '')?.[1]),
      })),
    );
    const legend = await page.locator('.map__legend li').evaluateAll((items) =>
      items.map((item) => ({
        shade: Number(/map__land--(\d)/.exec(item.querySelector('.map__swatch')?.getAttribute('class') ?? '')?.[1]),
        text: item.textContent?.trim() ?? '',
      })),
    );
    const current = lands.filter((land) => land.current);
    expect(current).toHaveLength(1);
    expect(legend.find((entry) => entry.shade === current[0]!.shade)?.text).toBe(current[0]!.label);
    for (const land of lands.filter((entry) => !entry.current)) {
      const shared = Number(/(\d+) gemeinsame/.exec(land.label)?.[1] ?? 0);
      const entry = legend.find((item) => item.shade === land.shade);
      expect(entry, land.label).toBeDefined();
      if (shared === 0) {
        expect(entry!.text).toBe('keine');
        continue;
      }
      const [from, to = from] = entry!.text.split('–').map(Number);
      expect(shared, land.label).toBeGreaterThanOrEqual(from!);
      expect(shared, land.label).toBeLessThanOrEqual(to!);
    }
    // More shared agreements never mean a lighter shade.
    const partners = lands
      .filter((land) => !land.current)
      .map((land) => ({ shared: Number(/(\d+) gemeinsame/.exec(land.label)?.[1] ?? 0), shade: land.shade }))
      .sort((a, b) => a.shared - b.shared);
    for (let index = 1; index < partners.length; index++) expect(partners[index]!.shade).toBeGreaterThanOrEqual(partners[index - 1]!.shade);
    await page.context().close();
  });

  it("keeps a Land page within a phone's width, also with the map's table open", async () => {
    const page = await newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${baseUrl}/laender/${SAMPLE.land.id}/`);
    await page.locator('.map__table summary').click();
    await page.locator('.map__table table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => innerWidth));
    const table = await page.locator('.map__table .table-scroll').evaluate((element) => [element.clientWidth, element.scrollWidth]);
    expect(table[1]).toBeLessThanOrEqual(table[0]!);
    await page.context().close();
  });

  it('prints the pictures but not the navigation', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/organisationen/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.network__svg').isVisible()).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
  });
});
