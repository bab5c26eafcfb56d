import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../src/integrations/sitemap.ts';
import { absoluteUrl, withBase } from '../../src/lib/urls.ts';

const locs = (xml: Buffer | undefined) => [...(xml?.toString('utf8') ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('the sitemap', () => {
  it('lists every page but the error pages, numbers in their order, with the index naming its part', async () => {
    const files = await sitemapFiles([
      'laender/seite/10/',
      '',
      '404/',
      'laender/seite/2/',
      'vereinbarungen/b/',
      '500/',
      'vereinbarungen/a/',
    ]);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(locs(files.get('sitemap-0.xml'))).toEqual([
      absoluteUrl(withBase('/')),
      absoluteUrl(withBase('/laender/seite/2/')),
      absoluteUrl(withBase('/laender/seite/10/')),
      absoluteUrl(withBase('/vereinbarungen/a/')),
      absoluteUrl(withBase('/vereinbarungen/b/')),
    ]);
    expect(locs(files.get('sitemap-index.xml'))).toEqual([absoluteUrl(withBase('/sitemap-0.xml'))]);
  });

  // Below a base path: tests/build/base-path.test.ts.
  it('splits more than 45,000 pages into parts, each named in the index', async () => {
    const pages = Array.from({ length: 45_001 }, (_, index) => `vereinbarungen/v${index}/`);
    const files = await sitemapFiles(pages);
    expect(locs(files.get('sitemap-index.xml'))).toEqual([
      absoluteUrl(withBase('/sitemap-0.xml')),
      absoluteUrl(withBase('/sitemap-1.xml')),
    ]);
    expect(locs(files.get('sitemap-0.xml'))).toHaveLength(45_000);
    expect(locs(files.get('sitemap-1.xml'))).toEqual([absoluteUrl(withBase('/vereinbarungen/v45000/'))]);
  });
});
