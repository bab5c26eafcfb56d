/**
 * The sites several build test files check, each built once per test run (shared-site.ts).
 * Each is a temporary copy of the project with what the tests need added to it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { addHostileRecords } from '../fixtures/hostile-records.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';
import { testAgreement } from '../test-record.ts';
import { runIn, sharedSite } from './shared-site.ts';

/**
 * Commits the records as they are now, on a fixed date, to the copy's own Git repository:
 * the published history that change lists, feeds, "zuletzt geändert" and citations read
 * (src/lib/git-changes.ts, src/lib/git-history.ts).
 */
export function commitRecords(root: string, message: string, date: string) {
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Testredaktion', '-c', 'user.email=redaktion@example.org', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: root,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: 'pipe',
      },
    );
  git('add', '--all', 'src/content');
  git('commit', '--quiet', '-m', message);
}

/** Replaces the project's records with the fixture corpus (tests/fixtures/model-v2 and model-v3). */
function useFixtureRecords(root: string) {
  rmSync(join(root, 'src/content'), { recursive: true });
  cpSync(join(modelFixtureRoot(), 'src/content'), join(root, 'src/content'), { recursive: true });
}

/** An agreement of the fixture corpus, for tests that look at one agreement's files. */
export const FIXTURE_AGREEMENT = 'errichtung-dienstleister';

/**
 * The fixture corpus (tests/fixtures/model-v2), committed to a Git repository of its own,
 * built cold with `astro build`. Its dist/ is kept as `dist-cold/` for reading; the
 * incremental build test alone goes on to change records and build again in the same
 * folder (Astro's cache is tied to the folder).
 */
export const fixtureSite = () =>
  sharedSite('fixture', {
    prepare: (root) => {
      useFixtureRecords(root);
      execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, stdio: 'pipe' });
      commitRecords(root, 'Fixture records', '2026-10-01T10:00:00+02:00');
    },
    command: ['npx', 'astro', 'build'],
    after: (root) => cpSync(join(root, 'dist'), join(root, 'dist-cold'), { recursive: true }),
  });

/** A record with sources read on a day, in a month, and a printed one (tests/build/sources.test.ts). */
export const SOURCES_RECORD = {
  id: 'gelesene-quelle',
  text: testAgreement({
    title: 'Vereinbarung mit gelesener Quelle',
    sources: `
  - url: https://example.org/meldung
    title: Meldung mit Archiv
    publisher: Beispielverlag
    published: 2020-05-04
    accessed: 2024-03-03
    archive: https://web.archive.org/web/2024/https://example.org/meldung
  - url: https://example.org/nur-gelesen
    title: Nur gelesen
    publisher: Beispielverlag
    accessed: 2024-03
  - title: Gedruckt
    publisher: Heft 3`,
  }),
};

/** A contributor's record as `npm run new` writes it (tests/build/new-record.test.ts). */
export const NEW_RECORD = {
  id: 'zebrafinkportal-nachnutzung-test',
  title: 'Nachnutzungsvertrag Zebrafinkportal zwischen Dataport und der KITU',
};

export function createNewRecord(root: string) {
  const created = runIn(root, [
    'npm',
    'run',
    'new',
    '--',
    '--yes',
    '--title',
    NEW_RECORD.title,
    '--kind',
    'nachnutzungsvertrag',
    '--signed',
    '2024-Q2',
    '--party',
    'dataport',
    '--party',
    'kitu',
    '--slug',
    NEW_RECORD.id,
  ]);
  expect(created.status, created.stderr).toBe(0);
  return join(root, `src/content/agreements/${NEW_RECORD.id}.mdx`);
}

/** Fills in what `npm run new` left open, as a contributor does. */
export function fillNewRecord(file: string) {
  const filled = readFileSync(file, 'utf8')
    .replace('summary: ""', 'summary: Die KITU übernimmt das Zebrafinkportal von Dataport für ihre Mitgliedskommunen.')
    .replace('topics: []', 'topics: [nachnutzung]')
    .replace('  - url: ""', '  - url: https://example.org/zebrafinkportal')
    .replace('    title: ""', '    title: Zebrafinkportal wird nachgenutzt')
    .replace('    publisher: ""', '    publisher: Beispielmeldung')
    .replace('    published: ""', '    published: 2024-06')
    .replace(/PLATZHALTER:.*$/m, 'Die Kommunen in Sachsen-Anhalt nutzen künftig das Zebrafinkportal.');
  writeFileSync(file, filled);
}

/**
 * The real records and, added as contributors would: the hostile records
 * (tests/fixtures/hostile-records.ts), a record with read sources, and a record made with
 * `npm run new`; built with `npm run build`.
 */
export const extendedSite = () =>
  sharedSite('extended', {
    prepare: (root) => {
      addHostileRecords(root);
      writeFileSync(join(root, `src/content/agreements/${SOURCES_RECORD.id}.mdx`), SOURCES_RECORD.text);
      fillNewRecord(createNewRecord(root));
    },
  });

/** The operator details a publisher fills in (example values, in a temporary copy only). */
export const OPERATOR = {
  name: 'Beispielverein für offene Verwaltungsdaten e. V.',
  address: ['Musterstraße 1', '12345 Musterstadt'],
  email: 'redaktion@example.org',
};
export const PUBLISHED_URL = 'https://beispiel.github.io/kooperationsatlas';

/**
 * The site as published on <owner>.github.io/<repository>/: operator details and an
 * address below a path in src/config.ts, built for production (npm run build with
 * KOOPERATIONSATLAS_PRODUCTION=1, as the deploy workflow does). With the fixture records:
 * what it checks holds for any records, and a smaller site builds sooner.
 */
export const publishedSite = () =>
  sharedSite('published', {
    prepare: (root) => {
      useFixtureRecords(root);
      const config = join(root, 'src/config.ts');
      const text = readFileSync(config, 'utf8')
        .replace("url: 'https://kooperationsatlas.de'", `url: '${PUBLISHED_URL}'`)
        .replace("name: '' as string,\n    /** Postal", `name: '${OPERATOR.name}' as string,\n    /** Postal`)
        .replace('address: [] as string[],', `address: ${JSON.stringify(OPERATOR.address)} as string[],`)
        .replace("email: '' as string,", `email: '${OPERATOR.email}' as string,`);
      expect(text).toContain(OPERATOR.email);
      expect(text).toContain(PUBLISHED_URL);
      writeFileSync(config, text);
    },
    env: { KOOPERATIONSATLAS_PRODUCTION: '1' },
  });
