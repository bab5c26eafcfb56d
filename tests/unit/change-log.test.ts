/**
 * Changes derived from a Git repository with known commits (tests/change-fixture.ts):
 * every record added, changed, renamed or removed on the published line, in German words,
 * dated when it reached the branch; a version that cannot be read stops nothing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeChange, readChangeLog, type ChangeLog } from '../../src/lib/change-log.ts';
import { changeEntries } from '../../src/lib/change-views.ts';
import type { Names } from '../../src/lib/record-diff.ts';
import { buildRegistry } from '../../src/lib/registry-core.ts';
import { versionCachePath } from '../../src/lib/version-cache.ts';
import { fixtureRepo, type FixtureRepo } from '../change-fixture.ts';

const NAMES: Record<string, string> = { hamburg: 'Hamburg', dataport: 'Dataport', nachnutzung: 'Nachnutzung' };
const name = (id: string) => NAMES[id] ?? id;
const names: Names = { land: name, org: name, topic: name, agreement: name, solution: name };

let repo: FixtureRepo;
let log: ChangeLog;

beforeAll(() => {
  repo = fixtureRepo();
  log = readChangeLog(repo.root);
});
afterAll(() => repo.cleanup());

const summary = (changes: ChangeLog['changes']) =>
  changes.map((change) => [change.commit, `${change.kind} ${change.id}`, change.type, describeChange(change, names)]);

describe('changes from Git history', () => {
  it('says what changed in each commit of the published line, field by field, in German', () => {
    const { start, inForce, broken, fixed, merge, renamed, removed } = repo.commits;
    expect(summary(log.changes)).toEqual([
      [start, 'agreement kooperation-a', 'added', ['Neuer Eintrag']],
      [start, 'organisation test-verbund', 'added', ['Neuer Eintrag']],
      [
        inForce,
        'agreement kooperation-a',
        'modified',
        [
          'Zusammenfassung überarbeitet',
          'Status: unterzeichnet → in Kraft',
          'Datum der Unterzeichnung genauer: 2019 → 18. Juni 2019',
          'Ereignis ergänzt: In Kraft getreten, 1. Januar 2020',
          'Quelle ergänzt: „Bericht über die Kooperation“ (Testverlag)',
        ],
      ],
      [broken, 'agreement kooperation-a', 'modified', ['Datei geändert (nicht lesbar)']],
      // Compared with the last version that could be read.
      [fixed, 'agreement kooperation-a', 'modified', ['Ort der Unterzeichnung ergänzt: Kiel']],
      // Two commits on a branch, published together by the merge.
      [
        merge,
        'organisation test-verbund',
        'modified',
        ['Mitglied bis ergänzt (Dataport): 31. Dezember 2025', 'Kündigung erklärt am ergänzt (Dataport): 30. Juni 2025'],
      ],
      [renamed, 'agreement kooperation-hamburg-dataport', 'modified', ['Kennung geändert: kooperation-a → kooperation-hamburg-dataport']],
      [removed, 'organisation test-verbund', 'removed', ['Eintrag entfernt']],
      [removed, 'solution test-dienst', 'added', ['Neuer Eintrag']],
    ]);
  });

  it('dates a change by its commit on the branch, not by the commits it merged', () => {
    const merged = log.changes.find((change) => change.commit === repo.commits.merge)!;
    expect(merged.date).toBe('2026-03-20T10:00:00+01:00');
  });

  it('follows renames to the id a record has now', () => {
    expect(log.currentId('agreement', 'kooperation-a')).toBe('kooperation-hamburg-dataport');
    expect(log.currentId('organisation', 'test-verbund')).toBe('test-verbund');
  });

  it('reads only a range of commits when asked (release notes between two tags)', () => {
    const range = readChangeLog(repo.root, { range: `${repo.commits.fixed}..HEAD` });
    expect(range.changes.map((change) => change.commit)).toEqual([
      repo.commits.merge,
      repo.commits.renamed,
      repo.commits.removed,
      repo.commits.removed,
    ]);
  });

  it('reads the same with the cache of versions, filled, reused, or broken', () => {
    const plain = summary(log.changes);
    expect(summary(readChangeLog(repo.root, { cache: true }).changes)).toEqual(plain);
    expect(existsSync(versionCachePath(repo.root))).toBe(true);
    // Versions come from the cache now: Git is asked only for the log.
    expect(summary(readChangeLog(repo.root, { cache: true }).changes)).toEqual(plain);
    writeFileSync(versionCachePath(repo.root), 'kein Zwischenstand');
    expect(summary(readChangeLog(repo.root, { cache: true }).changes)).toEqual(plain);
  });

  it('is empty outside a Git checkout, and for an unknown range', () => {
    expect(readChangeLog('/').changes).toEqual([]);
    expect(readChangeLog(repo.root, { range: 'v0..v1' }).changes).toEqual([]);
  });

  it('gives each change its record now, its day and month in Germany, and what it is about', () => {
    const registry = buildRegistry({
      laender: [{ id: 'hamburg', name: 'Hamburg', code: 'DE-HH', ars: '02', wikidata: 'Q1055' }],
      topics: [{ id: 'nachnutzung', label: 'Nachnutzung', description: 'Nachnutzung.' }],
      organisations: [
        {
          id: 'dataport',
          name: 'Dataport',
          kind: 'it-dienstleister',
          description: 'Test.',
          owners: [],
          shareTransfers: [],
          members: [],
          memberCounts: [],
          formerNames: [],
          sources: [],
        },
      ],
      solutions: [],
      agreements: [],
    });
    const entries = changeEntries(log, registry);
    expect(entries.map((entry) => entry.commit)).toEqual(
      [...log.changes]
        .reverse()
        .map((change) => change.commit)
        // Within one commit: agreements, organisations, solutions.
        .sort((a, b) => Object.values(repo.commits).indexOf(b) - Object.values(repo.commits).indexOf(a)),
    );
    const rename = entries.find((entry) => entry.commit === repo.commits.renamed)!;
    // 23:30 UTC on 31 March is 1:30 on 1 April in Germany.
    expect(rename).toMatchObject({
      day: '1. April 2026',
      month: '2026-04',
      recordId: 'kooperation-hamburg-dataport',
      idThen: 'kooperation-hamburg-dataport',
      title: 'Kooperation A',
      typeLabel: 'Geändert',
    });
    // Records no longer (or not) in the atlas have no page to link to.
    expect(rename.href).toBeUndefined();
    const first = entries.find((entry) => entry.commit === repo.commits.start && entry.kind === 'agreement')!;
    expect(first.recordId).toBe('kooperation-hamburg-dataport');
    expect(first.about).toEqual({ laender: ['hamburg'], organisations: ['dataport'], topics: ['nachnutzung'] });
    const org = entries.find((entry) => entry.kind === 'organisation' && entry.type === 'removed')!;
    expect(org.about).toEqual({ laender: ['hamburg'], organisations: ['dataport', 'test-verbund'], topics: [] });
    expect(org.lines).toEqual(['Eintrag entfernt']);
  });
});
