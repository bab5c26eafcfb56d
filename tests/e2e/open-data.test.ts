/**
 * The downloads parse, match their schemas and agree with the pages: all generated from
 * the same registry, so a difference here is a bug.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import {
  agreementV1,
  collectionV1,
  knownMissingV1,
  knownTotalV1,
  landV1,
  organisationV1,
  solutionV1,
  topicV1,
} from '../../src/open-data/api-schema.ts';
import { FEED_SIZE } from '../../src/open-data/feeds.ts';
import { builtPages, DIST, readPage, SAMPLE } from './site.ts';

interface Involvement {
  id: string;
  code: string;
  direct: boolean;
  via: string[];
  planned: boolean;
}
interface Party {
  id: string;
  steps: unknown[];
}
interface Agreement {
  id: string;
  url: string;
  title: string;
  parties: Party[];
  groups: { steps: unknown[] }[];
  laender: Involvement[];
  related: { id: string; relation: string; direction: string }[];
  signed: { value: string | null } | null;
}

const api = (file: string) => join(DIST, 'api', 'v1', file);
const json = (file: string) => JSON.parse(readFileSync(api(file), 'utf8'));
const agreements = json('vereinbarungen.json');
const agreementPages = builtPages().filter((path) => /^\/vereinbarungen\/[^/]+\/$/.test(path) && !path.includes('/seite/'));

function validateWithPublishedSchema(file: string, data: unknown) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(json(`schema/${file}`));
  const valid = validate(data);
  return valid ? [] : validate.errors;
}

describe('JSON API v1', () => {
  it('lists every agreement, matching the zod schema and the published JSON Schema', () => {
    expect(collectionV1(agreementV1).safeParse(agreements).error?.issues ?? []).toEqual([]);
    expect(validateWithPublishedSchema('vereinbarungen-v1.schema.json', agreements)).toEqual([]);
    expect(agreements.count).toBe(agreementPages.length);
    expect(agreements.license).toMatch(/CC BY 4\.0/);
  });

  it('agrees with the pages: title, parties and topics', () => {
    for (const agreement of agreements.data) {
      const path = new URL(agreement.url).pathname;
      const page = readPage(path);
      expect(page.querySelector('h1')?.text.trim()).toBe(agreement.title);
      const links = new Set(page.querySelectorAll('a').map((link) => link.getAttribute('href')));
      for (const party of agreement.parties) expect(links.has(new URL(party.url).pathname), `${path}: ${party.id}`).toBe(true);
      for (const topic of agreement.topics) expect(links.has(`/themen/${topic.id}/`)).toBe(true);
    }
  });

  it('serves each agreement on its own, identical to its list entry', () => {
    for (const agreement of agreements.data) {
      expect(json(`vereinbarungen/${agreement.id}.json`)).toEqual(agreement);
      expect(validateWithPublishedSchema('vereinbarung-v1.schema.json', agreement)).toEqual([]);
    }
  });

  it('resolves relations in both directions', () => {
    const byId = new Map((agreements.data as Agreement[]).map((agreement) => [agreement.id, agreement]));
    for (const agreement of agreements.data as Agreement[]) {
      for (const related of agreement.related) {
        const back = byId.get(related.id)?.related.find((entry) => entry.id === agreement.id);
        expect(back, `${agreement.id} -> ${related.id}`).toMatchObject({
          relation: related.relation,
          direction: related.direction === 'outgoing' ? 'incoming' : 'outgoing',
        });
      }
    }
  });

  it('keeps dates exactly as the records write them', async () => {
    const { registryFromFiles } = await import('../../scripts/lib/registry-from-files.ts');
    const { registry } = registryFromFiles();
    for (const agreement of agreements.data as Agreement[]) {
      const signed = registry.agreement(agreement.id)?.data.signed;
      expect(agreement.signed?.value ?? null, agreement.id).toBe(typeof signed === 'string' ? signed : null);
    }
  });

  it.each([
    ['organisationen.json', organisationV1, 'organisationen-v1.schema.json'],
    ['laender.json', landV1, 'laender-v1.schema.json'],
    ['themen.json', topicV1, 'themen-v1.schema.json'],
    ['loesungen.json', solutionV1, 'loesungen-v1.schema.json'],
    ['bekannt-nicht-erfasst.json', knownMissingV1, 'bekannt-nicht-erfasst-v1.schema.json'],
    ['gesamtzahlen.json', knownTotalV1, 'gesamtzahlen-v1.schema.json'],
  ] as const)('%s matches its schemas', (file, schema, published) => {
    const data = json(file);
    expect(collectionV1(schema).safeParse(data).error?.issues ?? []).toEqual([]);
    expect(validateWithPublishedSchema(published, data)).toEqual([]);
  });

  it('has all 16 Länder, whose paths of involvement agree with the agreements', () => {
    const laender = json('laender.json');
    expect(laender.count).toBe(16);
    for (const land of laender.data as { id: string; agreements: { id: string; direct: boolean; via: string[]; planned: boolean }[] }[]) {
      const fromAgreements = (agreements.data as Agreement[]).flatMap((agreement) =>
        agreement.laender
          .filter((entry) => entry.id === land.id)
          .map((entry) => ({ id: agreement.id, direct: entry.direct, via: entry.via, planned: entry.planned })),
      );
      expect(
        [...land.agreements].sort((a, b) => a.id.localeCompare(b.id)),
        land.id,
      ).toEqual(fromAgreements.sort((a, b) => a.id.localeCompare(b.id)));
    }
  });

  it('never calls a Land a party unless it or its ministry is one', () => {
    const organisations = new Map(
      (json('organisationen.json').data as { id: string; kind: string; land: string | null }[]).map((org) => [org.id, org]),
    );
    for (const agreement of agreements.data as Agreement[]) {
      for (const land of agreement.laender.filter((entry) => entry.direct)) {
        const party = agreement.parties.some(
          (entry) =>
            entry.id === land.id ||
            (organisations.get(entry.id)?.land === land.id && ['ministerium', 'staatskanzlei'].includes(organisations.get(entry.id)!.kind)),
        );
        expect(party, `${agreement.id}: ${land.id}`).toBe(true);
      }
    }
  });

  it("publishes the records' JSON Schemas exactly as committed in schemas/ (what editors use)", () => {
    const committed = readdirSync('schemas').filter((file) => file.endsWith('.schema.json'));
    expect(committed.length).toBeGreaterThan(0);
    for (const file of committed) expect(json(`schema/${file}`), file).toEqual(JSON.parse(readFileSync(join('schemas', file), 'utf8')));
  });

  it('publishes a record JSON Schema that accepts the real records and rejects a broken one', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(json('schema/agreement.schema.json'));
    for (const record of validateContent().content.agreements.values()) {
      const frontmatter = matter(readFileSync(record.file, 'utf8'), {
        engines: { yaml: (text: string) => load(text, { schema: CORE_SCHEMA }) as object },
      }).data;
      expect(validate(frontmatter), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...frontmatter, projects: [{ name: 'P', url: 'keine Adresse' }] }), record.id).toBe(false);
      expect(validate({ ...frontmatter, unbekannt: 1 }), record.id).toBe(false);
    }
  });
});

describe('CSV tables', () => {
  const datapackage = json('datapackage.json');
  const read = (file: string) => readFileSync(api(file));

  it.each(['vereinbarungen.csv', 'parteien.csv', 'schritte.csv'])('%s opens in spreadsheets: BOM, semicolons, CRLF, umlauts', (file) => {
    const bytes = read(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/[^\r]\n/);
    const withUmlaut = (agreements.data as Agreement[]).find((agreement) => /[äöüß]/.test(agreement.title));
    if (file === 'vereinbarungen.csv' && withUmlaut) expect(text).toContain(withUmlaut.title.match(/\S*[äöüß]\S*/)![0]);
  });

  it('has the columns datapackage.json declares and one row per agreement', () => {
    const rows = parseCsv(read('vereinbarungen.csv'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const resource = datapackage.resources.find((entry: { name: string }) => entry.name === 'vereinbarungen');
    expect(Object.keys(rows[0]!)).toEqual(resource.schema.fields.map((field: { name: string }) => field.name));
    expect(rows.map((row) => row.id).sort()).toEqual(agreements.data.map((agreement: { id: string }) => agreement.id).sort());
    for (const agreement of agreements.data as Agreement[]) {
      const row = rows.find((entry) => entry.id === agreement.id)!;
      expect(row.title?.replace(/^'/, '')).toBe(agreement.title);
      expect(row.signed).toBe(agreement.signed?.value ?? '');
      expect(row.partyIds).toBe(agreement.parties.map((party) => party.id).join('; '));
      expect(row.laenderDirekt).toBe(
        agreement.laender
          .filter((land) => land.direct)
          .map((land) => land.code)
          .join('; '),
      );
      expect(row.laenderMittelbar).toBe(
        agreement.laender
          .filter((land) => !land.direct && land.via.length > 0)
          .map((land) => land.code)
          .join('; '),
      );
    }
  });

  it('lists one row per party step in schritte.csv, and one per step of a party group (named members have theirs as parties)', () => {
    const rows = parseCsv(read('schritte.csv'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const steps = (agreements.data as Agreement[]).reduce(
      (sum, agreement) =>
        sum +
        agreement.parties.reduce((count, party) => count + party.steps.length, 0) +
        agreement.groups.reduce((count, group) => count + group.steps.length, 0),
      0,
    );
    expect(rows).toHaveLength(steps);
  });

  it('lists one row per agreement and party, referring to existing agreements', () => {
    const rows = parseCsv(read('parteien.csv'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const parties = agreements.data.reduce((sum: number, agreement: { parties: unknown[] }) => sum + agreement.parties.length, 0);
    expect(rows).toHaveLength(parties);
    const ids = new Set(agreements.data.map((agreement: { id: string }) => agreement.id));
    expect(rows.every((row) => ids.has(row.agreementId))).toBe(true);
  });

  it('describes every file it names in datapackage.json', () => {
    expect(datapackage.licenses[0].name).toBe('CC-BY-4.0');
    for (const resource of datapackage.resources) expect(existsSync(api(resource.path)), resource.path).toBe(true);
  });
});

describe('Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' || name === 'category' });
  const feed = (path: string) => {
    const xml = readFileSync(join(DIST, path), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    return parser.parse(xml).feed as { title: string; entry?: { id: string; published?: string; title: string }[] };
  };

  it('lists the newest agreements, newest first', () => {
    const all = feed('feeds/vereinbarungen.xml');
    expect(all.entry?.map((entry) => entry.id)).toEqual(
      agreements.data.slice(0, FEED_SIZE).map((agreement: { url: string }) => agreement.url),
    );
    const published = all.entry!.map((entry) => entry.published ?? '');
    expect([...published].sort().reverse()).toEqual(published);
  });

  it('has a feed per Land, organisation and topic with exactly their agreements', () => {
    const ids = (path: string) => (feed(path).entry ?? []).map((entry) => new URL(entry.id).pathname.split('/')[2]).sort();
    const newest = (list: string[]) =>
      (agreements.data as Agreement[])
        .map((agreement) => agreement.id)
        .filter((id) => list.includes(id))
        .slice(0, FEED_SIZE)
        .sort();
    for (const land of json('laender.json').data as { id: string; agreements: { id: string }[] }[]) {
      expect(ids(`feeds/laender/${land.id}.xml`), land.id).toEqual(newest(land.agreements.map((entry) => entry.id)));
    }
    for (const org of json('organisationen.json').data as { id: string; agreements: string[] }[]) {
      expect(ids(`feeds/organisationen/${org.id}.xml`), org.id).toEqual(newest(org.agreements));
    }
    for (const topic of json('themen.json').data as { id: string; agreements: string[] }[]) {
      expect(ids(`feeds/themen/${topic.id}.xml`), topic.id).toEqual(newest(topic.agreements));
    }
  });

  it('is announced in the pages', () => {
    const path = `/laender/${SAMPLE.land.id}/`;
    expect(readPage(path).querySelector(`link[rel="alternate"][href="/feeds/laender/${SAMPLE.land.id}.xml"]`)).not.toBeNull();
  });
});

describe('data quality page', () => {
  it('lists every agreement whose signing date is unknown or only bounded, linked', () => {
    const page = readPage('/daten/qualitaet/');
    const listed = new Set(page.querySelectorAll('.unknown-facts a').map((link) => link.getAttribute('href')));
    for (const agreement of agreements.data as (Agreement & { signed: { form: string } | null })[]) {
      if (agreement.signed && agreement.signed.form !== 'exact')
        expect(listed.has(new URL(agreement.url).pathname), agreement.id).toBe(true);
    }
    expect(page.querySelector('a[href="/mitmachen/"]')).not.toBeNull();
  });
});
