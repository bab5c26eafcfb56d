/**
 * The contributor's path end to end, in a temporary copy: `npm run new` creates a record
 * without questions, validation names what is still open, the filled record validates,
 * the build contains its page, and the search finds it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveBuiltSite } from '../../scripts/lib/serve.ts';
import { tempProject } from '../../scripts/lib/temp-project.ts';
import { createNewRecord, extendedSite, fillNewRecord, NEW_RECORD } from './sites.ts';

function npm(root: string, args: string[]) {
  return spawnSync('npm', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
  });
}

describe('adding a record', () => {
  it('goes from `npm run new` to a page the search finds', async () => {
    const root = tempProject();
    const file = createNewRecord(root);
    expect(existsSync(file)).toBe(true);

    const open = npm(root, ['run', 'validate']);
    expect(open.status).toBe(1);
    for (const field of ['summary', 'topics', 'sources[0].url', 'sources[0].title', 'sources[0].publisher', '(Text)']) {
      expect(open.stdout).toContain(`${NEW_RECORD.id}.mdx:`);
      expect(open.stdout, field).toMatch(new RegExp(`${NEW_RECORD.id}\\.mdx:\\d+:\\d+  ${field.replace(/[[\]().]/g, '\\$&')}  `));
    }

    fillNewRecord(file);
    const valid = npm(root, ['run', 'validate']);
    expect(valid.status, valid.stdout).toBe(0);

    // Built with others that contributors add, once for all build tests (tests/build/sites.ts).
    const site = await extendedSite();
    expect(site.status, site.output).toBe(0);
    expect(readFileSync(join(site.root, `src/content/agreements/${NEW_RECORD.id}.mdx`), 'utf8')).toBe(readFileSync(file, 'utf8'));
    const page = readFileSync(join(site.root, `dist/vereinbarungen/${NEW_RECORD.id}/index.html`), 'utf8');
    expect(page).toContain(NEW_RECORD.title);
    expect(page).toContain('2. Quartal 2024');

    const server = await serveBuiltSite(site.root);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/suche/?q=Zebrafinkportal`);
      await tab.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('Zebrafinkportal'));
      expect(await tab.locator('.search-result__title a').first().getAttribute('href')).toBe(`/vereinbarungen/${NEW_RECORD.id}/`);
    } finally {
      await browser.close();
      await server.stop();
    }
  });

  it('refuses unknown parties with a suggestion and writes nothing', () => {
    const root = tempProject();
    const result = npm(root, ['run', 'new', '--', '--yes', '--title', 'X', '--kind', 'sonstige', '--party', 'dataprot', '--party', 'kitu']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Unbekannte Partei „dataprot“\. Meinten Sie „dataport“\?/);
  });
});
