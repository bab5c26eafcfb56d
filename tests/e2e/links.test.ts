/**
 * No broken internal link, ever: crawls the built site from the home page, following
 * every internal link and fragment, and checks that every page is reachable that way.
 */
import { check, LinkState } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from './site.ts';
import { baseUrl } from './built.ts';

describe('internal links', () => {
  let result: Awaited<ReturnType<typeof check>>;

  beforeAll(async () => {
    result = await check({
      path: `${baseUrl}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // External sources are checked on demand (npm run check-sources), never in tests.
      linksToSkip: async (link) => !link.startsWith(baseUrl),
    });
  });

  it('has no broken internal link or fragment', () => {
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (Status ${link.status ?? '–'}) auf ${link.parent ?? '?'}`);
    expect(broken).toEqual([]);
  });

  it('reaches every page of the build from the home page', () => {
    const crawled = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname));
    const unreachable = builtPages().filter((path) => path !== '/404.html' && !crawled.has(path));
    expect(unreachable).toEqual([]);
  });
});
