/**
 * The CSV tables for spreadsheets and their Frictionless Data description. Each column is
 * defined once, with its type and German description; the CSV writer, datapackage.json
 * and the /daten/ page all read the same definitions.
 */
import { stringify } from 'csv-stringify/sync';
import { SITE } from '../config.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import type { AgreementV1 } from './api-schema.ts';

export interface Column<Row> {
  name: string;
  type: 'string' | 'date' | 'datetime' | 'boolean';
  description: string;
  value: (row: Row) => string | boolean | null;
}

/** Several values in one cell are separated like this. */
export const LIST_SEPARATOR = '; ';
const list = (values: string[]) => values.join(LIST_SEPARATOR);

export const agreementColumns: Column<AgreementV1>[] = [
  { name: 'id', type: 'string', description: 'Stabile Kennung der Vereinbarung', value: (row) => row.id },
  { name: 'url', type: 'string', description: 'Seite im Atlas', value: (row) => row.url },
  { name: 'title', type: 'string', description: 'Titel', value: (row) => row.title },
  { name: 'kind', type: 'string', description: 'Art (Kennung, z. B. kooperationsvertrag)', value: (row) => row.kind },
  { name: 'status', type: 'string', description: 'Status (Kennung, z. B. unterzeichnet)', value: (row) => row.status },
  { name: 'signed', type: 'string', description: 'Datum der Unterzeichnung wie erfasst: JJJJ-MM-TT, JJJJ-MM, JJJJ-Qn oder JJJJ', value: (row) => row.signed?.value ?? null },
  { name: 'signedPrecision', type: 'string', description: 'Genauigkeit des Datums: day, month, quarter oder year', value: (row) => row.signed?.precision ?? null },
  { name: 'signedEarliest', type: 'date', description: 'Frühester möglicher Tag der Unterzeichnung', value: (row) => row.signed?.earliest ?? null },
  { name: 'signedLatest', type: 'date', description: 'Spätester möglicher Tag der Unterzeichnung', value: (row) => row.signed?.latest ?? null },
  { name: 'place', type: 'string', description: 'Ort der Unterzeichnung', value: (row) => row.place },
  { name: 'parties', type: 'string', description: 'Namen der Vertragsparteien, getrennt durch „; “', value: (row) => list(row.parties.map((party) => party.name)) },
  { name: 'partyIds', type: 'string', description: 'Kennungen der Vertragsparteien, getrennt durch „; “ (Einzelheiten in parteien.csv)', value: (row) => list(row.parties.map((party) => party.id)) },
  { name: 'laender', type: 'string', description: 'ISO-3166-2-Codes der beteiligten Länder, selbst oder über Organisationen', value: (row) => list(row.laender.map((land) => land.code)) },
  { name: 'topics', type: 'string', description: 'Kennungen der Themen', value: (row) => list(row.topics.map((topic) => topic.id)) },
  { name: 'sourceUrls', type: 'string', description: 'Adressen der Quellen', value: (row) => list(row.sources.flatMap((source) => (source.url ? [source.url] : []))) },
  { name: 'summary', type: 'string', description: 'Zusammenfassung', value: (row) => row.summary },
  { name: 'lastChanged', type: 'datetime', description: 'Letzte Änderung des Eintrags', value: (row) => row.lastChanged },
];

export interface PartyRow {
  agreement: AgreementV1;
  party: AgreementV1['parties'][number];
}

export const partyColumns: Column<PartyRow>[] = [
  { name: 'agreementId', type: 'string', description: 'Kennung der Vereinbarung (Spalte id in vereinbarungen.csv)', value: (row) => row.agreement.id },
  { name: 'agreementTitle', type: 'string', description: 'Titel der Vereinbarung', value: (row) => row.agreement.title },
  { name: 'partyType', type: 'string', description: 'organisation oder land', value: (row) => row.party.type },
  { name: 'partyId', type: 'string', description: 'Kennung der Partei', value: (row) => row.party.id },
  { name: 'partyName', type: 'string', description: 'Name der Partei', value: (row) => row.party.name },
  { name: 'role', type: 'string', description: 'Rolle, wenn angegeben', value: (row) => row.party.role },
];

/**
 * Spreadsheets run a cell that starts with =, +, -, @ as a formula. Records come from
 * anyone, so such cells get a leading apostrophe, which spreadsheets show as text.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV for German spreadsheets: UTF-8 with byte order mark, semicolons, CRLF. */
export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null) return '';
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      return defuse(value);
    }));
  return stringify([columns.map((column) => column.name), ...records], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

export const CSV_DIALECT = { delimiter: ';', lineTerminator: '\r\n', header: true, doubleQuote: true, quoteChar: '"' } as const;

function tableSchema<Row>(columns: Column<Row>[]) {
  return columns.map((column) => ({ name: column.name, type: column.type, description: column.description }));
}

/** The Frictionless Data package (https://datapackage.org) describing all downloads. */
export function dataPackage(dataVersion: { commit?: string | undefined; date: Date }, registryCounts: { agreements: number }) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'kooperationsatlas',
    title: `${SITE.name}: Kooperationsvereinbarungen deutscher öffentlicher Stellen`,
    description: 'Vereinbarungen zwischen Ländern, ihren IT-Dienstleistern, Ministerien und kommunalen IT-Verbünden, mit Parteien, Daten, Themen und Quellen.',
    homepage: absoluteUrl(urls.data()),
    version: dataVersion.commit ?? 'lokal',
    created: dataVersion.date.toISOString(),
    licenses: [{ name: SITE.dataLicense.id, path: SITE.dataLicense.url, title: SITE.dataLicense.name }],
    resources: [
      {
        name: 'vereinbarungen',
        path: 'vereinbarungen.csv',
        title: `Vereinbarungen (${registryCounts.agreements})`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: CSV_DIALECT,
        schema: { fields: tableSchema(agreementColumns), primaryKey: ['id'] },
      },
      {
        name: 'parteien',
        path: 'parteien.csv',
        title: 'Vertragsparteien je Vereinbarung',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: CSV_DIALECT,
        schema: {
          fields: tableSchema(partyColumns),
          foreignKeys: [{ fields: ['agreementId'], reference: { resource: 'vereinbarungen', fields: ['id'] } }],
        },
      },
      { name: 'vereinbarungen-json', path: 'vereinbarungen.json', format: 'json', mediatype: 'application/json', title: 'Vereinbarungen mit aufgelösten Verweisen (JSON)' },
      { name: 'organisationen-json', path: 'organisationen.json', format: 'json', mediatype: 'application/json', title: 'Organisationen (JSON)' },
      { name: 'laender-json', path: 'laender.json', format: 'json', mediatype: 'application/json', title: 'Länder (JSON)' },
      { name: 'themen-json', path: 'themen.json', format: 'json', mediatype: 'application/json', title: 'Themen (JSON)' },
    ],
  };
}
