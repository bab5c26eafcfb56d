/**
 * A Git repository with a known history of record files, made in a temporary folder:
 * the fixture for deriving changes (tests/unit/change-log.test.ts and others). Every
 * commit has a fixed date, so that days and months are known; one contribution arrives
 * through a merge, one version of a file cannot be read, one file is renamed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const A = 'src/content/agreements/kooperation-a.mdx';
export const A_RENAMED = 'src/content/agreements/kooperation-hamburg-dataport.mdx';
export const ORG = 'src/content/organisations/test-verbund.yaml';
export const SOLUTION = 'src/content/solutions/test-dienst.yaml';

const source = (id: string, title: string) =>
  [`  - id: ${id}`, `    url: https://example.org/${id}`, `    title: ${title}`, '    publisher: Testverlag'].join('\n');

/** The agreement at each stage of its history. */
export function agreementText({
  status = 'unterzeichnet',
  signed = '2019',
  summary = 'Hamburg und Dataport arbeiten zusammen.',
  place,
  inForce,
  secondSource = false,
}: { status?: string; signed?: string; summary?: string; place?: string; inForce?: string; secondSource?: boolean } = {}): string {
  return [
    '---',
    'title: Kooperation A',
    'kind: kooperationsvereinbarung',
    `summary: ${summary}`,
    `status: ${status}`,
    `signed: ${signed}`,
    ...(place ? [`place: ${place}`] : []),
    'parties:',
    '  - land: hamburg',
    '    steps:',
    '      - { type: zustimmung, planned: 2020-06 }',
    '  - org: dataport',
    ...(inForce ? ['events:', `  - { type: in-kraft, date: ${inForce}, sources: [meldung] }`] : []),
    'topics: [nachnutzung]',
    'sources:',
    source('meldung', 'Meldung zur Kooperation'),
    ...(secondSource ? [source('bericht', 'Bericht über die Kooperation')] : []),
    '---',
    '',
    'Ein erfundener Eintrag.',
    '',
  ].join('\n');
}

export function organisationText({ until, notice }: { until?: string; notice?: string } = {}): string {
  return [
    'name: Test-Verbund eG',
    'kind: kommunaler-it-verbund',
    'land: hamburg',
    'members:',
    '  - org: dataport',
    '    since: 2018-01-01',
    ...(notice ? [`    notice: ${notice}`] : []),
    ...(until ? [`    until: ${until}`] : []),
    'description: Ein erfundener Verbund.',
    '',
  ].join('\n');
}

export interface FixtureRepo {
  root: string;
  /** Commit ids on the published line, oldest first, by name. */
  commits: Record<'start' | 'inForce' | 'broken' | 'fixed' | 'merge' | 'renamed' | 'removed', string>;
  git: (...args: string[]) => string;
  cleanup: () => void;
}

export function fixtureRepo(): FixtureRepo {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-history-'));
  let clock = '';
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: clock, GIT_COMMITTER_DATE: clock },
    });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (date: string, message: string) => {
    clock = date;
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };

  git('init', '-q', '-b', 'main');
  write(A, agreementText());
  write(ORG, organisationText());
  // Not records: the history leaves them out.
  write('src/content/agreements/LIESMICH.txt', 'Kein Eintrag.\n');
  write('src/content/topics.yaml', '- id: nachnutzung\n');
  const start = commit('2026-01-10T10:00:00+01:00', 'Two records');

  write(
    A,
    agreementText({
      status: 'in-kraft',
      signed: '2019-06-18',
      inForce: '2020-01-01',
      secondSource: true,
      summary: 'Hamburg und Dataport arbeiten eng zusammen.',
    }),
  );
  const inForce = commit('2026-02-03T10:00:00+01:00', 'Agreement in force');

  write(A, `${agreementText({ status: 'in-kraft' }).replace('title: Kooperation A', 'title: [Kooperation A')}`);
  const broken = commit('2026-02-20T10:00:00+01:00', 'Broken YAML');

  write(
    A,
    agreementText({
      status: 'in-kraft',
      signed: '2019-06-18',
      inForce: '2020-01-01',
      secondSource: true,
      summary: 'Hamburg und Dataport arbeiten eng zusammen.',
      place: 'Kiel',
    }),
  );
  const fixed = commit('2026-03-05T10:00:00+01:00', 'Fixed, with the place');

  // A contribution on a branch of two commits, merged in one: published on the day of the merge.
  git('checkout', '-q', '-b', 'beitrag');
  write(ORG, organisationText({ notice: '2025-06-30' }));
  commit('2026-03-10T10:00:00+01:00', 'Notice');
  write(ORG, organisationText({ notice: '2025-06-30', until: '2025-12-31' }));
  commit('2026-03-11T10:00:00+01:00', 'Membership ends');
  git('checkout', '-q', 'main');
  clock = '2026-03-20T10:00:00+01:00';
  git('merge', '-q', '--no-ff', '-m', 'Merge beitrag', 'beitrag');
  const merge = git('rev-parse', 'HEAD').trim();

  git('mv', A, A_RENAMED);
  const renamed = commit('2026-03-31T23:30:00+00:00', 'Renamed');

  rmSync(join(root, ORG));
  write(SOLUTION, 'name: Test-Dienst\ndescription: Ein erfundener Dienst.\ntopics: [nachnutzung]\n');
  const removed = commit('2026-04-02T10:00:00+02:00', 'Organisation removed, solution added');

  return {
    root,
    commits: { start, inForce, broken, fixed, merge, renamed, removed },
    git,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
