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
import { comparisonPages } from '../src/lib/compare.ts';
import { registryFromFiles } from './lib/registry-from-files.ts';
import { urls, withBase } from '../src/lib/urls.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    /** Comma-separated page names, e.g. start,vereinbarung. */
    pages: { type: 'string' },
    /** Also save the page in screen-high tiles, easier to look at than one long image. */
    tiles: { type: 'boolean', default: false },
  },
});

const { registry } = registryFromFiles();
// Pages chosen from whatever the corpus holds (as tests/e2e/site.ts does), so records can come and go.
const busiest = <T>(items: T[], count: (item: T) => number) => [...items].sort((a, b) => count(b) - count(a))[0];
const agreement = busiest(registry.agreements, (item) => item.parties.flatMap((party) => party.steps).length);
const land = busiest(registry.laender, (item) => registry.agreementsOfLand(item.id).length);
const organisation = registry.organisationsByAgreements()[0]?.item;
const topic = busiest(registry.topics, (item) => registry.agreementsOfTopic(item.id).length);
const comparison = busiest(comparisonPages(registry), (item) => Math.min(item.direct.length, 1) * 100 + item.indirect.length);
const stateYears = registry.stateYears(new Date().getFullYear());
const stateYear = stateYears[Math.floor(stateYears.length / 2)];
const PAGES: Record<string, string | undefined> = {
  start: urls.home(),
  vereinbarungen: urls.agreements(),
  vereinbarung: agreement && urls.agreement(agreement.id),
  laender: urls.laender(),
  land: land && urls.land(land.id),
  organisationen: urls.organisations(),
  organisation: organisation && urls.organisation(organisation.id),
  vergleich: comparison && urls.compare(comparison.a, comparison.b),
  themen: urls.topics(),
  thema: topic && urls.topic(topic.id),
  loesung: registry.solutions[0] && urls.solution(registry.solutions[0].id),
  zeitleiste: urls.timeline(),
  verlauf: urls.timelineBy('land'),
  'verlauf-dienstleister': urls.timelineBy('dienstleister'),
  suche: urls.search('Dataport'),
  mitmachen: urls.contribute(),
  daten: urls.data(),
  abdeckung: urls.coverage(),
  qualitaet: urls.dataQuality(),
  aenderungen: urls.changes(),
  demnaechst: urls.upcoming(),
  methodik: urls.methodology(),
  stand: stateYear === undefined ? urls.stateIndex() : urls.stateAt(stateYear),
  barrierefreiheit: urls.accessibility(),
  impressum: urls.imprint(),
  datenschutz: urls.privacy(),
  fehlerseite: withBase('/gibt-es-nicht/'),
};
const wanted = (values.pages ? values.pages.split(',') : Object.keys(PAGES)).filter((name) => PAGES[name] !== undefined);
const SCREENSHOT_TIMEOUT = 180_000;
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobil: { width: 375, height: 812 } };

mkdirSync(values.out, { recursive: true });
const server = await serveBuiltSite();
const browser = await launchChromium();
try {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme });
      for (const name of wanted) {
        await page.goto(server.url + PAGES[name]!, { waitUntil: 'networkidle' });
        const file = join(values.out, `${name}-${viewportName}-${colorScheme}.png`);
        // Long pages (the data-quality lists) take a while to capture on a busy machine.
        await page.screenshot({ path: file, fullPage: true, timeout: SCREENSHOT_TIMEOUT });
        console.log(file);
        if (values.tiles) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let top = 0, index = 1; top < height; top += viewport.height * 1.5, index++) {
            const clip = { x: 0, y: top, width: viewport.width, height: Math.min(viewport.height * 1.5, height - top) };
            await page.screenshot({ path: file.replace(/\.png$/, `-${index}.png`), fullPage: true, clip, timeout: SCREENSHOT_TIMEOUT });
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
