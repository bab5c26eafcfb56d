/**
 * /demnaechst/ with a fixed "today": what is due in the next twelve months and what was
 * due in the last three, at the edges of both windows, for dates of every precision.
 */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { datedFacts, type DatedFact } from '../../src/lib/calendar-events.ts';
import { upcomingPage } from '../../src/lib/upcoming-page.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const fact = (uid: string, start: string, end = start, planned = false): DatedFact => ({
  uid,
  kind: 'agreement',
  recordId: uid,
  recordTitle: uid,
  href: `/vereinbarungen/${uid}/`,
  what: 'Inkrafttreten',
  date: start === end ? start : `${start}/${end}`,
  dateLabel: start,
  start,
  end,
  planned,
  about: { laender: [], organisations: [], topics: [] },
});

describe('what is due', () => {
  const today = '2026-07-15';
  const facts = [
    fact('drei-monate-zurueck', '2026-04-15'),
    fact('einen-tag-zu-frueh', '2026-04-14'),
    fact('gestern', '2026-07-14'),
    fact('heute', '2026-07-15'),
    fact('in-zwoelf-monaten', '2027-07-15'),
    fact('einen-tag-zu-spaet', '2027-07-16'),
    // A month that began before today and ends after it: due now.
    fact('dieser-monat', '2026-07-01', '2026-07-31'),
    // A year that began before the window: due until it ends.
    fact('dieses-jahr', '2026-01-01', '2026-12-31'),
    fact('geplant-und-vorbei', '2026-06-01', '2026-06-01', true),
    fact('geplant', '2026-12-01', '2026-12-01', true),
  ];
  const view = upcomingPage(facts, today);

  it('in the next twelve months: from today to the same day a year later, the earliest first', () => {
    expect(view.upcoming.map((due) => due.uid)).toEqual(['dieses-jahr', 'dieser-monat', 'heute', 'geplant', 'in-zwoelf-monaten']);
    expect(view).toMatchObject({ today, until: '2027-07-15', todayLabel: '15. Juli 2026', untilLabel: '15. Juli 2027' });
  });

  it('in the last three months: until yesterday, the latest first', () => {
    expect(view.recent.map((due) => due.uid)).toEqual(['gestern', 'geplant-und-vorbei', 'drei-monate-zurueck']);
    expect(view.since).toBe('2026-04-15');
  });

  it('says when a planned date passed without the fact recorded as done', () => {
    expect(view.recent.find((due) => due.uid === 'geplant-und-vorbei')).toMatchObject({ planned: true, overdue: true });
    expect(view.upcoming.find((due) => due.uid === 'geplant')).toMatchObject({ planned: true, overdue: false });
  });

  it('works on the records: the planned accession of the fixture corpus is due in the year before it', () => {
    const { registry } = registryFromFiles({ root: modelFixtureRoot() });
    const all = datedFacts(registry);
    const planned = all.find((entry) => entry.planned && entry.start === '2027-01-01')!;
    expect(upcomingPage(all, '2026-02-01').upcoming.map((due) => due.uid)).toContain(planned.uid);
    expect(upcomingPage(all, '2025-12-31').upcoming.map((due) => due.uid)).not.toContain(planned.uid);
    expect(upcomingPage(all, '2027-03-01').recent.find((due) => due.uid === planned.uid)).toMatchObject({ overdue: true });
  });
});
