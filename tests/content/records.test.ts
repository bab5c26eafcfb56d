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
      'DE-BB', 'DE-BE', 'DE-BW', 'DE-BY', 'DE-HB', 'DE-HE', 'DE-HH', 'DE-MV',
      'DE-NI', 'DE-NW', 'DE-RP', 'DE-SH', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-TH',
    ]);
    expect(content.laender.get('bremen')?.wikidata).toBe('Q1209');
    expect(new Set([...content.laender.values()].map((land) => land.wikidata)).size).toBe(16);
  });

  it('hold the five seed agreements, the provider agreement implementing the declaration', () => {
    expect([...content.agreements.keys()].sort()).toEqual([
      'berlin-brandenburg-mv-erklaerung-it-dienstleister-2013',
      'dataport-kitu-2019',
      'dvz-itdz-zit-bb-kooperation-2013',
      'it-niedersachsen-dataport-2026',
      'schleswig-holstein-mv-digitale-souveraenitaet-2025',
    ]);
    expect(content.agreements.get('dvz-itdz-zit-bb-kooperation-2013')?.data.related).toEqual([
      { agreement: 'berlin-brandenburg-mv-erklaerung-it-dienstleister-2013', relation: 'setzt-um' },
    ]);
  });

  it('keep dates at the precision the sources give', () => {
    const signed = Object.fromEntries([...content.agreements.values()].map((record) => [record.id, record.data.signed]));
    expect(signed).toMatchObject({
      'it-niedersachsen-dataport-2026': '2026-02-16',
      'dvz-itdz-zit-bb-kooperation-2013': '2013-11',
      'dataport-kitu-2019': '2019-11',
    });
  });

  it('note where sources disagree', () => {
    const notes = (id: string) => content.agreements.get(id)?.data.notes.map((note) => note.text).join(' ') ?? '';
    expect(notes('it-niedersachsen-dataport-2026')).toMatch(/Copilot/);
    expect(notes('schleswig-holstein-mv-digitale-souveraenitaet-2025')).toMatch(/22\. Oktober/);
  });

  it('name Dataport\'s owners: six Länder and the municipal IT-Verbund', () => {
    const owners = content.organisations.get('dataport')?.owners.map((owner) => owner.land ?? owner.org);
    expect(owners?.sort()).toEqual(['bremen', 'hamburg', 'itvsh', 'mecklenburg-vorpommern', 'niedersachsen', 'sachsen-anhalt', 'schleswig-holstein']);
  });
});

describe('generated JSON Schemas', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after a change)', () => {
    for (const [fileName, schema] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(JSON_SCHEMA_DIR, fileName), 'utf8'), fileName).toBe(serialiseJsonSchema(schema));
    }
  });
});
