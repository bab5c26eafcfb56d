import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dateV1 } from '../../src/open-data/api.ts';
import { toCsv, type Column } from '../../src/open-data/tables.ts';

describe('CSV output', () => {
  const columns: Column<{ text: string }>[] = [{ name: 'text', type: 'string', description: 'Text', value: (row) => row.text }];

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = toCsv(columns, [
      { text: '=HYPERLINK("http://evil")' },
      { text: '+1' },
      { text: '@SUM(A1)' },
      { text: '-2+3' },
      { text: 'Kiel' },
    ]);
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as { text: string }[];
    expect(rows.map((row) => row.text)).toEqual(['\'=HYPERLINK("http://evil")', "'+1", "'@SUM(A1)", "'-2+3", 'Kiel']);
  });

  it('quotes semicolons, quotes and line breaks', () => {
    const csv = toCsv(columns, [{ text: 'a; b "c"\nd' }]);
    expect((parse(csv, { bom: true, delimiter: ';', columns: true }) as { text: string }[])[0]?.text).toBe('a; b "c"\nd');
  });
});

describe('dates in the API', () => {
  it('carry value, precision and range', () => {
    expect(dateV1('2019-Q4')).toEqual({
      value: '2019-Q4',
      form: 'exact',
      precision: 'quarter',
      earliest: '2019-10-01',
      latest: '2019-12-31',
      label: '4. Quartal 2019',
      reason: null,
    });
    expect(dateV1('../2019-11')).toEqual({
      value: '../2019-11',
      form: 'before',
      precision: null,
      earliest: null,
      latest: '2019-11-30',
      label: 'spätestens November 2019',
      reason: null,
    });
    expect(dateV1('2019-11/..')).toMatchObject({ form: 'after', earliest: '2019-11-01', latest: null, label: 'frühestens November 2019' });
    expect(dateV1({ unknown: 'Keine Quelle nennt es' })).toEqual({
      value: null,
      form: 'unknown',
      precision: null,
      earliest: null,
      latest: null,
      label: 'unbekannt',
      reason: 'Keine Quelle nennt es',
    });
    expect(dateV1(undefined)).toBeNull();
  });
});

describe('API documentation', () => {
  it('describes every field of agreements and organisations (shown on /daten/)', async () => {
    const { agreementV1, organisationV1, fieldDocs } = await import('../../src/open-data/api-schema.ts');
    expect(
      [...fieldDocs(agreementV1), ...fieldDocs(organisationV1)].filter((field) => !field.description).map((field) => field.name),
    ).toEqual([]);
  });
});
