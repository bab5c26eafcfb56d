/**
 * Every CSV download, declared once: its file name, title, columns and rows. The one CSV
 * route, datapackage.json and the /daten/ page all read this list, so a new table needs
 * an entry here and nowhere else.
 */
import { SITE } from '../config.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { agreementToV1, organisationToV1, type OpenDataContext } from './api.ts';
import type { AgreementV1 } from './api-schema.ts';
import { actorNames, memberColumns, stakeColumns, transferColumns } from './organisation-tables.ts';
import { partyRows } from './party-rows.ts';
import { agreementColumns, CSV_DIALECT, partyColumns, stepColumns, toCsv, type Column } from './tables.ts';

export interface CsvTable<Row> {
  /** File name without `.csv`, also the resource name in datapackage.json. */
  name: string;
  title: string;
  columns: Column<Row>[];
  rows: (context: OpenDataContext) => Row[];
  primaryKey?: string[];
  /** The column that refers to another table's `id`. */
  refersTo?: { field: string; table: string };
}

const table = <Row>(definition: CsvTable<Row>) => definition;

function agreementsV1(context: OpenDataContext): AgreementV1[] {
  return context.registry.agreements.map((agreement) => agreementToV1(context, agreement.id));
}

function organisationRows(context: OpenDataContext) {
  const name = actorNames(context.registry);
  return context.registry.organisations.map((org) => ({ org: organisationToV1(context, org), name }));
}

export const CSV_TABLES = [
  table({
    name: 'vereinbarungen',
    title: 'Vereinbarungen',
    columns: agreementColumns,
    rows: agreementsV1,
    primaryKey: ['id'],
  }),
  table({
    name: 'parteien',
    title: 'Vertragsparteien je Vereinbarung',
    columns: partyColumns,
    rows: (context) => partyRows(context.registry, (id) => agreementToV1(context, id)),
    refersTo: { field: 'agreementId', table: 'vereinbarungen' },
  }),
  table({
    name: 'schritte',
    title: 'Schritte je Partei (Beschluss, Unterzeichnung, Zustimmung, Genehmigung, Bekanntmachung, Inkrafttreten, Beitritt, Austritt)',
    columns: stepColumns,
    rows: (context) =>
      agreementsV1(context).flatMap((agreement) => [
        ...agreement.parties.flatMap((party) =>
          party.steps.map((step) => ({ agreement, party: { type: party.type, id: party.id, name: party.name }, step })),
        ),
        ...agreement.groups.flatMap((group) =>
          group.steps.map((step) => ({ agreement, party: { type: 'gruppe' as const, id: null, name: group.name }, step })),
        ),
      ]),
    refersTo: { field: 'agreementId', table: 'vereinbarungen' },
  }),
  table({
    name: 'mitgliedschaften',
    title: 'Mitgliedschaften in Genossenschaften, Vereinen und Zweckverbänden im Lauf der Zeit',
    columns: memberColumns,
    rows: (context) => organisationRows(context).flatMap((row) => row.org.members.map((member) => ({ ...row, member }))),
  }),
  table({
    name: 'anteile',
    title: 'Anteile von Trägern und Gesellschaftern, je mit Stand',
    columns: stakeColumns,
    rows: (context) =>
      organisationRows(context).flatMap((row) =>
        row.org.owners.flatMap((owner) => owner.stakes.map((stake) => ({ ...row, owner, stake }))),
      ),
  }),
  table({
    name: 'anteilsuebertragungen',
    title: 'Käufe und Verkäufe von Anteilen',
    columns: transferColumns,
    rows: (context) => organisationRows(context).flatMap((row) => row.org.shareTransfers.map((transfer) => ({ ...row, transfer }))),
  }),
];

/** One CSV table as the file readers download. */
export function csvOf(name: string, context: OpenDataContext): string {
  const found = CSV_TABLES.find((entry) => entry.name === name);
  if (!found) throw new Error(`Unknown CSV table ${name}`);
  return toCsv(found.columns as Column<unknown>[], (found.rows as (context: OpenDataContext) => unknown[])(context));
}

const JSON_RESOURCES = [
  { name: 'vereinbarungen-json', path: 'vereinbarungen.json', title: 'Vereinbarungen mit aufgelösten Verweisen (JSON)' },
  { name: 'organisationen-json', path: 'organisationen.json', title: 'Organisationen (JSON)' },
  { name: 'laender-json', path: 'laender.json', title: 'Länder (JSON)' },
  { name: 'themen-json', path: 'themen.json', title: 'Themen (JSON)' },
  { name: 'loesungen-json', path: 'loesungen.json', title: 'Lösungen (JSON)' },
];

/** The Frictionless Data package (https://datapackage.org) describing all downloads. */
export function dataPackage(dataVersion: { commit?: string | undefined; date: Date }, registryCounts: { agreements: number }) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'kooperationsatlas',
    title: `${SITE.name}: Kooperationsvereinbarungen deutscher öffentlicher Stellen`,
    description:
      'Vereinbarungen zwischen Ländern, ihren IT-Dienstleistern, Ministerien und kommunalen IT-Verbünden, mit Parteien, Daten, Themen und Quellen; Mitgliedschaften und Anteile im Lauf der Zeit.',
    homepage: absoluteUrl(urls.data()),
    version: dataVersion.commit ?? 'lokal',
    created: dataVersion.date.toISOString(),
    licenses: [{ name: SITE.dataLicense.id, path: SITE.dataLicense.url, title: SITE.dataLicense.name }],
    resources: [
      ...CSV_TABLES.map((entry) => ({
        name: entry.name,
        path: `${entry.name}.csv`,
        title: entry.name === 'vereinbarungen' ? `${entry.title} (${registryCounts.agreements})` : entry.title,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: CSV_DIALECT,
        schema: {
          fields: entry.columns.map((column) => ({ name: column.name, type: column.type, description: column.description })),
          ...(entry.primaryKey ? { primaryKey: entry.primaryKey } : {}),
          ...(entry.refersTo
            ? { foreignKeys: [{ fields: [entry.refersTo.field], reference: { resource: entry.refersTo.table, fields: ['id'] } }] }
            : {}),
        },
      })),
      ...JSON_RESOURCES.map((resource) => ({ ...resource, format: 'json', mediatype: 'application/json' })),
    ],
  };
}
