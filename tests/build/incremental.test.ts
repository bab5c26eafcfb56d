/**
 * Incremental builds are correct: the fixture site (tests/fixtures/model-v2, committed to
 * a Git repository) is built cold; then one record is added, one edited and one deleted in
 * a second commit, and the site is built again
 * with the previous build's cache and output (dist/ updated in place). Then once more with
 * the cache alone and no dist/, as in CI, where the cache is restored and dist/ is not.
 * Both results must be the same, byte for byte and file for file (pages, search index,
 * sitemap, data, citation files, change lists, feeds and calendars), as a cold build of the
 * changed records. All builds read the same files and the same Git history.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { runIn } from './shared-site.ts';
import { commitRecords, fixtureSite } from './sites.ts';

/** Amended by the new record and renamed by the edit: the pages of its whole lineage change. */
const EDITED = 'errichtung-dienstleister';
/** No other record refers to it. */
const DELETED = 'absprache-zeitraum';
const ADDED = 'zweite-aenderung-dienstleister';

const NEW_RECORD = `---
title: Zweiter Änderungsstaatsvertrag zum Test-Dienstleister
kind: aenderungsstaatsvertrag
summary: Die Träger ändern den Errichtungsvertrag ein zweites Mal.
status: unterzeichnet
signed: 2024-03
parties:
  - land: hamburg
  - land: schleswig-holstein
related:
  - { agreement: ${EDITED}, relation: aendert }
topics: [rechenzentren]
sources:
  - url: https://example.org/zweite-aenderung
    title: Zweite Meldung
    publisher: Testverlag
---

Die Träger ändern den Vertrag ein zweites Mal.
`;

let root: string;
let incrementalLog: string;
let restoredLog: string;

function build(): string {
  const result = runIn(root, ['npx', 'astro', 'build']);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

/** Every file of a build with its content. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path).split(sep).join('/'), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

beforeAll(async () => {
  // The fixture site's cold build; this test alone changes it.
  const site = await fixtureSite();
  expect(site.status, site.output).toBe(0);
  root = site.root;

  const agreements = join(root, CONTENT_PATHS.agreements);
  writeFileSync(join(agreements, `${ADDED}.mdx`), NEW_RECORD);
  const edited = join(agreements, `${EDITED}.mdx`);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (geänderter Titel)'));
  rmSync(join(agreements, `${DELETED}.mdx`));
  // Git history is content too: the change list, feeds, the edited record's changes and
  // its citation's commit follow this commit, and the other pages' keys must not.
  commitRecords(root, 'Add, edit and delete a record', '2026-11-02T09:30:00+01:00');

  incrementalLog = build();
  renameSync(join(root, 'dist'), join(root, 'dist-incremental'));
  restoredLog = build();
  renameSync(join(root, 'dist'), join(root, 'dist-restored'));
  rmSync(join(root, '.astro'), { recursive: true });
  build();
});

describe('an incremental build after adding, editing and deleting a record', () => {
  it('keeps the unchanged agreement pages instead of rendering them', () => {
    // Otherwise this test would compare two cold builds.
    expect(incrementalLog).toMatch(/vereinbarungen\/[a-z0-9-]+\/index\.html \(cached\)/);
    expect(incrementalLog).toMatch(/kept dist\/ from the last build; removed [1-9]\d* file\(s\)/);
  });

  it('renders the pages whose content changed', () => {
    for (const id of [ADDED, EDITED, 'aenderung-dienstleister']) {
      expect(incrementalLog, id).toMatch(new RegExp(`vereinbarungen/${id}/index\\.html \\(\\+`));
    }
  });

  it('gives the same files, byte for byte, as a cold build of the changed records', () => {
    const cold = files(join(root, 'dist'));
    expect(cold.has(`vereinbarungen/${ADDED}/index.html`)).toBe(true);
    expect(cold.has(`vereinbarungen/${DELETED}/index.html`)).toBe(false);
    expect(cold.get(`vereinbarungen/aenderung-dienstleister/index.html`)!.toString()).toContain('(geänderter Titel)');
    // What the second commit brought shows where the history does.
    expect(cold.get('aenderungen/index.html')!.toString()).toContain('Zweiter Änderungsstaatsvertrag zum Test-Dienstleister');
    expect(cold.get('feeds/aenderungen.xml')!.toString()).toContain('Zweiter Änderungsstaatsvertrag zum Test-Dienstleister');
    expect(cold.get(`vereinbarungen/${EDITED}/index.html`)!.toString()).toContain('2. November 2026');
    expectSameFiles(files(join(root, 'dist-incremental')), cold);
  });
});

describe('a build from the cache alone, without dist/ (as in CI)', () => {
  it('copies the agreement pages from the cache', () => {
    expect(restoredLog).toMatch(/vereinbarungen\/[a-z0-9-]+\/index\.html \(restored\)/);
  });

  it('gives the same files, byte for byte, as a cold build', () => {
    expectSameFiles(files(join(root, 'dist-restored')), files(join(root, 'dist')));
  });
});

function expectSameFiles(built: Map<string, Buffer>, cold: Map<string, Buffer>) {
  expect([...built.keys()]).toEqual([...cold.keys()]);
  const differing = [...cold].filter(([path, content]) => !content.equals(built.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
}
