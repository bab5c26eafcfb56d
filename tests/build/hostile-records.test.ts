/**
 * A build with records that are valid but hostile: every character that needs escaping
 * in every field, and reference data that looks like dates. The build must succeed, show
 * the text as text everywhere, and produce feeds that parse as XML. (The site is shared
 * with other build tests: tests/build/sites.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/hostile-records.ts';
import { extendedSite } from './sites.ts';

let root: string;
let output: string;
let status: number | null;

beforeAll(async () => {
  ({ root, output, status } = await extendedSite());
});

const page = (path: string) => parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

describe('a build with hostile records', () => {
  it('succeeds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  it('reads reference data as the validator does: a seat that looks like a date stays text', () => {
    expect(page(`organisationen/${HOSTILE.organisationId}`).querySelector('main')!.text).toContain(HOSTILE.organisationSeat);
  });

  it('shows titles as text in lists and on the record page, never as markup', () => {
    for (const path of [
      'vereinbarungen',
      `themen/${HOSTILE.topicId}`,
      `organisationen/${HOSTILE.organisationId}`,
      'laender/hamburg',
      'zeitleiste/2024',
    ]) {
      const main = page(path).querySelector('main')!;
      expect(main.text, path).toContain(HOSTILE.title);
      // Markup from the title would become real elements: <em>, <b>, <i> or <script> holding the title's words.
      const fromRecord = main
        .querySelectorAll('em, b, i, script')
        .filter((element) => /„Recht & Ordnung“|^fett$|alert\(|^kursiv$/.test(element.text));
      expect(
        fromRecord.map((element) => element.outerHTML),
        path,
      ).toEqual([]);
    }
    const record = page(`vereinbarungen/${HOSTILE.agreementId}`);
    expect(record.querySelector('h1')!.text.trim()).toBe(HOSTILE.title);
    expect(record.querySelector('main')!.querySelectorAll('script').length).toBe(0);
    for (const script of record.querySelectorAll('script[type="application/ld+json"]')) {
      // Script content is raw text: read it as a browser does, without decoding entities.
      expect(JSON.parse(script.rawText).name).toBe(HOSTILE.title);
    }
  });

  it('writes every feed as well-formed XML, with the record text as text', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'entry',
      trimValues: false,
      parseTagValue: false,
      htmlEntities: false,
    });
    const dir = join(root, 'dist', 'feeds');
    const feeds = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.xml'),
    );
    expect(feeds.length).toBeGreaterThan(30);
    let seen = 0;
    for (const entry of feeds) {
      const xml = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      expect(SyntaxValidator.validate(xml), entry.name).toBe(true);
      const hostile = (parser.parse(xml).feed.entry ?? []).find((item: { id: string }) => item.id.endsWith(`/${HOSTILE.agreementId}/`));
      if (hostile) {
        seen++;
        expect(hostile.title).toBe(HOSTILE.title);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });
});
