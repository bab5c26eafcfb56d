/**
 * Every feed the site generates (all, per Land, organisation and topic) parses as XML
 * with records that put characters needing escaping into every field, and shows them as
 * text, exactly as written: no HTML content, no markup taken from records.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { atomFeed, xmlAttribute, xmlText } from '../../src/open-data/feeds.ts';
import { addHostileRecords, HOSTILE } from '../fixtures/hostile-records.ts';
import { copyOfRealContent } from '../validator/helpers.ts';

type Registry = ReturnType<typeof registryFromFiles>['registry'];
type Agreement = Registry['agreements'][number];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
  // Keep text exactly as written: no trimming, no number parsing, entities decoded once.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: false,
});

interface ParsedEntry {
  title: string | { '#text': string; type?: string };
  summary: string | { '#text': string; type?: string };
  id: string;
  category?: { term: string; label: string }[];
}

function parseFeed(xml: string) {
  expect(SyntaxValidator.validate(xml), xml.slice(0, 400)).toBe(true);
  return parser.parse(xml).feed as { title: string; subtitle: string; entry?: ParsedEntry[] };
}

const textOf = (value: ParsedEntry['title']) => (typeof value === 'string' ? value : value['#text']);

const feedOf = (title: string, agreements: Agreement[]) =>
  atomFeed({
    title,
    description: `Beschreibung: ${title}`,
    feedPath: '/feeds/test.xml',
    pagePath: '/',
    agreements,
    lastChanged: () => undefined,
    dataDate: new Date('2026-01-01T00:00:00Z'),
  });

describe('Atom feeds with hostile records', () => {
  let registry: Registry;
  const feeds = new Map<string, string>();

  beforeAll(() => {
    const root = copyOfRealContent();
    addHostileRecords(root);
    const result = registryFromFiles({ root });
    expect(result.diagnostics).toEqual([]);
    registry = result.registry;
    // The same feeds, with the same titles, as src/pages/feeds/ builds.
    feeds.set('alle', feedOf('Neue Vereinbarungen', registry.agreements));
    for (const land of registry.laender) {
      feeds.set(
        `land ${land.id}`,
        feedOf(
          `Vereinbarungen mit Beteiligung von ${land.name}`,
          registry.agreementsOfLand(land.id).map(({ agreement }) => agreement),
        ),
      );
    }
    for (const org of registry.organisations)
      feeds.set(`org ${org.id}`, feedOf(`Vereinbarungen von ${org.name}`, registry.agreementsOfOrganisation(org.id)));
    for (const topic of registry.topics)
      feeds.set(`thema ${topic.id}`, feedOf(`Vereinbarungen zum Thema ${topic.label}`, registry.agreementsOfTopic(topic.id)));
  });

  it('every generated feed is well-formed XML', () => {
    expect(feeds.size).toBeGreaterThan(30);
    for (const [name, xml] of feeds) expect(() => parseFeed(xml), name).not.toThrow();
  });

  it('emits titles and summaries as text, exactly as in the record', () => {
    for (const name of ['alle', 'land hamburg', `org ${HOSTILE.organisationId}`, `thema ${HOSTILE.topicId}`]) {
      const xml = feeds.get(name)!;
      expect(xml).not.toMatch(/type="html"|CDATA/);
      const entry = parseFeed(xml).entry?.find((candidate) => candidate.id.endsWith(`/vereinbarungen/${HOSTILE.agreementId}/`));
      expect(entry, name).toBeDefined();
      expect(textOf(entry!.title)).toBe(HOSTILE.title);
      expect(textOf(entry!.summary)).toContain(HOSTILE.summary);
      expect(textOf(entry!.summary)).toContain(HOSTILE.organisationShortName);
      expect(entry!.category).toContainEqual(expect.objectContaining({ term: HOSTILE.topicId, label: HOSTILE.topicLabel }));
    }
  });

  it('keeps markup from records out of the element structure', () => {
    const xml = feeds.get('alle')!;
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
  });

  it('escapes titles of feeds built from names', () => {
    expect(parseFeed(feeds.get(`org ${HOSTILE.organisationId}`)!).title).toBe(
      `Vereinbarungen von ${HOSTILE.organisationName} – Kooperationsatlas`,
    );
    expect(parseFeed(feeds.get(`thema ${HOSTILE.topicId}`)!).subtitle).toBe(`Beschreibung: Vereinbarungen zum Thema ${HOSTILE.topicLabel}`);
  });

  it('drops characters XML cannot carry, should one ever get past the validator', () => {
    const [first] = registry.agreements;
    const broken = { ...first!, data: { ...first!.data, title: 'Titel\u0000mit\u001bSteuer\uFFFEzeichen\uD800' } } as Agreement;
    const entry = parseFeed(feedOf('Test\u0007', [broken])).entry![0]!;
    expect(textOf(entry.title)).toBe('TitelmitSteuerzeichen');
  });
});

describe('XML escaping', () => {
  it('escapes element text and attributes', () => {
    expect(xmlText(`a & b < c > d " e ' f`)).toBe(`a &amp; b &lt; c &gt; d " e ' f`);
    expect(xmlAttribute(`a & b < c > d " e ' f\ng`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#10;g');
  });
});
