/**
 * With more records than fit on one page: paginated lists, per-Land, organisation and
 * topic lists and year pages appear, and every record stays reachable by links alone.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../../scripts/lib/serve.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { tempProject } from '../../scripts/lib/temp-project.ts';
import { crawl } from '../crawl.ts';

describe('a larger atlas', () => {
  it('paginates and keeps every page reachable without broken links', async () => {
    const root = tempProject();
    writeSyntheticContent(root, { agreements: 130, organisations: 24, seed: 7 });
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const dist = join(root, 'dist');
    const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html')
      .map((entry) => `/${relative(dist, entry.parentPath).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
    expect(pages).toContain('/vereinbarungen/seite/3/');
    expect(pages.some((page) => /^\/laender\/[a-z-]+\/vereinbarungen\/$/.test(page))).toBe(true);
    expect(pages.some((page) => /^\/themen\/[a-z-]+\/vereinbarungen\/$/.test(page))).toBe(true);
    expect(pages.some((page) => /^\/zeitleiste\/\d{4}\/$/.test(page))).toBe(true);

    const server = await serveBuiltSite(root);
    try {
      const { broken, reached } = await crawl(server.url);
      expect(broken).toEqual([]);
      expect(pages.filter((page) => !reached.has(page))).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
