/**
 * CSV tables of organisations over time: members (since, until, how it ended) and
 * shareholdings (each figure with its "Stand", and the transfers of shares). Rows are
 * built from the API records, so the tables say exactly what the JSON says.
 */
import type { Registry } from '../lib/registry-core.ts';
import type { DateV1, OrganisationV1 } from './api-schema.ts';
import { LIST_SEPARATOR, type Column } from './tables.ts';

type ActorRef = { type: 'organisation' | 'land'; id: string };

interface OrganisationRow {
  org: OrganisationV1;
  /** Names of Länder and organisations, for readable tables. */
  name: (actor: ActorRef | null) => string | null;
}

export type MemberRow = OrganisationRow & { member: OrganisationV1['members'][number] };
export type StakeRow = OrganisationRow & {
  owner: OrganisationV1['owners'][number];
  stake: OrganisationV1['owners'][number]['stakes'][number];
};
export type TransferRow = OrganisationRow & { transfer: OrganisationV1['shareTransfers'][number] };

const sourceUrls = (row: OrganisationRow, ids: string[]) =>
  ids.flatMap((id) => row.org.sources.find((source) => source.id === id)?.url ?? []).join(LIST_SEPARATOR);

/** The columns of a date: as recorded, and its first and last possible day. */
function dateColumns<Row>(name: string, what: string, date: (row: Row) => DateV1 | null): Column<Row>[] {
  return [
    { name, type: 'string', description: `${what} wie erfasst`, value: (row) => date(row)?.value ?? null },
    { name: `${name}Earliest`, type: 'date', description: `${what}: frühester möglicher Tag`, value: (row) => date(row)?.earliest ?? null },
    { name: `${name}Latest`, type: 'date', description: `${what}: spätester möglicher Tag`, value: (row) => date(row)?.latest ?? null },
  ];
}

function organisationColumns<Row extends OrganisationRow>(what: string): Column<Row>[] {
  return [
    { name: 'organisationId', type: 'string', description: `Kennung ${what}`, value: (row) => row.org.id },
    { name: 'organisationName', type: 'string', description: `Name ${what}`, value: (row) => row.org.name },
  ];
}

function actorColumns<Row>(
  prefix: string,
  what: string,
  actor: (row: Row) => ActorRef | null,
  name: (row: Row) => string | null,
): Column<Row>[] {
  return [
    { name: `${prefix}Type`, type: 'string', description: `${what}: organisation oder land`, value: (row) => actor(row)?.type ?? null },
    { name: `${prefix}Id`, type: 'string', description: `${what}: Kennung`, value: (row) => actor(row)?.id ?? null },
    { name: `${prefix}Name`, type: 'string', description: `${what}: Name`, value: name },
  ];
}

export const memberColumns: Column<MemberRow>[] = [
  ...organisationColumns<MemberRow>('der Organisation, deren Mitglied es ist (Genossenschaft, Verein, Zweckverband)'),
  ...actorColumns<MemberRow>(
    'member',
    'Mitglied',
    (row) => row.member,
    (row) => row.name(row.member),
  ),
  ...dateColumns<MemberRow>('since', 'Mitglied seit', (row) => row.member.since),
  ...dateColumns<MemberRow>('until', 'Mitglied bis (Ende wirksam)', (row) => row.member.until),
  { name: 'notice', type: 'string', description: 'Kündigung erklärt am, wie erfasst', value: (row) => row.member.notice?.value ?? null },
  {
    name: 'end',
    type: 'string',
    description: 'Wie die Mitgliedschaft endete (z. B. kuendigung, streichung)',
    value: (row) => row.member.end,
  },
  {
    name: 'agreementId',
    type: 'string',
    description: 'Vereinbarung, mit der die Mitgliedschaft begann',
    value: (row) => row.member.agreement,
  },
  { name: 'sources', type: 'string', description: 'Adressen der Quellen', value: (row) => sourceUrls(row, row.member.sources) },
];

export const stakeColumns: Column<StakeRow>[] = [
  ...organisationColumns<StakeRow>('der Gesellschaft oder Anstalt'),
  ...actorColumns<StakeRow>(
    'owner',
    'Träger oder Gesellschafter',
    (row) => row.owner,
    (row) => row.name(row.owner),
  ),
  {
    name: 'percent',
    type: 'string',
    description: 'Anteil in Prozent (Dezimalpunkt), nur mit dem Stand, den die Quelle nennt',
    value: (row) => (row.stake.percent === null ? null : String(row.stake.percent)),
  },
  {
    name: 'nominal',
    type: 'string',
    description: 'Nennbetrag (Dezimalpunkt)',
    value: (row) => (row.stake.nominal ? String(row.stake.nominal.amount) : null),
  },
  { name: 'currency', type: 'string', description: 'Währung des Nennbetrags', value: (row) => row.stake.nominal?.currency ?? null },
  ...dateColumns<StakeRow>('asOf', 'Stand', (row) => row.stake.asOf),
  { name: 'ownerSince', type: 'string', description: 'Träger seit, wie erfasst', value: (row) => row.owner.since?.value ?? null },
  { name: 'ownerUntil', type: 'string', description: 'Träger bis, wie erfasst', value: (row) => row.owner.until?.value ?? null },
  { name: 'sources', type: 'string', description: 'Adressen der Quellen', value: (row) => sourceUrls(row, row.stake.sources) },
];

export const transferColumns: Column<TransferRow>[] = [
  ...organisationColumns<TransferRow>('der Gesellschaft oder Anstalt'),
  ...dateColumns<TransferRow>('date', 'Übertragung wirksam', (row) => row.transfer.date),
  ...actorColumns<TransferRow>(
    'from',
    'Abgebende Seite',
    (row) => row.transfer.from,
    (row) => row.name(row.transfer.from),
  ),
  ...actorColumns<TransferRow>(
    'to',
    'Erwerbende Seite',
    (row) => row.transfer.to,
    (row) => row.name(row.transfer.to),
  ),
  {
    name: 'percent',
    type: 'string',
    description: 'Übertragener Anteil in Prozent',
    value: (row) => (row.transfer.percent === null ? null : String(row.transfer.percent)),
  },
  {
    name: 'nominal',
    type: 'string',
    description: 'Übertragener Nennbetrag',
    value: (row) => (row.transfer.nominal ? String(row.transfer.nominal.amount) : null),
  },
  { name: 'currency', type: 'string', description: 'Währung', value: (row) => row.transfer.nominal?.currency ?? null },
  {
    name: 'approvals',
    type: 'string',
    description: 'Zustimmungen Dritter: wer, wann, Aktenzeichen',
    value: (row) =>
      row.transfer.approvals
        .map((approval) =>
          [approval.authority, approval.date?.label, approval.fileNumber && `Az. ${approval.fileNumber}`].filter(Boolean).join(', '),
        )
        .join(LIST_SEPARATOR),
  },
  { name: 'sources', type: 'string', description: 'Adressen der Quellen', value: (row) => sourceUrls(row, row.transfer.sources) },
];

/** Resolves names once per table, from the same registry the pages use. */
export function actorNames(registry: Registry) {
  return (actor: ActorRef | null) =>
    actor === null
      ? null
      : actor.type === 'land'
        ? (registry.land(actor.id)?.name ?? actor.id)
        : (registry.organisation(actor.id)?.name ?? actor.id);
}
