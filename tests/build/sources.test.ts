/** A source shows the day it was read ("abgerufen am") and its archived copy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { extendedSite, SOURCES_RECORD } from './sites.ts';

describe('source list', () => {
  it('shows when each source was read and links its archived copy', async () => {
    const site = await extendedSite();
    expect(site.status, site.output).toBe(0);
    const items = parse(readFileSync(join(site.root, `dist/vereinbarungen/${SOURCES_RECORD.id}/index.html`), 'utf8')).querySelectorAll(
      '.sources li',
    );
    const text = items.map((item) => item.text.replace(/\s+/g, ' ').trim());
    expect(text[0]).toBe('Meldung mit Archiv, Beispielverlag, 4. Mai 2020 (abgerufen am 3. März 2024; archivierte Fassung)');
    expect(items[0]!.querySelector('time[datetime="2024-03-03"]')).not.toBeNull();
    expect(items[0]!.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/meldung',
      'https://web.archive.org/web/2024/https://example.org/meldung',
    ]);
    expect(text[1]).toBe('Nur gelesen, Beispielverlag (abgerufen im März 2024)');
    expect(text[2]).toBe('Gedruckt, Heft 3 (gedruckte Quelle)');
  });
});
