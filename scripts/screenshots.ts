/**
 * npm run screenshots [-- --out <dir>]
 *
 * Takes screenshots of every page type of the built site (run `npm run build` first),
 * at desktop and mobile width, in light and dark mode, for a look before a release.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    /** Comma-separated page names, e.g. start,vereinbarung. */
    pages: { type: 'string' },
    /** Also save the page in screen-high tiles, easier to look at than one long image. */
    tiles: { type: 'boolean', default: false },
  },
});

const PAGES: Record<string, string> = {
  start: '/',
  vereinbarungen: '/vereinbarungen/',
  vereinbarung: '/vereinbarungen/it-niedersachsen-dataport-2026/',
  laender: '/laender/',
  land: '/laender/hamburg/',
  organisationen: '/organisationen/',
  organisation: '/organisationen/dataport/',
  themen: '/themen/',
  thema: '/themen/kuenstliche-intelligenz/',
  zeitleiste: '/zeitleiste/',
  suche: '/suche/?q=Dataport',
  mitmachen: '/mitmachen/',
  daten: '/daten/',
  barrierefreiheit: '/barrierefreiheit/',
  impressum: '/impressum/',
  datenschutz: '/datenschutz/',
  fehlerseite: '/gibt-es-nicht/',
};
const wanted = values.pages ? values.pages.split(',') : Object.keys(PAGES);
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobil: { width: 360, height: 780 } };

mkdirSync(values.out, { recursive: true });
const server = await serveBuiltSite();
const browser = await launchChromium();
try {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme });
      for (const name of wanted) {
        await page.goto(server.url + PAGES[name], { waitUntil: 'networkidle' });
        const file = join(values.out, `${name}-${viewportName}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        if (values.tiles) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let top = 0, index = 1; top < height; top += viewport.height * 1.5, index++) {
            const clip = { x: 0, y: top, width: viewport.width, height: Math.min(viewport.height * 1.5, height - top) };
            await page.screenshot({ path: file.replace(/\.png$/, `-${index}.png`), fullPage: true, clip });
          }
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
