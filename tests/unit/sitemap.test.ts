import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../src/integrations/sitemap.ts';

const locs = (xml: Buffer | undefined) => [...(xml?.toString('utf8') ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('the sitemap', () => {
  it('lists every page but the error pages, numbers in their order, with the index naming its part', async () => {
    const files = await sitemapFiles(
      ['laender/seite/10/', '', '404/', 'laender/seite/2/', 'vereinbarungen/b/', '500/', 'vereinbarungen/a/'],
      'https://kooperationsatlas.de',
      '/',
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(locs(files.get('sitemap-0.xml'))).toEqual([
      'https://kooperationsatlas.de/',
      'https://kooperationsatlas.de/laender/seite/2/',
      'https://kooperationsatlas.de/laender/seite/10/',
      'https://kooperationsatlas.de/vereinbarungen/a/',
      'https://kooperationsatlas.de/vereinbarungen/b/',
    ]);
    expect(locs(files.get('sitemap-index.xml'))).toEqual(['https://kooperationsatlas.de/sitemap-0.xml']);
  });

  it('puts the base path into every address and splits more than 45,000 pages into parts', async () => {
    const pages = Array.from({ length: 45_001 }, (_, index) => `vereinbarungen/v${index}/`);
    const files = await sitemapFiles(pages, 'https://owner.github.io', '/atlas/');
    expect(locs(files.get('sitemap-index.xml'))).toEqual([
      'https://owner.github.io/atlas/sitemap-0.xml',
      'https://owner.github.io/atlas/sitemap-1.xml',
    ]);
    expect(locs(files.get('sitemap-0.xml'))).toHaveLength(45_000);
    expect(locs(files.get('sitemap-1.xml'))).toEqual(['https://owner.github.io/atlas/vereinbarungen/v45000/']);
  });
});
