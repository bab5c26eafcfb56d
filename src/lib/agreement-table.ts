/**
 * The agreements table as data: one row per agreement with what each column shows, the
 * key it sorts by and the values the filters match. Pages and the table component only
 * render these rows; the browser script sorts and filters them by the same keys.
 */
import { agreementKinds } from '../schemas/agreement.ts';
import type { DateValue } from '../schemas/dates.ts';
import { inForceStateLabels, type InForceState } from './agreement-facts.ts';
import { inForceOf } from './in-force-view.ts';
import type { InvolvementView } from './involvement-view.ts';
import { actorUrl, type AgreementView } from './registry-core.ts';
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

export interface AgreementRow {
  id: string;
  href: string;
  title: string;
  date?: DateValue | undefined;
  kind: string;
  /** The answer to "is it in force?": "In Kraft seit 1. April 2010", "Beendet am …". */
  status: string;
  /** The in-force state the status column sorts and filters by. */
  state: InForceState;
  parties: TableLink[];
  laender: TableLink[];
  topics: TableLink[];
  /** How the Land of the page takes part, on a Land's page. */
  involvement?: InvolvementView | undefined;
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
  note?: string | undefined;
}

const stateOrder = Object.keys(inForceStateLabels) as InForceState[];
const joined = (links: TableLink[]) => links.map((link) => link.label).join(', ');

export function agreementRow({ agreement, involvement, note }: TableItem): AgreementRow {
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
    kind,
    status,
    state: inForce.state,
    parties,
    laender,
    topics,
    involvement,
    note,
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
