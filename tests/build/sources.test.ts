/** A source shows the day it was read ("abgerufen am") and its archived copy. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../scripts/lib/temp-project.ts';
import { testAgreement } from '../test-record.ts';

const record = testAgreement({
  title: 'Vereinbarung mit gelesener Quelle',
  sources: `
  - url: https://example.org/meldung
    title: Meldung mit Archiv
    publisher: Beispielverlag
    published: 2020-05-04
    accessed: 2024-03-03
    archive: https://web.archive.org/web/2024/https://example.org/meldung
  - url: https://example.org/nur-gelesen
    title: Nur gelesen
    publisher: Beispielverlag
    accessed: 2024-03
  - title: Gedruckt
    publisher: Heft 3`,
});

describe('source list', () => {
  it('shows when each source was read and links its archived copy', () => {
    const root = tempProject();
    writeFileSync(join(root, 'src/content/agreements/gelesene-quelle.mdx'), record);
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const items = parse(readFileSync(join(root, 'dist/vereinbarungen/gelesene-quelle/index.html'), 'utf8')).querySelectorAll('.sources li');
    const text = items.map((item) => item.text.replace(/\s+/g, ' ').trim());
    expect(text[0]).toBe('Meldung mit Archiv, Beispielverlag, 4. Mai 2020 (abgerufen am 3. März 2024; archivierte Fassung)');
    expect(items[0]!.querySelector('time[datetime="2024-03-03"]')).not.toBeNull();
    expect(items[0]!.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/meldung',
      'https://web.archive.org/web/2024/https://example.org/meldung',
    ]);
    expect(text[1]).toBe('Nur gelesen, Beispielverlag (abgerufen im März 2024)');
    expect(text[2]).toBe('Gedruckt, Heft 3 (gedruckte Quelle)');
  }, 120_000);
});
