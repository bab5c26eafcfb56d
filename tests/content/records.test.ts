/** Runs the validator and some plausibility checks over the real records in src/content. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemas, serialiseJsonSchema } from '../../src/schemas/json-schema.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const { diagnostics, content } = validateContent();

describe('the real records', () => {
  it('pass validation', () => {
    expect(diagnostics).toEqual([]);
  });

  it('hold all 16 Länder with their ISO 3166-2 codes', () => {
    const codes = [...content.laender.values()].map((land) => land.code).sort();
    expect(codes).toEqual([
      'DE-BB',
      'DE-BE',
      'DE-BW',
      'DE-BY',
      'DE-HB',
      'DE-HE',
      'DE-HH',
      'DE-MV',
      'DE-NI',
      'DE-NW',
      'DE-RP',
      'DE-SH',
      'DE-SL',
      'DE-SN',
      'DE-ST',
      'DE-TH',
    ]);
    expect(content.laender.get('bremen')?.wikidata).toBe('Q1209');
    expect(new Set([...content.laender.values()].map((land) => land.wikidata)).size).toBe(16);
  });

  it('are real: no synthetic record, no placeholder source', () => {
    const hosts = [...content.agreements.values()].flatMap((record) =>
      record.data.sources.flatMap((source) => (source.url ? [new URL(source.url).hostname] : [])),
    );
    expect(hosts.filter((host) => /(^|\.)example\.(org|com|net)$/.test(host))).toEqual([]);
    for (const record of content.agreements.values())
      expect(record.id, 'synthetic records live in tests only').not.toMatch(/^synthetisch|^test-/);
  });

  it('cite a source for every step that names its sources, and only sources they list', () => {
    for (const record of content.agreements.values()) {
      const ids = new Set(record.data.sources.flatMap((source) => (source.id ? [source.id] : [])));
      const cited = record.data.parties.flatMap((party) => party.steps.flatMap((step) => step.sources ?? []));
      for (const id of cited) expect(ids.has(id), `${record.id}: ${id}`).toBe(true);
    }
  });
});

describe('generated JSON Schemas', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after a change)', () => {
    for (const [fileName, schema] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(JSON_SCHEMA_DIR, fileName), 'utf8'), fileName).toBe(serialiseJsonSchema(schema));
    }
  });
});
