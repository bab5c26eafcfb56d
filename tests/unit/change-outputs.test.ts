/**
 * What the change history becomes: Atom feeds (read back with an XML parser), the monthly
 * "changes since" files (checked against their published schema), the pages of
 * /aenderungen/ and the history section of a record page, from the fixture repository.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChangeLog } from '../../src/lib/change-log.ts';
import { changeEntries, type ChangeEntry } from '../../src/lib/change-views.ts';
import { changesPages } from '../../src/lib/changes-page.ts';
import { recordHistory } from '../../src/lib/record-history.ts';
import { buildRegistry } from '../../src/lib/registry-core.ts';
import { indexByAbout } from '../../src/lib/subscriptions.ts';
import { changeMonthV1, changeMonthsV1 } from '../../src/open-data/api-schema.ts';
import { changeFeed } from '../../src/open-data/change-feeds.ts';
import { changeMonthFile, changeMonths, changeMonthsFile } from '../../src/open-data/change-files.ts';
import { fixtureRepo, type FixtureRepo } from '../change-fixture.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'link'].includes(name),
  trimValues: false,
  parseTagValue: false,
  htmlEntities: false,
});

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

let repo: FixtureRepo;
let changes: ChangeEntry[];

beforeAll(() => {
  repo = fixtureRepo();
  changes = changeEntries(readChangeLog(repo.root), registry);
});
afterAll(() => repo.cleanup());

describe('feeds of changes', () => {
  it('are Atom documents whose entries are the changes, newest first, as text', () => {
    const xml = changeFeed({
      title: 'Änderungen',
      description: 'Alle Änderungen <&>',
      feedPath: '/feeds/aenderungen.xml',
      pagePath: '/aenderungen/',
      changes,
      dataDate: new Date('2026-12-01T00:00:00Z'),
    });
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed as {
      subtitle: string;
      updated: string;
      entry: { title: string; id: string; updated: string; summary: string }[];
    };
    expect(feed.subtitle).toBe('Alle Änderungen <&>');
    expect(feed.entry).toHaveLength(changes.length);
    expect(feed.updated).toBe(new Date(changes[0]!.date).toISOString());
    const inForce = feed.entry.find((entry) => entry.summary.includes('Status: unterzeichnet → in Kraft'))!;
    expect(inForce.title).toBe('Geändert: Kooperation A');
    expect(inForce.summary).toBe(
      'Vereinbarung „Kooperation A“, 3. Februar 2026: Zusammenfassung überarbeitet; Status: unterzeichnet → in Kraft; Datum der Unterzeichnung genauer: 2019 → 18. Juni 2019; Ereignis ergänzt: In Kraft getreten, 1. Januar 2020; Quelle ergänzt: „Bericht über die Kooperation“ (Testverlag).',
    );
    // Each change has one id, the same in every feed.
    expect(new Set(feed.entry.map((entry) => entry.id)).size).toBe(changes.length);
  });

  it('keep record text as text: markup, entities and quotes come back exactly as written', () => {
    const hostile = 'A & B <script>alert(1)</script> "x" \'y\' ]]> &amp;';
    const entry = { ...changes[0]!, title: hostile, lines: [`Titel: alt → ${hostile}`] };
    const xml = changeFeed({
      title: hostile,
      description: hostile,
      feedPath: '/f.xml',
      pagePath: '/',
      changes: [entry],
      dataDate: new Date(0),
    });
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed as { entry: { title: string; summary: string }[] };
    expect(feed.entry[0]!.title).toBe(`${entry.typeLabel}: ${hostile}`);
    expect(feed.entry[0]!.summary).toContain(`Titel: alt → ${hostile}`);
    expect(xml).not.toContain('<script>');
  });

  it('per Land, organisation and topic hold the changes about them', () => {
    const about = indexByAbout(changes);
    expect(about('land', 'hamburg').length).toBe(changes.filter((change) => change.kind !== 'solution').length);
    expect(about('organisation', 'test-verbund').map((change) => change.type)).toEqual(['removed', 'modified', 'added']);
    expect(about('topic', 'nachnutzung').every((change) => change.about.topics.includes('nachnutzung'))).toBe(true);
  });
});

describe('changes since, one file per month', () => {
  const context = () => ({
    registry,
    lastChanged: () => undefined,
    dataVersion: { commit: 'abc1234', date: new Date('2026-12-01T00:00:00Z') },
  });

  it('has a file for each month with changes, in German time, newest first', () => {
    expect(changeMonths(changes).map(({ month, changes: list }) => [month, list.length])).toEqual([
      ['2026-04', 3],
      ['2026-03', 2],
      ['2026-02', 2],
      ['2026-01', 2],
    ]);
    const index = changeMonthsFile(context(), changes);
    expect(changeMonthsV1.safeParse(index).error?.issues ?? []).toEqual([]);
    expect(index.data[0]).toEqual({ month: '2026-04', count: 3, url: 'https://kooperationsatlas.de/api/v1/aenderungen/2026-04.json' });
  });

  it('lists every change of its month with its record, commit and words', () => {
    const [april] = changeMonths(changes);
    const file = changeMonthFile(context(), april!.month, april!.changes);
    expect(changeMonthV1.safeParse(file).error?.issues ?? []).toEqual([]);
    expect(file).toMatchObject({ apiVersion: 'v1', month: '2026-04', count: 3, dataVersion: 'abc1234' });
    expect(file.data.map((change) => [change.record.kind, change.record.id, change.change, change.lines])).toEqual([
      ['organisation', 'test-verbund', 'removed', ['Eintrag entfernt']],
      ['solution', 'test-dienst', 'added', ['Neuer Eintrag']],
      ['agreement', 'kooperation-hamburg-dataport', 'modified', ['Kennung geändert: kooperation-a → kooperation-hamburg-dataport']],
    ]);
    expect(file.data[2]!.commit).toBe(repo.commits.renamed);
  });
});

describe('the pages of changes', () => {
  it('/aenderungen/ pages hold every change once, grouped by day', () => {
    const pages = changesPages(changes, 4);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3].map((number) => ({ number, total: 3 })));
    const shown = pages.flatMap((page) => page.days.flatMap((day) => day.entries.map((entry) => entry.key)));
    expect(shown).toEqual(changes.map((change) => change.key));
    expect(pages[0]!.days.map((day) => day.day)).toEqual(['2. April 2026', '1. April 2026', '20. März 2026']);
  });

  it('a record’s history has its own changes, renames followed, newest first', () => {
    const history = recordHistory(changes, 'agreement', 'kooperation-hamburg-dataport', {
      filePath: 'src/content/agreements/kooperation-hamburg-dataport.mdx',
    });
    expect(history.entries.map((entry) => [entry.day, entry.typeLabel, entry.lines[0]])).toEqual([
      ['1. April 2026', 'Geändert', 'Kennung geändert: kooperation-a → kooperation-hamburg-dataport'],
      ['5. März 2026', 'Geändert', 'Ort der Unterzeichnung ergänzt: Kiel'],
      ['20. Februar 2026', 'Geändert', 'Datei geändert (nicht lesbar)'],
      ['3. Februar 2026', 'Geändert', 'Zusammenfassung überarbeitet'],
      ['10. Januar 2026', 'Neu', 'Neuer Eintrag'],
    ]);
    expect(history.older).toBe(0);
    expect(history.fileHistoryHref).toMatch(/\/commits\/main\/src\/content\/agreements\/kooperation-hamburg-dataport\.mdx$/);
    expect(recordHistory(changes, 'agreement', 'unbekannt').entries).toEqual([]);
  });
});
