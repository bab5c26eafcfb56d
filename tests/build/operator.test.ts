/**
 * With operator details in src/config.ts (example values in a temporary copy only): the
 * production build runs, no page says "Vorschau", the legal pages name the operator,
 * and /mitmachen/ offers to send the record by e-mail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_AGREEMENT, OPERATOR, publishedSite } from './sites.ts';

describe('a site with operator details', () => {
  it('builds for production and names the operator where the law asks for it', async () => {
    // Published below a path (tests/build/sites.ts); files in dist/ do not carry it.
    const { root, status, output } = await publishedSite();
    expect(status, output).toBe(0);
    const page = (path: string) => parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

    for (const path of ['', 'impressum/', `vereinbarungen/${FIXTURE_AGREEMENT}/`])
      expect(page(path).querySelector('[data-preview-banner]'), path).toBeNull();
    expect(readdirSync(join(root, 'dist')).length).toBeGreaterThan(5);

    const imprint = page('impressum/').querySelector('main')!.text;
    for (const line of [OPERATOR.name, ...OPERATOR.address, OPERATOR.email]) expect(imprint).toContain(line);
    expect(imprint).toContain('§ 5 Digitale-Dienste-Gesetz');
    const privacy = page('datenschutz/').querySelector('main')!.text;
    expect(privacy).toContain(OPERATOR.name);
    expect(privacy).toContain('keine Cookies');
    expect(privacy).toContain('IP-Adresse');
    expect(page('barrierefreiheit/').querySelector(`a[href="mailto:${OPERATOR.email}"]`)).not.toBeNull();

    const mail = page('mitmachen/').querySelector('[data-mailto]')!;
    const href = mail.getAttribute('href')!;
    expect(href.startsWith(`mailto:${OPERATOR.email}?subject=`)).toBe(true);
    expect(decodeURIComponent(/body=([^&]*)/.exec(href)![1]!)).toMatch(/---\r\n# Neue Vereinbarung[\s\S]*\r\ntitle: ""\r\n/);

    // The citation names who publishes the atlas.
    expect(readFileSync(join(root, `dist/vereinbarungen/${FIXTURE_AGREEMENT}/zitat.ris`), 'utf8')).toContain(`PB  - ${OPERATOR.name}`);
  });
});
