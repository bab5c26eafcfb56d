/**
 * Published below a path, as on <owner>.github.io/<repository>/ without a domain of its
 * own: SITE.url alone decides, and every link, asset, canonical URL and the offline
 * export follow it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_AGREEMENT, PUBLISHED_URL, publishedSite } from './sites.ts';

const BASE = `${new URL(PUBLISHED_URL).pathname}/`;

function run(root: string, args: string[]) {
  return spawnSync('npm', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

describe('a site below a base path', () => {
  it('links every page and asset below it, and exports without it', async () => {
    // Built for production with operator details (tests/build/sites.ts); the address alone sets the path.
    const { root, status, output } = await publishedSite();
    expect(status, output).toBe(0);

    const address = run(root, ['run', '--silent', 'site-address']);
    expect(address.stdout).toContain(`base_path=${BASE}\n`);
    expect(address.stdout).toContain('cname=\n');

    const dist = join(root, 'dist');
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      const page = parse(readFileSync(join(dist, file), 'utf8'));
      for (const element of page.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
        const url = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        checked++;
        if (!url.startsWith(BASE)) {
          broken.push(`${file}: ${url} (ohne ${BASE})`);
          continue;
        }
        const path = decodeURIComponent(url.slice(BASE.length).split(/[?#]/)[0]!);
        const target = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        if (!existsSync(target)) broken.push(`${file}: ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);

    const agreement = parse(readFileSync(join(dist, `vereinbarungen/${FIXTURE_AGREEMENT}/index.html`), 'utf8'));
    expect(agreement.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${PUBLISHED_URL}/vereinbarungen/${FIXTURE_AGREEMENT}/`,
    );
    expect(readFileSync(join(dist, `vereinbarungen/${FIXTURE_AGREEMENT}/zitat.bib`), 'utf8')).toContain(
      `url          = {${PUBLISHED_URL}/vereinbarungen/${FIXTURE_AGREEMENT}/}`,
    );
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${PUBLISHED_URL}/laender/</loc>`);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${PUBLISHED_URL}/sitemap-0.xml</loc>`);

    const exported = run(root, ['run', 'export', '--', '--skip-build']);
    expect(exported.status, exported.stdout + exported.stderr).toBe(0);
    const home = parse(readFileSync(join(root, 'export/kooperationsatlas/index.html'), 'utf8'));
    const links = home
      .querySelectorAll('a[href]')
      .map((link) => link.getAttribute('href')!)
      .filter((href) => !/^(https?:|mailto:|#)/.test(href));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(existsSync(join(root, 'export/kooperationsatlas', link.split(/[?#]/)[0]!)), link).toBe(true);
  });
});
