/** The form on /mitmachen/ builds a valid record file and hands it to the forge, also without JavaScript. */
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { newPage } from './browser.ts';
import { baseUrl } from './built.ts';

describe('/mitmachen/', () => {
  it('builds the record text in the browser, which then validates', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/mitmachen/`);
    // Before anything is filled in, the browser check names what is open, with the validator's fields.
    const check = page.locator('[data-record-check]');
    await expect.poll(() => check.textContent()).toContain('noch ungültig');
    expect(await check.locator('a', { hasText: /^summary$/ }).getAttribute('href')).toBe('#b-zusammenfassung');
    // Scoped to the page's content and matched exactly: no other label with the same words can be hit.
    const main = page.getByRole('main');
    await main.getByLabel('Titel der Vereinbarung', { exact: true }).fill('Kooperationsvereinbarung zwischen ITDZ Berlin und ZIT-BB');
    await main.getByLabel('Art', { exact: true }).selectOption('kooperationsvereinbarung');
    await main.getByLabel('Datum der Unterzeichnung', { exact: true }).fill('2024-05-13');
    await main.getByLabel('Partei 1', { exact: true }).fill('itdz-berlin');
    await main.getByLabel('Partei 2', { exact: true }).fill('brandenburg');
    await main.getByRole('checkbox', { name: 'Informationssicherheit', exact: true }).check();
    await main
      .getByLabel('Zusammenfassung in zwei bis drei Sätzen', { exact: true })
      .fill('Beide arbeiten bei der IT-Sicherheit zusammen.');
    await main.getByLabel('Webadresse', { exact: true }).fill('https://example.org/meldung');
    await main.getByLabel('Titel', { exact: true }).fill('Meldung');
    await main.getByLabel('Herausgeber oder Medium', { exact: true }).fill('Beispiel');
    await main.getByLabel('Datum der Quelle', { exact: true }).fill('2024-05');
    await main.getByLabel('Beschreibung in eigenen Worten (Markdown)', { exact: true }).fill('Ein Absatz in eigenen Worten.');

    expect(await check.textContent()).toContain('Prüfung bestanden');

    const fileName = await main.getByLabel('Dateiname', { exact: true }).inputValue();
    const text = await main.getByLabel('Inhalt der Datei', { exact: true }).inputValue();
    expect(fileName).toBe('itdz-berlin-brandenburg-2024.mdx');
    expect(text).toContain('  - land: brandenburg');

    // What the browser built passes the same validator as every record.
    const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-form-'));
    cpSync('src/content', join(root, 'src/content'), { recursive: true });
    mkdirSync(join(root, 'src/content/agreements'), { recursive: true });
    writeFileSync(join(root, 'src/content/agreements', fileName), text);
    expect(validateContent({ root }).diagnostics).toEqual([]);

    const action = await page.locator('[data-file-form]').getAttribute('action');
    expect(action).toBe(`${SITE.forge.repository}/new/${SITE.forge.branch}/src/content/agreements`);
  });

  it("checks the file with the validator's rules while it is written", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/mitmachen/`);
    await page.getByLabel('Partei 1', { exact: true }).fill('dataprot');
    await page.getByLabel('Datum der Unterzeichnung').fill('2024-13');
    const check = page.locator('[data-record-check]');
    await expect.poll(() => check.textContent()).toContain('parties[0].org: Unbekannte Kennung „dataprot“');
    expect(await check.textContent()).toContain('Meinten Sie „dataport“?');
    expect(await check.textContent()).toContain('signed: Das Datum „2024-13“ gibt es im Kalender nicht.');
    expect(await check.locator('a', { hasText: 'parties[0].org' }).getAttribute('href')).toBe('#b-partei-1');
    // Without an operator address there is no e-mail way yet.
    expect(await page.locator('[data-mailto]').count()).toBe(0);
  });

  it('offers the template and the forge form without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/mitmachen/`);
    const main = page.getByRole('main');
    expect(await page.locator('[data-builder]').isVisible()).toBe(false);
    expect(await main.getByLabel('Inhalt der Datei', { exact: true }).inputValue()).toMatch(/^---\n[\s\S]*PLATZHALTER/);
    expect(await page.locator('[data-file-form] [name="filename"]').count()).toBe(1);
    expect(await page.locator('[data-file-form] [name="value"]').count()).toBe(1);
    expect(await main.getByRole('link', { name: 'Vereinbarung melden', exact: true }).getAttribute('href')).toContain(
      '/issues/new?template=vereinbarung-melden.yml',
    );
  });
});
