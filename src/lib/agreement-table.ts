/**
 * The agreements table as data: one row per agreement with what each column shows, the
 * key it sorts by and the values the filters match. Pages and the table component only
 * render these rows; the browser script sorts and filters them by the same keys.
 */
import { agreementKinds } from '../schemas/agreement.ts';
import type { DateValue } from '../schemas/dates.ts';
import { inForceStateLabels, type InForceState } from './agreement-facts.ts';
import { inForceOf } from './in-force-view.ts';
import { pageKey, withKey } from './page-key.ts';
import type { InvolvementView } from './involvement-view.ts';
import { partyRole, type PartyRole } from './party-roles.ts';
import { actorUrl, participationLabels, type AgreementView, type PartyView } from './registry-core.ts';
import { TABLE_FILTERS, compareKeys, type ColumnId, type Direction, type FilterId } from './table-state.ts';
import { pageLinks, paginate, PREVIEW_SIZE, type PageLinks } from './pagination.ts';
import { urls } from './urls.ts';

export interface TableLink {
  label: string;
  href: string;
  /** The full name where the label is a short one. */
  title?: string | undefined;
  /** Said after the link, e.g. "Beitritt geplant". */
  note?: string | undefined;
}

/** How the organisation of the page takes part in an agreement: its participation and, where known, its role. */
export interface OrganisationRole {
  /** "Vertragspartei", "Später beigetreten", "Beitritt geplant", "Ausgetreten". */
  participation: string;
  role?: PartyRole | undefined;
}

/** Above this many entries a cell shows a summary ("Bund und 16 Länder") that opens to the full list. */
export const LIST_LIMIT = 5;
/** Topics matter least for telling agreements apart: summed up sooner ("4 Themen"). */
export const TOPIC_LIMIT = 3;

export interface AgreementRow {
  id: string;
  href: string;
  title: string;
  date?: DateValue | undefined;
  /** Why the date is unknown, where it is: the table folds it away (it can be long). */
  dateUnknown?: string | undefined;
  /** The kind as shown, with a soft hyphen where a long compound may break (see breakable). */
  kind: string;
  /** The answer to "is it in force?": "In Kraft seit 1. April 2010", "Beendet am …". */
  status: string;
  /** The in-force state the status column sorts and filters by. */
  state: InForceState;
  parties: TableLink[];
  laender: TableLink[];
  topics: TableLink[];
  /** Where a list is longer than LIST_LIMIT (topics: TOPIC_LIMIT): what it holds in a few words, e.g. "Bund und 16 Länder". */
  summaries: { parties?: string | undefined; laender?: string | undefined; topics?: string | undefined };
  /** How the Land of the page takes part, on a Land's page. */
  involvement?: InvolvementView | undefined;
  /** How the organisation of the page takes part, on an organisation's page. */
  role?: OrganisationRole | undefined;
  /** A remark for a column of its own, e.g. how two compared actors take part. */
  note?: string | undefined;
  sort: Record<ColumnId, string>;
  /** Per filter the ids this row matches, and their names in the same order. */
  filters: Record<FilterId, string[]>;
  filterLabels: Record<FilterId, string[]>;
}

export interface TableItem {
  agreement: AgreementView;
  involvement?: InvolvementView | undefined;
  /** On an organisation's page: its id, for the column saying how it takes part. */
  roleOf?: string | undefined;
  note?: string | undefined;
}

const stateOrder = Object.keys(inForceStateLabels) as InForceState[];
const joined = (links: TableLink[]) => links.map((link) => link.label).join(', ');

/**
 * The names of kinds of agreement are long compounds ("Rahmenkooperationsvereinbarung",
 * "Verwaltungsabkommen") that would set the width of a table column. A soft hyphen
 * before their parts lets the browser break them there when the column is narrow;
 * browsers do not hyphenate German on their own everywhere.
 */
export function breakable(text: string): string {
  return text.replace(/(?<=\p{L}{3})(?=kooperation|vereinbarung|vertrag|abkommen)/gu, '\u00AD');
}

/** "A", "A und B", "A, B und C". */
function listed(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A long party list in a few words: the organisations by name (or their number, if
 * there are many), then the number of Länder: "Bund und 16 Länder", "FITKO, Dataport und
 * 9 Länder". Parties that only plan to join or have left are counted apart, so the
 * summary never makes them parties.
 */
export function partySummary(parties: PartyView[]): string {
  const current = parties.filter((party) => party.participation === 'partei' || party.participation === 'beigetreten');
  const orgs = current.filter((party) => party.actor.kind === 'org').map((party) => party.actor.name);
  const laender = current.filter((party) => party.actor.kind === 'land').map((party) => party.actor.name);
  const parts = [
    ...(orgs.length <= 3 ? orgs : [counted(orgs.length, 'Organisation', 'Organisationen')]),
    ...(laender.length === 1 ? laender : laender.length > 1 ? [counted(laender.length, 'Land', 'Länder')] : []),
  ];
  const planned = parties.filter((party) => party.participation === 'geplant').length;
  const left = parties.filter((party) => party.participation === 'ausgetreten').length;
  const others = [
    planned > 0 ? counted(planned, 'Beitritt geplant', 'Beitritte geplant') : '',
    left > 0 ? counted(left, 'Partei ausgetreten', 'Parteien ausgetreten') : '',
  ].filter(Boolean);
  return [listed(parts), ...others].filter(Boolean).join('; ');
}

function roleIn(agreement: AgreementView, orgId: string): OrganisationRole | undefined {
  const party = agreement.parties.find((entry) => entry.actor.kind === 'org' && entry.actor.id === orgId);
  return party && { participation: participationLabels[party.participation], role: partyRole(agreement, party) };
}

/**
 * What a row shows of the agreement itself is the same in every table it appears in
 * (the full list, each Land's, organisation's and topic's): made once per agreement, with
 * its key for the pages' cache keys, so that a page's key does not serialise every row
 * again (page-key.ts, withKey).
 */
type RowOfAgreement = Omit<AgreementRow, 'involvement' | 'role' | 'note'>;
const rowsOfAgreements = new WeakMap<AgreementView, { row: RowOfAgreement; key: string }>();

export function agreementRow({ agreement, involvement, roleOf, note }: TableItem): AgreementRow {
  let shared = rowsOfAgreements.get(agreement);
  if (!shared) {
    const row = rowOfAgreement(agreement);
    rowsOfAgreements.set(agreement, (shared = { row, key: pageKey(row) }));
  }
  const own = { involvement, role: roleOf === undefined ? undefined : roleIn(agreement, roleOf), note };
  return withKey({ ...shared.row, ...own }, `${shared.key}.${pageKey(own)}`);
}

function rowOfAgreement(agreement: AgreementView): RowOfAgreement {
  const parties: TableLink[] = agreement.parties.map((party) => ({
    label: party.actor.name,
    href: actorUrl(party.actor),
    title: party.actor.kind === 'org' && party.actor.org.name !== party.actor.name ? party.actor.org.name : undefined,
    note: party.participation === 'geplant' ? 'Beitritt geplant' : party.participation === 'ausgetreten' ? 'ausgetreten' : undefined,
  }));
  const direct = agreement.laender.filter((entry) => entry.direct);
  const laender = direct.map((entry) => ({ label: entry.land.name, href: urls.land(entry.land.id) }));
  const topics = agreement.topics.map((topic) => ({ label: topic.label, href: urls.topic(topic.id) }));
  const orgs = agreement.parties.flatMap((party) => (party.actor.kind === 'org' ? [party.actor] : []));
  const kind = agreementKinds.labels[agreement.data.kind];
  const inForce = inForceOf(agreement);
  const status = inForce.label;
  const year = agreement.year === undefined ? [] : [String(agreement.year)];
  return {
    id: agreement.id,
    href: urls.agreement(agreement.id),
    title: agreement.data.title,
    date: agreement.date,
    dateUnknown: typeof agreement.date === 'object' ? agreement.date.unknown : undefined,
    kind: breakable(kind),
    status,
    state: inForce.state,
    parties,
    laender,
    topics,
    summaries: {
      parties: parties.length > LIST_LIMIT ? partySummary(agreement.parties) : undefined,
      laender: laender.length > LIST_LIMIT ? counted(laender.length, 'Land', 'Länder') : undefined,
      topics: topics.length > TOPIC_LIMIT ? counted(topics.length, 'Thema', 'Themen') : undefined,
    },
    sort: {
      titel: agreement.data.title,
      datum: agreement.day ?? '',
      art: kind,
      status: String(stateOrder.indexOf(inForce.state)),
      parteien: joined(parties),
      laender: joined(laender),
      themen: joined(topics),
    },
    filters: {
      land: direct.map((entry) => entry.land.id),
      organisation: orgs.map((actor) => actor.id),
      thema: agreement.topics.map((topic) => topic.id),
      art: [agreement.data.kind],
      status: [inForce.state],
      jahr: year,
    },
    filterLabels: {
      land: direct.map((entry) => entry.land.name),
      organisation: orgs.map((actor) => actor.name),
      thema: agreement.topics.map((topic) => topic.label),
      art: [kind],
      status: [inForceStateLabels[inForce.state]],
      jahr: year,
    },
  };
}

export function agreementRows(items: TableItem[]): AgreementRow[] {
  return items.map(agreementRow);
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** For each filter, the values the rows hold, with how many rows hold each; filters with fewer than two values are left out. */
export function filterOptions(rows: AgreementRow[]): { id: FilterId; label: string; options: FilterOption[] }[] {
  return TABLE_FILTERS.map(({ id, label }) => {
    const options = new Map<string, FilterOption>();
    for (const row of rows) {
      row.filters[id].forEach((value, index) => {
        const option = options.get(value) ?? { value, label: row.filterLabels[id][index] ?? value, count: 0 };
        option.count++;
        options.set(value, option);
      });
    }
    const sorted = [...options.values()].sort((a, b) =>
      id === 'jahr'
        ? Number(b.value) - Number(a.value)
        : id === 'status'
          ? stateOrder.indexOf(a.value as never) - stateOrder.indexOf(b.value as never)
          : a.label.localeCompare(b.label, 'de'),
    );
    return { id, label, options: sorted };
  }).filter((filter) => filter.options.length > 1);
}

/** The rows in the order the table shows for a column and direction (what the browser script does). */
export function sortRows(rows: AgreementRow[], column: ColumnId, direction: Direction): AgreementRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareKeys(a.row.sort[column], b.row.sort[column], direction) || a.index - b.index)
    .map(({ row }) => row);
}

export interface AgreementTableProps {
  rows: AgreementRow[];
  filters: ReturnType<typeof filterOptions>;
  total: number;
  loadFrom: string[];
}

/**
 * A full list split into pages: each page's rows, the filters over the whole list and
 * the other pages, which the browser script fetches before it sorts or filters.
 */
export function agreementTablePages(
  items: TableItem[],
  href: (page: number) => string,
): (AgreementTableProps & { page: { number: number; total: number }; links: PageLinks })[] {
  const rows = agreementRows(items);
  const filters = filterOptions(rows);
  const pages = paginate(rows);
  return pages.map((page) => ({
    page: { number: page.number, total: page.total },
    links: pageLinks(page.number, page.total, href),
    rows: page.items,
    filters,
    total: rows.length,
    loadFrom: pages.filter((other) => other.number !== page.number).map((other) => href(other.number)),
  }));
}

/**
 * The first agreements of a Land, organisation, topic or solution for its page. If there
 * are more, `href` gives the pages of the full list (which exist only then).
 */
export function agreementTablePreview(items: TableItem[], href?: (page: number) => string): AgreementTableProps {
  const rows = agreementRows(items);
  const more = rows.length > PREVIEW_SIZE && href !== undefined;
  return {
    rows: more ? rows.slice(0, PREVIEW_SIZE) : rows,
    filters: filterOptions(rows),
    total: rows.length,
    loadFrom: more ? paginate(rows).map((page) => href(page.number)) : [],
  };
}
