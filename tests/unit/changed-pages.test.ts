/**
 * The pull request summary: pages derived from changed record files through the URL
 * patterns of src/lib/urls.ts, and the script on a real Git history.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPages, parseNameStatus, summaryMarkdown } from '../../scripts/lib/changed-pages.ts';
import { urls } from '../../src/lib/urls.ts';

const agreement = (title: string, extra = '') => `---
title: ${title}
kind: kooperationsvertrag
signed: 2024-05
parties:
  - org: dataport
  - land: berlin
topics: [nachnutzung]
${extra}---

Text.
`;

describe('changed pages', () => {
  it('maps a new agreement to its page and the pages it appears on', () => {
    const { pages, siteFiles } = changedPages([
      { status: 'added', path: 'src/content/agreements/neu-2024.mdx', text: agreement('Neue Vereinbarung') },
    ]);
    expect(siteFiles).toEqual([]);
    expect(pages).toEqual([
      { path: urls.agreement('neu-2024'), status: 'added', reason: 'Vereinbarung „Neue Vereinbarung“' },
      { path: urls.land('berlin'), status: 'modified', reason: 'Partei von „Neue Vereinbarung“' },
      { path: urls.organisation('dataport'), status: 'modified', reason: 'Partei von „Neue Vereinbarung“' },
      { path: urls.topic('nachnutzung'), status: 'modified', reason: 'Thema von „Neue Vereinbarung“' },
      { path: urls.agreements(), status: 'modified', reason: 'Liste aller Vereinbarungen („Neue Vereinbarung“)' },
      { path: urls.year(2024), status: 'modified', reason: 'Jahr von „Neue Vereinbarung“' },
    ]);
  });

  it('maps organisations, Länder and topics, and keeps code apart from tests and docs', () => {
    const { pages, siteFiles, otherFiles } = changedPages([
      {
        status: 'modified',
        path: 'src/content/organisations/itdz-berlin.yaml',
        text: 'name: IT-Dienstleistungszentrum Berlin\nshortName: ITDZ Berlin\n',
      },
      { status: 'deleted', path: 'src/content/agreements/alt.mdx', text: agreement('Alte Vereinbarung') },
      { status: 'modified', path: 'src/content/topics.yaml' },
      { status: 'modified', path: 'src/components/SourceList.astro' },
      { status: 'modified', path: 'README.md' },
      { status: 'added', path: 'tests/unit/x.test.ts' },
    ]);
    expect(pages.find((page) => page.path === urls.organisation('itdz-berlin'))).toEqual({
      path: '/organisationen/itdz-berlin/',
      status: 'modified',
      reason: 'Organisation „ITDZ Berlin“',
    });
    expect(pages.find((page) => page.path === urls.agreement('alt'))?.status).toBe('deleted');
    expect(pages.map((page) => page.path)).toContain(urls.topics());
    expect(siteFiles).toEqual(['src/components/SourceList.astro']);
    expect(otherFiles).toEqual(['README.md', 'tests/unit/x.test.ts']);
  });

  it('survives records it cannot read', () => {
    const { pages } = changedPages([
      { status: 'modified', path: 'src/content/agreements/kaputt.mdx', text: '---\ntitle: [unclosed\n---\n' },
    ]);
    expect(pages.map((page) => page.path)).toEqual([urls.agreements(), urls.agreement('kaputt')]);
  });

  it('reads git diff --name-status, renames included', () => {
    expect(parseNameStatus('A\tsrc/a.mdx\nM\tsrc/b.mdx\nD\tsrc/c.mdx\nR100\told.mdx\tnew.mdx\n')).toEqual([
      { status: 'added', path: 'src/a.mdx' },
      { status: 'modified', path: 'src/b.mdx' },
      { status: 'deleted', path: 'src/c.mdx' },
      { status: 'deleted', path: 'old.mdx' },
      { status: 'added', path: 'new.mdx' },
    ]);
  });

  it('writes a German summary with the artifact and flags pages missing from the build', () => {
    const result = changedPages([{ status: 'added', path: 'src/content/agreements/neu-2024.mdx', text: agreement('Neu') }]);
    const markdown = summaryMarkdown(result, { artifact: 'website', missing: new Set([urls.agreement('neu-2024')]) });
    expect(markdown).toContain('## Seiten, die diese Änderung betrifft');
    expect(markdown).toContain('Artefakt **website**');
    expect(markdown).toContain('### Neue Seiten (1)');
    expect(markdown).toContain('- `/vereinbarungen/neu-2024/` – Vereinbarung „Neu“ – **fehlt im Build**');
    expect(markdown).toContain('### Geänderte Seiten (5)');
  });
});

describe('npm run changed-pages', () => {
  it('compares with the merge base of a real Git history', () => {
    const root = mkdtempSync(join(tmpdir(), 'changed-pages-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: root,
          stdio: 'pipe',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'T',
            GIT_AUTHOR_EMAIL: 't@example.org',
            GIT_COMMITTER_NAME: 'T',
            GIT_COMMITTER_EMAIL: 't@example.org',
          },
        });
      git('init', '-q', '-b', 'main');
      mkdirSync(join(root, 'src/content/agreements'), { recursive: true });
      writeFileSync(join(root, 'src/content/agreements/bleibt.mdx'), agreement('Bleibt'));
      writeFileSync(join(root, 'src/content/agreements/geht.mdx'), agreement('Geht'));
      git('add', '.');
      git('commit', '-qm', 'base');
      git('checkout', '-qb', 'feature');
      writeFileSync(join(root, 'src/content/agreements/neu-2024.mdx'), agreement('Neu'));
      git('rm', '-q', 'src/content/agreements/geht.mdx');
      git('add', '.');
      git('commit', '-qm', 'change');
      const result = spawnSync(
        process.execPath,
        [join(import.meta.dirname, '../../scripts/changed-pages.ts'), '--base', 'main', '--root', root],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('- `/vereinbarungen/neu-2024/` – Vereinbarung „Neu“');
      expect(result.stdout).toMatch(/### Entfernte Seiten \(1\)\n\n- `\/vereinbarungen\/geht\/` – Vereinbarung „Geht“/);
      expect(result.stdout).not.toContain('bleibt');

      const bad = spawnSync(
        process.execPath,
        [join(import.meta.dirname, '../../scripts/changed-pages.ts'), '--base', 'gibt-es-nicht', '--root', root],
        { encoding: 'utf8' },
      );
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('Der Vergleich mit „gibt-es-nicht“ ist nicht möglich');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
