/** The form on /mitmachen/ builds a valid record file and hands it to the forge, also without JavaScript. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSeq, parse, parseDocument, type YAMLSeq } from 'yaml';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { SITE } from '../../src/config.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { newPage } from './browser.ts';
import { baseUrl } from './built.ts';

const { registry } = registryFromFiles();

/** A copy of the records, to validate what the form built beside them. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-form-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  return root;
}

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
    const root = contentCopy();
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
  it('builds a municipal agreement with a party group, a supervisory approval and a gazette step, which validates', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/mitmachen/`);
    const main = page.getByRole('main');
    // Any organisation and the Länder of whatever corpus there is: one named party and a group.
    const org = registry.organisations[0]!;
    const [first, second] = registry.laender;
    await main.getByLabel('Titel der Vereinbarung', { exact: true }).fill('Öffentlich-rechtliche Vereinbarung über einen Testdienst');
    await main.getByLabel('Art', { exact: true }).selectOption('oeffentlich-rechtliche-vereinbarung');
    await main.getByLabel('Datum der Unterzeichnung', { exact: true }).fill('2024-05-13');
    await main.getByLabel('Partei 1', { exact: true }).fill(org.id);
    await main.getByLabel('Wer die Gruppe ist, wie in der Quelle', { exact: true }).fill('die Länder');
    await main.getByLabel('Wie viele (optional)', { exact: true }).fill(String(registry.laender.length));
    await main.getByLabel('Namentlich genanntes Mitglied 1 (optional)', { exact: true }).fill(first!.id);
    await main.getByLabel('Namentlich genanntes Mitglied 2 (optional)', { exact: true }).fill(second!.id);

    // A step is added with the keyboard; its first field gets the focus.
    await main.getByRole('button', { name: 'Schritt hinzufügen', exact: true }).press('Enter');
    const approval = main.getByRole('group', { name: 'Schritt 1', exact: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('party');
    await approval.getByLabel('Partei', { exact: true }).selectOption(org.id);
    await approval.getByLabel('Art des Schritts', { exact: true }).selectOption('genehmigung');
    await approval.getByLabel('Datum (geschehen am)', { exact: true }).fill('2024-06-03');
    const authority = approval.getByRole('group', { name: 'Genehmigung', exact: true });
    await authority.getByLabel('Genehmigende Behörde', { exact: true }).fill('Bezirksregierung Teststadt');
    await authority.getByLabel('Aktenzeichen (optional)', { exact: true }).fill('31.2-1234/24');
    // Details of other types stay hidden.
    expect(await approval.getByRole('group', { name: 'Fundstelle der Bekanntmachung' }).count()).toBe(0);

    await main.getByRole('button', { name: 'Schritt hinzufügen', exact: true }).click();
    // A step without its party would be left out of the file: the check says so at the party field.
    const gazette = main.getByRole('group', { name: 'Schritt 2', exact: true });
    await gazette.getByLabel('Art des Schritts', { exact: true }).selectOption('bekanntmachung');
    await expect.poll(() => page.locator('[data-record-check]').textContent()).toContain('Schritt 2: Bitte die Partei wählen');
    expect(await page.locator('[data-record-check] a', { hasText: 'Schritt 2' }).getAttribute('href')).toBe(
      `#${await gazette.getByLabel('Partei', { exact: true }).getAttribute('id')}`,
    );
    await gazette.getByLabel('Partei', { exact: true }).selectOption(org.id);
    await gazette.getByLabel('Datum (geschehen am)', { exact: true }).fill('2024-06-20');
    const citation = gazette.getByRole('group', { name: 'Fundstelle der Bekanntmachung', exact: true });
    await citation.getByLabel('Amtsblatt', { exact: true }).fill('Amtsblatt für den Regierungsbezirk Teststadt');
    await citation.getByLabel('Ausgabe (optional)', { exact: true }).fill('Nr. 25');
    await citation.getByLabel('Seite (optional)', { exact: true }).fill('S. 312');
    await citation.getByLabel('Adresse (optional)', { exact: true }).fill('https://example.org/amtsblatt-25');

    await main.getByRole('button', { name: 'Rechtsgrundlage hinzufügen', exact: true }).click();
    const basis = main.getByRole('group', { name: 'Rechtsgrundlage 1', exact: true });
    await basis.getByLabel('Gesetz', { exact: true }).fill('GkG NRW');
    await basis.getByLabel('Vorschrift (optional)', { exact: true }).fill('§ 23');

    await main.getByRole('checkbox', { name: registry.topics[0]!.label, exact: true }).check();
    await main
      .getByLabel('Zusammenfassung in zwei bis drei Sätzen', { exact: true })
      .fill('Eine Stelle und die Länder nutzen einen Dienst gemeinsam.');
    await main.getByLabel('Webadresse', { exact: true }).fill('https://example.org/vorlage');
    await main.getByLabel('Titel', { exact: true }).fill('Vorlage');
    await main.getByLabel('Herausgeber oder Medium', { exact: true }).fill('Beispiel');
    await main.getByLabel('Datum der Quelle', { exact: true }).fill('2024-06');
    await main.getByLabel('Beschreibung in eigenen Worten (Markdown)', { exact: true }).fill('Ein Absatz in eigenen Worten.');

    const check = page.locator('[data-record-check]');
    await expect.poll(() => check.textContent()).toContain('Prüfung bestanden');
    const fileName = await main.getByLabel('Dateiname', { exact: true }).inputValue();
    const text = await main.getByLabel('Inhalt der Datei', { exact: true }).inputValue();
    const data = parse(text.split('---')[1]!);
    expect(data.parties).toEqual([
      {
        org: org.id,
        steps: [
          { type: 'genehmigung', date: '2024-06-03', approval: { authority: 'Bezirksregierung Teststadt', fileNumber: '31.2-1234/24' } },
          {
            type: 'bekanntmachung',
            date: '2024-06-20',
            gazette: {
              name: 'Amtsblatt für den Regierungsbezirk Teststadt',
              issue: 'Nr. 25',
              page: 'S. 312',
              url: 'https://example.org/amtsblatt-25',
            },
          },
        ],
      },
      { group: { name: 'die Länder', count: registry.laender.length, members: [{ land: first!.id }, { land: second!.id }] } },
    ]);
    expect(data.legalBasis).toEqual([{ name: 'GkG NRW', section: '§ 23' }]);

    const root = contentCopy();
    writeFileSync(join(root, CONTENT_PATHS.agreements, fileName), text);
    expect(validateContent({ root }).diagnostics).toEqual([]);
  });

  it('sets together the lines of a membership for the organisation file, which then validates', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/mitmachen/`);
    const main = page.getByRole('main');
    await main.getByRole('radio', { name: /^Eine Mitgliedschaft/ }).check();
    expect(await page.locator('[data-file-section]').isVisible()).toBe(false);
    // An organisation that lists members if the corpus has one, and a member not yet listed.
    const target = registry.organisations.find((org) => org.members.length > 0) ?? registry.organisations[0]!;
    const listed = new Set(target.members.map((member) => member.org ?? member.land));
    const member = registry.organisations.find((org) => org.id !== target.id && !listed.has(org.id))!;
    await main.getByLabel('Organisation, der beigetreten wurde', { exact: true }).fill(target.id);
    await main.getByLabel('Mitglied', { exact: true }).fill(member.id);
    const since = main.getByLabel('Mitglied seit', { exact: true });
    // A wrong date is named at the field once the field has been left, tied to it for screen readers.
    await since.fill('2024-13');
    await since.blur();
    await expect.poll(() => since.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await since.getAttribute('aria-describedby'))!.split(' ');
    const message = await page.locator(`[id="${describedBy.at(-1)}"]`).textContent();
    expect(message).toContain('„2024-13“ gibt es im Kalender nicht');
    await since.fill('2024-01-01');
    await since.blur();
    await expect.poll(() => since.getAttribute('aria-invalid')).toBe(null);
    await main.getByLabel('Webadresse', { exact: true }).fill('https://example.org/beitritt');
    await main.getByLabel('Titel', { exact: true }).fill('Neues Mitglied');
    await main.getByLabel('Herausgeber oder Medium', { exact: true }).fill('Beispiel');

    const check = page.locator('[data-snippet-check]');
    await expect.poll(() => check.textContent()).toContain('Prüfung bestanden');
    const path = `${CONTENT_PATHS.organisations}/${target.id}.yaml`;
    expect(await main.getByRole('link', { name: `Datei „${target.id}.yaml“ bearbeiten` }).getAttribute('href')).toBe(
      `${SITE.forge.repository}/edit/${SITE.forge.branch}/${path}`,
    );
    const snippet = parse(await main.getByLabel('Zeilen zum Einfügen', { exact: true }).inputValue()) as Record<string, unknown[]>;
    expect(snippet.members).toEqual([{ org: member.id, since: '2024-01-01', sources: [expect.stringMatching(/^mitglied-/)] }]);

    // Added to the file as its comments say: each entry at the end of its list.
    const root = contentCopy();
    const doc = parseDocument(readFileSync(join(root, path), 'utf8'));
    for (const [key, entries] of Object.entries(snippet)) {
      const list = doc.get(key, true);
      if (isSeq(list)) for (const entry of entries) (list as YAMLSeq).add(doc.createNode(entry));
      else doc.set(key, doc.createNode(entries));
    }
    writeFileSync(join(root, path), doc.toString());
    expect(validateContent({ root }).diagnostics).toEqual([]);
  });
});
