import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../src/schemas/agreement.ts';
import { partialDate } from '../../src/schemas/common.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';

const minimal = {
  title: 'Kooperationsvereinbarung A und B',
  kind: 'kooperationsvereinbarung',
  summary: 'A und B arbeiten zusammen.',
  status: 'unterzeichnet',
  signed: '2020-05',
  parties: [{ org: 'a' }, { land: 'berlin' }],
  topics: ['nachnutzung'],
  sources: [{ url: 'https://example.org/meldung', title: 'Meldung', publisher: 'Beispiel' }],
};

function issuesOf(value: unknown) {
  const result = agreementSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('partial dates in YAML', () => {
  it("reads back what Astro's YAML parser turns into a Date or a number", () => {
    expect(partialDate.parse(new Date('2026-02-16T00:00:00Z'))).toBe('2026-02-16');
    expect(partialDate.parse(2013)).toBe('2013');
    expect(partialDate.parse('2019-Q4')).toBe('2019-Q4');
  });

  it('rejects impossible dates with a German message', () => {
    const result = partialDate.safeParse('2019-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('gibt es im Kalender nicht');
  });
});

describe('agreement schema', () => {
  it('accepts a minimal record and fills list defaults', () => {
    const data = agreementSchema.parse(minimal);
    expect(data.signatories).toEqual([]);
    expect(data.related).toEqual([]);
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    expect(issuesOf({ ...minimal, titel: 'x' })).toContainEqual(expect.objectContaining({ path: '' }));
  });

  it('allows only web addresses as source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.org']) {
      expect(issuesOf({ ...minimal, sources: [{ url, title: 't', publisher: 'p' }] }), url).toContainEqual(
        expect.objectContaining({ path: 'sources.0.url' }),
      );
    }
  });

  it('allows only web addresses in every URL field, in the schema and in the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const published = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/agreement.schema.json', import.meta.url), 'utf8')));
    const source = minimal.sources[0]!;
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'keine Adresse', 'ftp://example.org']) {
      const cases = [
        [{ ...minimal, sources: [{ ...source, archive: url }] }, 'sources.0.archive'],
        [{ ...minimal, projects: [{ name: 'Projekt', url }] }, 'projects.0.url'],
      ] as const;
      for (const [record, path] of cases) {
        expect(issuesOf(record), `${path}: ${url}`).toContainEqual(expect.objectContaining({ path }));
        // The JSON Schema only knows `format: uri`, so it cannot tell schemes apart (yet): it must at least reject non-URIs.
        if (!url.includes(':')) expect(published(record), `JSON Schema, ${path}: ${url}`).toBe(false);
      }
      expect(
        organisationSchema.safeParse({ name: 'Org', kind: 'sonstige', description: 'x', website: url }).success,
        `website: ${url}`,
      ).toBe(false);
    }
    expect(published(minimal), JSON.stringify(published.errors)).toBe(true);
  });

  it('needs at least one source with a URL', () => {
    expect(issuesOf({ ...minimal, sources: [{ title: 'Heft 75', publisher: 'Magazin' }] })).toContainEqual(
      expect.objectContaining({ path: 'sources' }),
    );
  });

  it('keeps status and signing date consistent', () => {
    expect(issuesOf({ ...minimal, status: 'angekuendigt' })).toContainEqual(expect.objectContaining({ path: 'status' }));
    const { signed: _signed, ...unsigned } = minimal;
    expect(issuesOf(unsigned)).toContainEqual(expect.objectContaining({ path: 'signed' }));
    expect(issuesOf({ ...unsigned, status: 'angekuendigt' })).toEqual([]);
  });

  it('rejects dates in the future', () => {
    expect(issuesOf({ ...minimal, signed: '2999' })).toContainEqual(expect.objectContaining({ path: 'signed' }));
  });

  it('wants events in order and not before the signing', () => {
    const events = [
      { type: 'in-kraft', date: '2020-07-01' },
      { type: 'geaendert', date: '2020-06-01' },
    ];
    const issues = issuesOf({ ...minimal, status: 'in-kraft', events });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'events.1.date' }));
    const early = issuesOf({ ...minimal, status: 'in-kraft', events: [{ type: 'in-kraft', date: '2019-01-01' }] });
    expect(early).toContainEqual(expect.objectContaining({ path: 'events.0.date' }));
  });

  it('lets an announcement come before or after the signing', () => {
    expect(issuesOf({ ...minimal, events: [{ type: 'angekuendigt', date: '2020-04-01' }] })).toEqual([]);
  });

  it('checks that notes cite sources of the same record', () => {
    const withNote = { ...minimal, notes: [{ text: 'Quellen widersprechen sich.', sources: ['fehlt'] }] };
    expect(issuesOf(withNote)).toContainEqual(expect.objectContaining({ path: 'notes.0.sources.0' }));
  });

  it('wants each party exactly once and as either org or land', () => {
    expect(issuesOf({ ...minimal, parties: [{ org: 'a' }, { org: 'a' }] })).toContainEqual(expect.objectContaining({ path: 'parties.1' }));
    expect(issuesOf({ ...minimal, parties: [{ org: 'a', land: 'berlin' }, { org: 'b' }] })).toContainEqual(
      expect.objectContaining({ path: 'parties.0' }),
    );
  });
});

describe('organisation schema', () => {
  it('describes owners with optional shares, each with the date it is valid for, and dates', () => {
    const data = organisationSchema.parse({
      name: 'Dataport',
      kind: 'it-dienstleister',
      description: 'IT-Dienstleister.',
      owners: [{ land: 'hamburg' }, { land: 'sachsen-anhalt', since: 2013 }, { org: 'itvsh', stakes: [{ percent: 5, asOf: 2014 }] }],
    });
    expect(data.owners[1]?.since).toBe('2013');
    expect(data.owners[2]?.stakes).toEqual([{ percent: 5, asOf: '2014' }]);
  });

  it('refuses a share without the date it is valid for', () => {
    const result = organisationSchema.safeParse({
      name: 'X',
      kind: 'sonstige',
      description: 'x',
      owners: [{ org: 'itvsh', stakes: [{ percent: 5 }] }],
    });
    expect(result.success).toBe(false);
    // The old undated form is gone: a percentage never stands without its "Stand".
    expect(organisationSchema.safeParse({ name: 'X', kind: 'sonstige', description: 'x', owners: [{ org: 'a', share: 5 }] }).success).toBe(
      false,
    );
  });

  it('rejects an owner that is neither a Land nor an organisation', () => {
    const result = organisationSchema.safeParse({ name: 'X', kind: 'sonstige', description: 'x', owners: [{ stakes: [] }] });
    expect(result.success).toBe(false);
  });

  it('knows foreign bodies by their country, and never places them in a Land', () => {
    const foreign = { name: 'Ministère', kind: 'auslaendische-stelle', description: 'x', country: 'LU' };
    expect(organisationSchema.safeParse(foreign).success).toBe(true);
    expect(organisationSchema.safeParse({ ...foreign, country: undefined }).success).toBe(false);
    expect(organisationSchema.safeParse({ ...foreign, country: 'XX' }).success).toBe(false);
    expect(organisationSchema.safeParse({ ...foreign, country: 'DE' }).success).toBe(false);
    expect(organisationSchema.safeParse({ ...foreign, land: 'saarland' }).success).toBe(false);
    expect(organisationSchema.safeParse({ ...foreign, kind: 'ministerium' }).success).toBe(false);
  });
});
