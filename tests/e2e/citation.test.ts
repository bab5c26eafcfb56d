/** Every agreement page offers a citation pinned to the data version and its three download formats. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { builtPages, DIST, readPage } from './site.ts';

const agreementPages = builtPages().filter((path) => /^\/vereinbarungen\/[a-z0-9-]+\/$/.test(path));

describe.each(agreementPages)('%s', (path) => {
  const page = readPage(path);
  const title = page.querySelector('h1')!.text.trim();

  it('has a "Zitieren" block naming the page and, for a committed data version, the record at that commit', () => {
    const block = page.querySelector('section.citation');
    expect(block?.querySelector('h2')?.text).toBe('Zitieren');
    const text = block!.querySelector('[data-citation]')!.text;
    expect(text).toContain(title);
    expect(text).toContain(absoluteUrl(path));
    const pinned = block!
      .querySelectorAll('[data-citation] a')
      .map((link) => link.getAttribute('href'))
      .find((href) => href?.includes('/blob/'));
    if (pinned) expect(pinned).toMatch(new RegExp(`^${SITE.forge.repository}/blob/[0-9a-f]{40}/src/content/agreements/[a-z0-9-]+\\.mdx$`));
    else expect(block!.text).toContain('keine feste Datenversion');
  });

  it('offers BibTeX, RIS and CSL-JSON that parse back to this agreement', () => {
    const links = page.querySelectorAll('section.citation a[download]');
    expect(links.map((link) => link.text)).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
    for (const link of links) {
      const text = readFileSync(join(DIST, link.getAttribute('href')!), 'utf8');
      const [entry, ...rest] = new Cite(text).data;
      expect(rest, link.text).toEqual([]);
      expect(entry?.title, link.text).toBe(title);
      expect(entry?.URL, link.text).toBe(absoluteUrl(path));
    }
  });
});
