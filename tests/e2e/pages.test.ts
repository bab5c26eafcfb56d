/** What every page must have: metadata, landmarks, headings in order, no client JavaScript. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { PREVIEW_HEADING } from '../../src/lib/operator.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { isoDateValue, readDateValue } from '../../src/schemas/dates.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { urls } from '../../src/lib/urls.ts';
import { builtPages, DIST, PAGE_TYPES, readPage, SAMPLE } from './site.ts';

const { registry } = registryFromFiles();

/** Pages whose purpose needs JavaScript: the search, and the form that builds a record. */
const PAGES_WITH_SCRIPTS = new Set(['/suche/', '/mitmachen/', '/stand/']);

describe.each(Object.entries(PAGE_TYPES))('%s (%s)', (_name, path) => {
  const page = readPage(path);

  it('is German, titled, described and canonical', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('de');
    expect(page.querySelector('title')?.text.trim()).toMatch(new RegExp(SITE.name));
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(30);
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(canonical.startsWith(SITE.url)).toBe(true);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
      expect(page.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
  });

  it('has a skip link, landmarks and one h1', () => {
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#inhalt');
    expect(page.querySelector('main#inhalt')).not.toBeNull();
    expect(page.querySelector('header nav[aria-label]')).not.toBeNull();
    expect(page.querySelector('footer')).not.toBeNull();
    expect(page.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/suche/');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
  });

  it('says it is a preview while src/config.ts names no operator', () => {
    const banner = page.querySelector('[data-preview-banner]')?.text ?? '';
    expect(banner).toContain(PREVIEW_HEADING);
    // It speaks to readers: what is missing and why this is a preview, not where a setting lives.
    expect(banner).toMatch(/Impressum/);
    expect(banner).not.toMatch(/src\/config|SITE\.operator|\(email\)/);
  });

  it('keeps its headings in order', () => {
    const levels = page.querySelectorAll('h1, h2, h3, h4, h5, h6').map((heading) => Number(heading.tagName[1]));
    levels.forEach((level, index) => {
      if (index > 0) expect(level - levels[index - 1]!, `Überschrift ${index + 1}`).toBeLessThanOrEqual(1);
    });
  });

  it('runs no client JavaScript unless it is the search, the contribution form, an agreements table to sort or a network to highlight', () => {
    const scripts = page
      .querySelectorAll('script')
      .filter((script) => !['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? ''));
    if (PAGES_WITH_SCRIPTS.has(path)) expect(scripts.length).toBeGreaterThan(0);
    // The table is complete without its script, which only adds sorting and filters (tests/e2e/agreement-table.test.ts);
    // the network says everything in its table too, its script only highlights a node's ties (tests/e2e/visuals.test.ts).
    else if (page.querySelector('[data-agreement-table], .network__svg'))
      expect(scripts.every((script) => script.getAttribute('type') === 'module')).toBe(true);
    else expect(scripts.map((script) => script.toString().slice(0, 80))).toEqual([]);
  });
});

describe('agreement pages', () => {
  it('exist for every agreement record, headed by its title', () => {
    expect(registry.agreements.length).toBeGreaterThan(0);
    for (const agreement of registry.agreements) {
      expect(readPage(urls.agreement(agreement.id)).querySelector('h1')?.text.trim(), agreement.id).toBe(agreement.data.title);
    }
  });

  it('carry schema.org JSON-LD describing the agreement', () => {
    const page = readPage(PAGE_TYPES.Vereinbarung!);
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.text ?? '{}');
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@type']).toBe('CreativeWork');
    expect(jsonLd.name).toBe(page.querySelector('h1')?.text.trim());
    const date = SAMPLE.agreement.date;
    expect(jsonLd.dateCreated).toBe(date ? isoDateValue(date) : undefined);
    expect(jsonLd.contributor.map((party: { name: string }) => party.name)).toEqual(
      SAMPLE.agreement.parties.map((party) => (party.actor.kind === 'org' ? party.actor.org.name : party.actor.name)),
    );
    expect(jsonLd.citation).toHaveLength(SAMPLE.agreement.data.sources.length);
  });

  it('show every exact signing date at its real precision, machine-readable', () => {
    for (const agreement of registry.agreements) {
      const signed = agreement.data.signed === undefined ? null : readDateValue(agreement.data.signed);
      if (signed?.form !== 'exact' || signed.date.precision === 'quarter') continue;
      const time = readPage(urls.agreement(agreement.id)).querySelector('.facts time');
      expect(time?.getAttribute('datetime'), agreement.id).toBe(signed.raw);
      // A month or a year is never shown as a day.
      if (signed.date.precision !== 'day') expect(time?.text, agreement.id).not.toMatch(/^\d+\./);
    }
  });

  it('show a row per party in "Parteien und Verlauf" with every step', () => {
    for (const agreement of registry.agreements.filter((entry) => entry.parties.some((party) => party.steps.length > 0))) {
      const rows = readPage(urls.agreement(agreement.id)).querySelectorAll(
        '#verlauf ~ * table tbody tr, section[aria-labelledby="verlauf"] tbody tr',
      );
      expect(rows, agreement.id).toHaveLength(agreement.parties.length);
      agreement.parties.forEach((party, index) =>
        expect(rows[index]!.querySelectorAll('.steps li').length).toBe(party.steps.length + party.declarations.length),
      );
    }
  });

  it('link to editing the record in the forge and show its last change', () => {
    const page = readPage(urls.agreement(SAMPLE.agreement.id));
    const edit = page.querySelectorAll('a').find((link) => link.text.includes('bearbeiten'));
    expect(edit?.getAttribute('href')).toBe(`${SITE.forge.repository}/edit/${SITE.forge.branch}/${SAMPLE.agreement.record.filePath}`);
    expect(page.querySelector('.record-footer time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('what pages say', () => {
  const agreementPages = registry.agreements.map((agreement) => [agreement.id, readPage(urls.agreement(agreement.id))] as const);
  // Abbreviations that end in a full stop and may be followed by a lowercase word.
  // Abbreviations in names too: "Ostheim v. d. Rhön", "Neustadt a. d. Aisch".
  const ABBREVIATIONS = /\b(a\. d|v\. d|z\. B|d\. h|u\. a|bzw|vgl|ca|Nr|Abs|gem|ggf|inkl|sog|usw|etc|i\. d\. R|o\. ä|Jh|Bd|Hrsg|S)\. /g;

  it('answer "in force?" near the top of every agreement page, and the badge agrees', () => {
    for (const [id, page] of agreementPages) {
      const answer = page.querySelector('.facts .in-force');
      expect(answer?.getAttribute('data-state'), id).toBeTruthy();
      expect(page.querySelector('.badge--status')?.getAttribute('data-state'), id).toBe(answer?.getAttribute('data-state'));
      expect(answer?.getAttribute('data-basis'), id).toBeTruthy();
    }
  });

  it('never run a generated sentence into a lowercase word after a full stop', () => {
    for (const [id, page] of agreementPages) {
      for (const element of page.querySelectorAll('.facts dd, .steps li, #ereignisse ~ ul li, .lineage li, #beziehungen ~ ul li')) {
        const text = element.text.replace(/\s+/g, ' ').replace(ABBREVIATIONS, '');
        expect(text, `${id}: ${text}`).not.toMatch(/[a-zäöüß)\]]\. [a-zäöüß]/);
      }
    }
  });

  it('keep the links to the neighbouring years of "Stand am" apart', () => {
    if (!SAMPLE.stateYear) return;
    const links = readPage(urls.stateAt(SAMPLE.stateYear)).querySelectorAll('nav[aria-label="Andere Jahre"] li a');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.parentNode.childNodes.filter((node) => node.nodeType === 1)).toHaveLength(1);
  });
});

describe('sources on agreement pages', () => {
  // Expected from the record files themselves, not from the code that renders them.
  const { content } = validateContent();
  it.each([...content.agreements.values()].map((record) => [record.id, record.data.sources] as const))(
    '%s lists and links every source',
    (id, sources) => {
      const main = readPage(`/vereinbarungen/${id}/`).querySelector('main')!;
      for (const source of sources) {
        if (source.url) {
          const links = main.querySelectorAll('a').filter((link) => link.getAttribute('href') === source.url);
          expect(
            links.map((link) => link.text.trim()),
            source.url,
          ).toContain(source.title);
        } else {
          expect(main.text, source.title).toContain(source.title);
        }
      }
    },
  );
});

describe('data version', () => {
  it('is named on the home and open-data pages, and in no footer (it would change every page with every record)', () => {
    for (const path of ['/', '/daten/'])
      expect(readPage(path).querySelector('main [data-version]')?.text, path).toMatch(/^(Version [0-9a-f]{7,}|lokale Version)/);
    expect(readPage('/').querySelector('footer [data-version]')).toBeNull();
  });
});

describe('sitemap', () => {
  it('lists every page but the 404 page', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    expect(builtPages().filter((path) => path !== '/404.html' && !listed.has(path))).toEqual([]);
  });
});

describe('search index', () => {
  it('holds every page that marks its content for the search, and no other', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const marked = builtPages().filter((path) => readPage(path).querySelector('[data-pagefind-body]')).length;
    expect(indexed).toBe(marked);
  });

  it('indexes in German only, so that German stemming applies', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['de']);
  });

  it('is written into the build only, never into src/ or public/', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const dir of ['src', 'public']) {
      const stray = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((path) => path.includes('pagefind') && !path.startsWith('integrations'));
      expect(stray, dir).toEqual([]);
    }
  });
});
