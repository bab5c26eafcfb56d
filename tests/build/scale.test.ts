/**
 * With more records than fit on one page: paginated lists, per-Land, organisation and
 * topic lists and year pages appear, and every record stays reachable by links alone.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../../scripts/lib/serve.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { tempProject } from '../../scripts/lib/temp-project.ts';

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
      const result = await check({
        path: `${server.url}/`,
        recurse: true,
        concurrency: 8,
        linksToSkip: async (link) => !link.startsWith(server.url),
      });
      expect(result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} <- ${link.parent}`)).toEqual([]);
      const crawled = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname));
      expect(pages.filter((page) => !crawled.has(page))).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
