/**
 * The contributor's path end to end, in a temporary copy: `npm run new` creates a record
 * without questions, validation names what is still open, the filled record validates,
 * the build contains its page, and the search finds it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveBuiltSite } from '../../scripts/lib/serve.ts';
import { tempProject } from '../../scripts/lib/temp-project.ts';

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
    const created = npm(root, [
      'run',
      'new',
      '--',
      '--yes',
      '--title',
      'Nachnutzungsvertrag Zebrafinkportal zwischen Dataport und der KITU',
      '--kind',
      'nachnutzungsvertrag',
      '--signed',
      '2024-Q2',
      '--party',
      'dataport',
      '--party',
      'kitu',
      '--slug',
      'zebrafinkportal-nachnutzung-test',
    ]);
    expect(created.status, created.stderr).toBe(0);
    const file = join(root, 'src/content/agreements/zebrafinkportal-nachnutzung-test.mdx');
    expect(existsSync(file)).toBe(true);

    const open = npm(root, ['run', 'validate']);
    expect(open.status).toBe(1);
    for (const field of ['summary', 'topics', 'sources[0].url', 'sources[0].title', 'sources[0].publisher', '(Text)']) {
      expect(open.stdout).toContain(`zebrafinkportal-nachnutzung-test.mdx:`);
      expect(open.stdout, field).toMatch(
        new RegExp(`zebrafinkportal-nachnutzung-test\\.mdx:\\d+:\\d+  ${field.replace(/[[\]().]/g, '\\$&')}  `),
      );
    }

    const filled = readFileSync(file, 'utf8')
      .replace('summary: ""', 'summary: Die KITU übernimmt das Zebrafinkportal von Dataport für ihre Mitgliedskommunen.')
      .replace('topics: []', 'topics: [nachnutzung]')
      .replace('  - url: ""', '  - url: https://example.org/zebrafinkportal')
      .replace('    title: ""', '    title: Zebrafinkportal wird nachgenutzt')
      .replace('    publisher: ""', '    publisher: Beispielmeldung')
      .replace('    published: ""', '    published: 2024-06')
      .replace(/PLATZHALTER:.*$/m, 'Die Kommunen in Sachsen-Anhalt nutzen künftig das Zebrafinkportal.');
    writeFileSync(file, filled);
    const valid = npm(root, ['run', 'validate']);
    expect(valid.status, valid.stdout).toBe(0);

    const build = npm(root, ['run', 'build']);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const page = readFileSync(join(root, 'dist/vereinbarungen/zebrafinkportal-nachnutzung-test/index.html'), 'utf8');
    expect(page).toContain('Nachnutzungsvertrag Zebrafinkportal zwischen Dataport und der KITU');
    expect(page).toContain('2. Quartal 2024');

    const server = await serveBuiltSite(root);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/suche/?q=Zebrafinkportal`);
      await tab.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('Zebrafinkportal'));
      expect(await tab.locator('.search-result__title a').first().getAttribute('href')).toBe(
        '/vereinbarungen/zebrafinkportal-nachnutzung-test/',
      );
    } finally {
      await browser.close();
      await server.stop();
    }
  }, 180_000);

  it('refuses unknown parties with a suggestion and writes nothing', () => {
    const root = tempProject();
    const result = npm(root, ['run', 'new', '--', '--yes', '--title', 'X', '--kind', 'sonstige', '--party', 'dataprot', '--party', 'kitu']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Unbekannte Partei „dataprot“\. Meinten Sie „dataport“\?/);
  });
});
