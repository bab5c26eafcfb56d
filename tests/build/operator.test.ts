/**
 * With operator details in src/config.ts (example values in a temporary copy only): the
 * production build runs, no page says "Vorschau", the legal pages name the operator,
 * and /mitmachen/ offers to send the record by e-mail.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../scripts/lib/temp-project.ts';

const EXAMPLE = {
  name: 'Beispielverein für offene Verwaltungsdaten e. V.',
  address: ['Musterstraße 1', '12345 Musterstadt'],
  email: 'redaktion@example.org',
};

describe('a site with operator details', () => {
  it('builds for production and names the operator where the law asks for it', () => {
    const root = tempProject();
    const config = join(root, 'src/config.ts');
    const text = readFileSync(config, 'utf8')
      .replace("name: '' as string,\n    /** Postal", `name: '${EXAMPLE.name}' as string,\n    /** Postal`)
      .replace('address: [] as string[],', `address: ${JSON.stringify(EXAMPLE.address)} as string[],`)
      .replace("email: '' as string,", `email: '${EXAMPLE.email}' as string,`);
    expect(text).toContain(EXAMPLE.email);
    writeFileSync(config, text);

    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        KOOPERATIONSATLAS_PRODUCTION: '1',
        PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
      },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const page = (path: string) => parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

    for (const path of ['', 'impressum/', 'vereinbarungen/dataport-kitu-2019/'])
      expect(page(path).querySelector('[data-preview-banner]'), path).toBeNull();
    expect(readdirSync(join(root, 'dist')).length).toBeGreaterThan(5);

    const imprint = page('impressum/').querySelector('main')!.text;
    for (const line of [EXAMPLE.name, ...EXAMPLE.address, EXAMPLE.email]) expect(imprint).toContain(line);
    expect(imprint).toContain('§ 5 Digitale-Dienste-Gesetz');
    const privacy = page('datenschutz/').querySelector('main')!.text;
    expect(privacy).toContain(EXAMPLE.name);
    expect(privacy).toContain('keine Cookies');
    expect(privacy).toContain('IP-Adresse');
    expect(page('barrierefreiheit/').querySelector(`a[href="mailto:${EXAMPLE.email}"]`)).not.toBeNull();

    const mail = page('mitmachen/').querySelector('[data-mailto]')!;
    const href = mail.getAttribute('href')!;
    expect(href.startsWith(`mailto:${EXAMPLE.email}?subject=`)).toBe(true);
    expect(decodeURIComponent(/body=([^&]*)/.exec(href)![1]!)).toMatch(/---\r\n# Neue Vereinbarung[\s\S]*\r\ntitle: ""\r\n/);

    // The citation names who publishes the atlas.
    expect(readFileSync(join(root, 'dist/vereinbarungen/dataport-kitu-2019/zitat.ris'), 'utf8')).toContain(`PB  - ${EXAMPLE.name}`);
  }, 120_000);
});
