/**
 * Changes, calendars and "changes since" in the built site: every file parses (iCalendar
 * with ical.js, Atom as XML, JSON against its published schema), points only to pages that
 * exist, and is linked from /daten/ and the pages it belongs to. Properties that hold for
 * any corpus and any history, also an empty one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { changeMonthsV1, changeMonthV1 } from '../../src/open-data/api-schema.ts';
import { FEED_SIZE } from '../../src/open-data/feeds.ts';
import { urls } from '../../src/lib/urls.ts';
import { builtPages, DIST, readPage, SAMPLE } from './site.ts';

const { registry } = registryFromFiles();
const pages = new Set(builtPages());
const file = (path: string) => join(DIST, path);
const json = (path: string) => JSON.parse(readFileSync(file(path), 'utf8'));
const pathOf = (url: string) => new URL(url).pathname;

function validateWithPublishedSchema(schemaFile: string, data: unknown) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(json(`/api/v1/schema/${schemaFile}`));
  return validate(data) ? [] : validate.errors;
}

describe('changes since, per month', () => {
  const index = json(urls.api('aenderungen.json'));

  it('lists the months, each file matching its schemas and holding the changes of its month', () => {
    expect(changeMonthsV1.safeParse(index).error?.issues ?? []).toEqual([]);
    expect(validateWithPublishedSchema('aenderungen-monate-v1.schema.json', index)).toEqual([]);
    let total = 0;
    for (const { month, count, url } of index.data as { month: string; count: number; url: string }[]) {
      const data = json(pathOf(url));
      expect(changeMonthV1.safeParse(data).error?.issues ?? [], month).toEqual([]);
      expect(validateWithPublishedSchema('aenderungen-v1.schema.json', data), month).toEqual([]);
      expect(data.month).toBe(month);
      expect(data.count).toBe(count);
      for (const change of data.data as { date: string; record: { url: string | null }; lines: string[] }[]) {
        // The month in Germany, a line for every change, and only pages that exist.
        expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(change.date)).slice(0, 7)).toBe(month);
        expect(change.lines.length).toBeGreaterThan(0);
        if (change.record.url) expect(pages.has(pathOf(change.record.url)), change.record.url).toBe(true);
      }
      total += count;
    }
    // As many as /aenderungen/ says there are.
    expect(readPage(urls.changes()).querySelector('main')!.text).toContain(total === 1 ? '1 Änderung' : `${total} Änderungen`);
  });
});

describe('feeds of changes', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });
  const feed = (path: string) => {
    const xml = readFileSync(file(path), 'utf8');
    expect(SyntaxValidator.validate(xml), path).toBe(true);
    return parser.parse(xml).feed as { entry?: { id: string; link: { '@_href': string }[] }[] };
  };

  it('exist for the atlas and each Land, organisation and topic, and link to pages that exist', () => {
    const paths = [
      urls.feedChanges(),
      ...registry.laender.map((land) => urls.feedChangesLand(land.id)),
      ...registry.organisations.map((org) => urls.feedChangesOrganisation(org.id)),
      ...registry.topics.map((topic) => urls.feedChangesTopic(topic.id)),
    ];
    for (const path of paths) {
      const entries = feed(path).entry ?? [];
      expect(entries.length).toBeLessThanOrEqual(FEED_SIZE);
      for (const entry of entries) expect(pages.has(pathOf(entry.link[0]!['@_href'])), entry.id).toBe(true);
    }
  });
});

describe('calendars', () => {
  const calendar = (path: string) => {
    const component = new ICAL.Component(ICAL.parse(readFileSync(file(path), 'utf8')));
    return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  };

  it('parse as iCalendar for the atlas and each Land, organisation and topic: all-day entries with unique UIDs, linked to pages', () => {
    const all = calendar(urls.calendarAll());
    expect(new Set(all.map((event) => event.uid)).size).toBe(all.length);
    for (const event of all) {
      expect(event.startDate.isDate && event.endDate.isDate, event.summary).toBe(true);
      expect(event.endDate.compare(event.startDate), event.summary).toBe(1);
      expect(pages.has(pathOf(String(event.component.getFirstPropertyValue('url')))), event.summary).toBe(true);
    }
    const uids = new Set(all.map((event) => event.uid));
    for (const path of [
      ...registry.laender.map((land) => urls.calendarLand(land.id)),
      ...registry.organisations.map((org) => urls.calendarOrganisation(org.id)),
      ...registry.topics.map((topic) => urls.calendarTopic(topic.id)),
    ]) {
      // Each entry of a part is the same entry as in the whole.
      for (const event of calendar(path)) expect(uids.has(event.uid), `${path}: ${event.summary}`).toBe(true);
    }
  });
});

describe('links', () => {
  it('/daten/ links the changes, what is due, the monthly files and the calendar', () => {
    const page = readPage(urls.data());
    for (const href of [urls.changes(), urls.upcoming(), urls.api('aenderungen.json'), urls.calendarAll(), urls.feedChanges()]) {
      expect(page.querySelector(`a[href="${href}"]`), href).not.toBeNull();
    }
  });

  it('each agreement, organisation and solution page shows its changes and links to all of them', () => {
    const recordPages = [
      ...registry.agreements.map((agreement) => urls.agreement(agreement.id)),
      ...registry.organisations.map((org) => urls.organisation(org.id)),
      ...registry.solutions.map((solution) => urls.solution(solution.id)),
    ];
    for (const path of recordPages) {
      const section = readPage(path).querySelector('section[aria-labelledby="aenderungen"]');
      expect(section, path).not.toBeNull();
      expect(section!.querySelector('#aenderungen')!.text.trim()).toBe('Änderungen an diesem Eintrag');
      expect(section!.querySelector(`a[href="${urls.changes()}"]`), path).not.toBeNull();
    }
    const org = readPage(urls.organisation(SAMPLE.organisation.id));
    expect(org.querySelector(`a[href="${urls.calendarOrganisation(SAMPLE.organisation.id)}"]`)).not.toBeNull();
    expect(org.querySelector(`a[href="${urls.feedChangesOrganisation(SAMPLE.organisation.id)}"]`)).not.toBeNull();
  });

  it('each Land and topic page links its feed of changes and its calendar, and they exist', () => {
    for (const [page, feed, ics] of [
      ...registry.laender.map((land) => [urls.land(land.id), urls.feedChangesLand(land.id), urls.calendarLand(land.id)]),
      ...registry.topics.map((topic) => [urls.topic(topic.id), urls.feedChangesTopic(topic.id), urls.calendarTopic(topic.id)]),
    ] as [string, string, string][]) {
      const html = readPage(page);
      for (const href of [feed, ics]) {
        expect(html.querySelector(`a[href="${href}"]`), `${page} → ${href}`).not.toBeNull();
        expect(existsSync(file(href)), href).toBe(true);
      }
    }
  });

  it('every change on /aenderungen/ links its commit and, where it still exists, its record', () => {
    const entries = readPage(urls.changes()).querySelectorAll('.change-list > li');
    for (const entry of entries) {
      expect(entry.querySelector('a[href*="/commit/"]')).not.toBeNull();
      const record = entry.querySelector('.record-title a')?.getAttribute('href');
      if (record) expect(pages.has(record), record).toBe(true);
    }
  });
});
