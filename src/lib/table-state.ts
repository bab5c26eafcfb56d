/**
 * The state of a sortable, filterable agreements table and how it reads and writes the
 * page address. Shared by the build (which renders the default state) and the browser
 * script (src/visuals/agreement-table.ts), so both sort the same way.
 */
import { AGREEMENT_FILTERS, labelled } from './filters.ts';

/** The columns, in order; ids are the values of `sortierung` in the address. */
// prettier-ignore -- the header row, kept on one line as it reads on the page
export const TABLE_COLUMNS = labelled({
  titel: 'Titel',
  datum: 'Datum',
  art: 'Art',
  status: 'Status',
  parteien: 'Parteien',
  laender: 'Länder (selbst Vertragspartei)',
  themen: 'Themen',
});
export type ColumnId = (typeof TABLE_COLUMNS)[number]['id'];

/** The filters; ids are the parameter names in the address. */
export const TABLE_FILTERS = labelled(AGREEMENT_FILTERS);
export type FilterId = (typeof TABLE_FILTERS)[number]['id'];

export type Direction = 'ascending' | 'descending';

export interface TableState {
  sort: ColumnId;
  direction: Direction;
  filters: Partial<Record<FilterId, string>>;
}

/** Lists arrive newest first: the order the pages have without JavaScript. */
export const DEFAULT_STATE: TableState = { sort: 'datum', direction: 'descending', filters: {} };

const columnIds = new Set<string>(TABLE_COLUMNS.map((column) => column.id));

export function readState(search: string): TableState {
  const params = new URLSearchParams(search);
  const sort = params.get('sortierung');
  const direction = params.get('richtung');
  const filters: TableState['filters'] = {};
  for (const { id } of TABLE_FILTERS) {
    const value = params.get(id);
    if (value) filters[id] = value;
  }
  const column = sort && columnIds.has(sort) ? (sort as ColumnId) : DEFAULT_STATE.sort;
  return {
    sort: column,
    direction:
      direction === 'auf'
        ? 'ascending'
        : direction === 'ab'
          ? 'descending'
          : column === DEFAULT_STATE.sort
            ? DEFAULT_STATE.direction
            : 'ascending',
    filters,
  };
}

/** The address's query for a state: empty for the default, so plain links stay plain. Other parameters are kept. */
export function writeState(state: TableState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const name of ['sortierung', 'richtung', ...TABLE_FILTERS.map((filter) => filter.id)]) params.delete(name);
  for (const { id } of TABLE_FILTERS) {
    const value = state.filters[id];
    if (value) params.set(id, value);
  }
  if (state.sort !== DEFAULT_STATE.sort || state.direction !== DEFAULT_STATE.direction) {
    params.set('sortierung', state.sort);
    params.set('richtung', state.direction === 'ascending' ? 'auf' : 'ab');
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isDefaultState(state: TableState): boolean {
  return writeState(state) === '';
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/** Compares two sort keys; an empty key (unknown date, no Länder) always comes last. */
export function compareKeys(a: string, b: string, direction: Direction): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const order = collator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** Whether a row with these filter values (each a list of ids) passes every set filter. */
export function matchesFilters(values: Partial<Record<FilterId, string[]>>, filters: TableState['filters']): boolean {
  return TABLE_FILTERS.every(({ id }) => {
    const wanted = filters[id];
    return !wanted || (values[id] ?? []).includes(wanted);
  });
}
