/**
 * The calendars of dated facts, read back with an iCalendar parser (ical.js): every
 * entry is an all-day entry spanning exactly the days its date may mean, planned ones are
 * tentative, dates known only as a bound are left out, and a UID survives a corrected
 * date and a reordered list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { calendarFacts, datedFacts, monthsBefore, type DatedFact } from '../../src/lib/calendar-events.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { indexByAbout } from '../../src/lib/subscriptions.ts';
import { calendarFile } from '../../src/open-data/calendars.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  /** Exclusive, as in the file. */
  end: string;
  allDay: boolean;
  status: string;
  description: string;
}

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      status: String(component.getFirstPropertyValue('status')),
      description: event.description,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const dataDate = new Date('2026-12-01T12:00:00Z');

function facts(root: string) {
  const { registry, diagnostics } = registryFromFiles({ root });
  expect(diagnostics).toEqual([]);
  return datedFacts(registry);
}

function calendarOf(list: DatedFact[]) {
  return parseCalendar(calendarFile({ title: 'Termine', description: 'Test', pagePath: '/demnaechst/', facts: list, dataDate }));
}

const agreementFile = (root: string, id: string) => join(root, CONTENT_PATHS.agreements, `${id}.mdx`);

describe('calendars of dated facts', () => {
  const root = modelFixtureRoot();
  const all = facts(root);
  const calendar = calendarOf(all);
  const byUid = new Map(calendar.events.map((event) => [event.uid, event]));

  it('parse as iCalendar, one all-day entry per dated fact, each with its own UID', () => {
    expect(calendar.name).toBe('Termine – Kooperationsatlas');
    expect(calendar.events).toHaveLength(all.length);
    expect(byUid.size).toBe(all.length);
    expect(calendar.events.every((event) => event.allDay)).toBe(true);
  });

  it('span exactly the days a date may mean: a day, a month, a year, a range', () => {
    const event = (what: string, record: string) => {
      const fact = all.find((entry) => entry.what === what && entry.recordId === record);
      expect(fact, `${what} – ${record}`).toBeDefined();
      return byUid.get(fact!.uid)!;
    };
    // A day: the day only (DTEND is the next day, exclusive).
    expect(event('Hessen: Unterzeichnung', 'efa-mitnutzung')).toMatchObject({ start: '2018-11-20', end: '2018-11-21' });
    // A month (the supplement was signed in June 2021): the whole month, no invented day.
    expect(event('Unterzeichnung', 'efa-mitnutzung-erste-aenderung')).toMatchObject({ start: '2021-06-01', end: '2021-07-01' });
    // A year: the whole year.
    expect(event('Gemeinde Ried wird Mitglied', 'test-genossenschaft')).toMatchObject({ start: '2017-01-01', end: '2018-01-01' });
    // A range "2013-08/2013-09": August and September.
    expect(event('Unterzeichnung', 'absprache-zeitraum')).toMatchObject({ start: '2013-08-01', end: '2013-10-01' });
  });

  it('leave out dates known only as a bound or not at all', () => {
    const { registry } = registryFromFiles({ root });
    // Signed "spätestens …" and an amendment of unknown date (see tests/unit/quality.test.ts).
    expect(registry.agreement('bund-laender-abkommen')!.data.signed).toMatch(/\.\./);
    expect(all.some((fact) => fact.recordId === 'bund-laender-abkommen' && fact.what === 'Unterzeichnung')).toBe(false);
    expect(all.some((fact) => fact.recordId === 'bund-laender-gruppe' && fact.what === 'Änderung')).toBe(false);
    for (const event of calendar.events) expect(event.description).not.toMatch(/spätestens|frühestens|unbekannt/);
  });

  it('mark planned facts as tentative, happened ones as confirmed', () => {
    const planned = all.find((fact) => fact.planned)!;
    expect(byUid.get(planned.uid)).toMatchObject({ status: 'TENTATIVE', summary: expect.stringContaining('(geplant)') });
    expect(byUid.get(all.find((fact) => !fact.planned)!.uid)!.status).toBe('CONFIRMED');
  });

  it('compute the last day to give notice from the end of a fixed term, and say so', () => {
    const notice = all.find((fact) => fact.what === 'Letzter Tag der Kündigungsfrist' && fact.recordId === 'efa-mitnutzung')!;
    expect(byUid.get(notice.uid)).toMatchObject({ start: '2025-06-30', end: '2025-07-01' });
    expect(byUid.get(notice.uid)!.description).toContain('Berechnet: 6 Monate vor dem Ende der Laufzeit (31. Dezember 2025)');
    expect(monthsBefore('2025-12-31', 6)).toBe('2025-06-30');
    expect(monthsBefore('2025-12-15', 6)).toBe('2025-06-15');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2026-07-15', -12)).toBe('2027-07-15');
  });

  it('keep an entry’s UID when its date is corrected or its list reordered', () => {
    const file = agreementFile(root, 'efa-mitnutzung');
    const original = readFileSync(file, 'utf8');
    const hessen = all.find((fact) => fact.what === 'Hessen: Unterzeichnung' && fact.recordId === 'efa-mitnutzung')!;
    const bayern = all.find((fact) => fact.what === 'Bayern: Unterzeichnung' && fact.recordId === 'efa-mitnutzung')!;
    try {
      // The day is corrected, and Bayern now stands before Hessen.
      const corrected = original.replace(
        '  - land: hessen\n    steps:\n      - { type: unterzeichnung, date: 2018-11-20, sources: [meldung] }\n  - land: bayern\n    steps:\n      - { type: unterzeichnung, date: 2018-11-20, sources: [meldung] }',
        '  - land: bayern\n    steps:\n      - { type: unterzeichnung, date: 2018-11-20, sources: [meldung] }\n  - land: hessen\n    steps:\n      - { type: unterzeichnung, date: 2018-11-22, sources: [meldung] }',
      );
      expect(corrected).not.toBe(original);
      writeFileSync(file, corrected);
      const after = calendarOf(facts(root));
      const moved = after.events.find((event) => event.uid === hessen.uid);
      expect(moved).toMatchObject({ start: '2018-11-22', end: '2018-11-23', summary: expect.stringContaining('Hessen: Unterzeichnung') });
      expect(after.events.find((event) => event.uid === bayern.uid)).toMatchObject({ start: '2018-11-20' });
      // Nothing new, nothing lost: the same entries, one of them on another day.
      expect(after.events.map((event) => event.uid).sort()).toEqual(calendar.events.map((event) => event.uid).sort());
    } finally {
      writeFileSync(file, original);
    }
  });

  it('per Land, organisation and topic hold the facts about them', () => {
    const about = indexByAbout(all);
    const hessen = about('land', 'hessen');
    expect(hessen.some((fact) => fact.what === 'Hessen: Unterzeichnung')).toBe(true);
    expect(hessen.every((fact) => fact.about.laender.includes('hessen'))).toBe(true);
    const cooperative = about('organisation', 'test-genossenschaft').map((fact) => fact.what);
    expect(cooperative).toEqual(
      expect.arrayContaining(['Gründung', 'Stadt am See kündigt die Mitgliedschaft', 'Ende der Mitgliedschaft von Stadt am See']),
    );
    // A member's calendar has its membership too.
    expect(about('organisation', 'stadt-am-see').map((fact) => fact.what)).toContain('Stadt am See wird Mitglied');
    expect(about('topic', 'nachnutzung').every((fact) => fact.about.topics.includes('nachnutzung'))).toBe(true);
    expect(calendarOf(hessen).events).toHaveLength(hessen.length);
  });

  it('keep record text as text: line breaks, commas, semicolons and markup come back exactly', () => {
    const hostile = 'A, B; C\\D <b>fett</b> & „Zitat“\nzweite Zeile';
    const [event] = calendarOf([{ ...all[0]!, what: hostile, recordTitle: hostile }]).events;
    expect(event!.summary).toBe(`${hostile} – ${hostile}`);
    expect(event!.description).toContain(hostile);
  });

  it('reach back twelve months from the day of the build; older facts stay on the record pages', () => {
    const held = calendarFacts(all, '2026-06-30');
    expect(held.every((fact) => fact.end >= '2025-06-30')).toBe(true);
    expect(all.filter((fact) => fact.end >= '2025-06-30').map((fact) => fact.uid)).toEqual(held.map((fact) => fact.uid));
    // The last day to give notice (30 June 2025) is still there, the end of the term too; a member's end in 2023 is not.
    expect(held.map((fact) => fact.what)).toEqual(expect.arrayContaining(['Letzter Tag der Kündigungsfrist', 'Ende der Laufzeit']));
    expect(held.map((fact) => fact.what)).not.toContain('Ende der Mitgliedschaft von Stadt am See');
    expect(calendarFacts(all, '2026-07-01').map((fact) => fact.what)).not.toContain('Letzter Tag der Kündigungsfrist');
  });

  it('stamp each entry with the last change of its own record, so that a change elsewhere leaves the file as it is', () => {
    const changedAt = new Map([[all[0]!.recordId, new Date('2025-03-04T05:06:07Z')]]);
    const text = calendarFile({
      title: 'Termine',
      description: 'Test',
      pagePath: '/demnaechst/',
      facts: all,
      lastChanged: (fact) => changedAt.get(fact.recordId),
      dataDate,
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const stamps = calendar
      .getAllSubcomponents('vevent')
      .map((event) => [event.getFirstPropertyValue('uid'), String(event.getFirstPropertyValue('dtstamp'))]);
    for (const [uid, stamp] of stamps) {
      const fact = all.find((entry) => entry.uid === uid)!;
      expect(stamp).toBe(fact.recordId === all[0]!.recordId ? '2025-03-04T05:06:07Z' : '2026-12-01T12:00:00Z');
    }
    // Another record's change moves only the data's date: the calendar of the first record's facts stays the same.
    const own = all.filter((fact) => fact.recordId === all[0]!.recordId);
    const later = new Date('2026-12-05T00:00:00Z');
    const file = (date: Date) =>
      calendarFile({
        title: 'Termine',
        description: 'Test',
        pagePath: '/',
        facts: own,
        lastChanged: (fact) => changedAt.get(fact.recordId),
        dataDate: date,
      });
    expect(file(later)).toBe(file(dataDate));
  });

  it('stay the same file for the same data', () => {
    const text = calendarFile({ title: 'Termine', description: 'Test', pagePath: '/demnaechst/', facts: all, dataDate });
    expect(calendarFile({ title: 'Termine', description: 'Test', pagePath: '/demnaechst/', facts: facts(root), dataDate })).toBe(text);
  });
});
