/**
 * No broken internal link, ever: crawls the built site from the home page, following
 * every internal link and fragment, and checks that every page is reachable that way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crawl, type Crawl } from '../crawl.ts';
import { builtPages } from './site.ts';
import { baseUrl } from './built.ts';

describe('internal links', () => {
  let result: Crawl;

  beforeAll(async () => {
    result = await crawl(baseUrl, { checkFragments: true });
  });

  it('has no broken internal link or fragment', () => {
    expect(result.broken).toEqual([]);
  });

  it('reaches every page of the build from the home page', () => {
    const unreachable = builtPages().filter((path) => path !== '/404.html' && !result.reached.has(path));
    expect(unreachable).toEqual([]);
  });
});
