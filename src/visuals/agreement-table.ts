/**
 * Sorting and filtering of the agreements table in the browser (src/components/AgreementTable.astro).
 * Progressive: the table is complete without this script. With it, each column header
 * becomes a button, the filter form appears, and the state lives in the address
 * (`?land=hamburg&sortierung=titel&richtung=auf`), so that reloading or sharing keeps it.
 */
import {
  compareKeys,
  isDefaultState,
  matchesFilters,
  readState,
  TABLE_FILTERS,
  writeState,
  type ColumnId,
  type FilterId,
  type TableState,
} from '../lib/table-state.ts';

const SORTABLE = 'agreement-table--sortable';
/** Wide enough for the table rather than cards (tables.scss): the filters start unfolded. */
const WIDE = '(min-width: 48rem)';

const unit = (count: number) => (count === 1 ? '1 Vereinbarung' : `${count} Vereinbarungen`);

function rowFilters(row: HTMLElement): Partial<Record<FilterId, string[]>> {
  try {
    return JSON.parse(row.dataset.filters ?? '{}') as Partial<Record<FilterId, string[]>>;
  } catch {
    return {};
  }
}

function sortKey(row: HTMLTableRowElement, index: number): string {
  return (row.cells[index] as HTMLElement | undefined)?.dataset.sort ?? '';
}

export function initAgreementTables(): void {
  // Only the first table on a page owns the address; there is one per page today.
  document.querySelectorAll<HTMLElement>('[data-agreement-table]').forEach((root, tableIndex) => setUp(root, tableIndex === 0));
}

function setUp(root: HTMLElement, ownsAddress: boolean): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  if (!table || !body || root.classList.contains(SORTABLE)) return;
  // Also tells the styles that the headers are buttons now (shown above the cards on phones).
  root.classList.add(SORTABLE);
  const headers = [...table.tHead!.rows[0]!.cells].filter(
    (cell): cell is HTMLTableCellElement => cell instanceof HTMLTableCellElement && cell.dataset.column !== undefined,
  );
  const panel = root.querySelector<HTMLDetailsElement>('.table-filters');
  const form = panel?.querySelector('form');
  const status = root.querySelector<HTMLElement>('.table-status')!;
  const total = Number(root.dataset.total ?? '0');
  const loadFrom = JSON.parse(root.dataset.loadFrom ?? '[]') as string[];
  let state: TableState = ownsAddress ? readState(location.search) : readState('');
  let complete = body.rows.length >= total || loadFrom.length === 0;
  let loading: Promise<boolean> | undefined;

  /** Fetches the other pages of the list and adds their rows; false if that is not possible (offline copy). */
  const loadAll = (): Promise<boolean> => {
    if (complete) return Promise.resolve(true);
    loading ??= Promise.all(
      loadFrom.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(String(response.status));
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      }),
    )
      .then((pages) => {
        const known = new Set([...body.rows].map((row) => row.dataset.id));
        for (const page of pages) {
          for (const row of page.querySelectorAll<HTMLTableRowElement>('[data-agreement-table] tbody tr')) {
            if (known.has(row.dataset.id)) continue;
            known.add(row.dataset.id);
            body.append(document.importNode(row, true));
          }
        }
        complete = true;
        // All rows are here now: the page links would only repeat them.
        root.parentElement?.querySelectorAll<HTMLElement>('.pagination, [data-table-more]').forEach((element) => {
          element.hidden = true;
        });
        return true;
      })
      .catch(() => false);
    return loading;
  };

  const render = async () => {
    if (!isDefaultState(state)) await loadAll();
    const columnIndex = [...table.tHead!.rows[0]!.cells].findIndex((cell) => cell.dataset.column === state.sort);
    const rows = [...body.rows];
    const ordered = rows
      .map((row, index) => ({ row, index, key: sortKey(row, columnIndex) }))
      .sort((a, b) => compareKeys(a.key, b.key, state.direction) || a.index - b.index);
    // Ties keep their previous order, which started newest first.
    body.append(...ordered.map(({ row }) => row));
    let shown = 0;
    for (const row of rows) {
      const visible = matchesFilters(rowFilters(row), state.filters);
      row.hidden = !visible;
      if (visible) shown++;
    }
    for (const header of headers) {
      if (header.dataset.column === state.sort) header.setAttribute('aria-sort', state.direction);
      else header.removeAttribute('aria-sort');
    }
    if (form) {
      for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]'))
        select.value = state.filters[select.dataset.filter as FilterId] ?? '';
    }
    const filtered = Object.values(state.filters).some(Boolean);
    const partial = !complete && !isDefaultState(state);
    status.hidden = !filtered && !partial;
    status.textContent = [
      filtered ? `${unit(shown)} von ${complete ? total : rows.length} entsprechen den Filtern.` : '',
      partial
        ? 'Die übrigen Seiten ließen sich nicht laden: Sortierung und Filter gelten nur für die Vereinbarungen auf dieser Seite.'
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (ownsAddress) history.replaceState(history.state, '', `${location.pathname}${writeState(state, location.search)}${location.hash}`);
  };

  for (const header of headers) {
    const column = header.dataset.column as ColumnId;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-button__icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    header.append(button);
    button.addEventListener('click', () => {
      const direction =
        state.sort === column
          ? state.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : column === 'datum'
            ? 'descending'
            : 'ascending';
      state = { ...state, sort: column, direction };
      void render();
    });
  }
  if (panel && form) {
    panel.hidden = false;
    // On phones the filters are folded away, so that the first agreements come first; a
    // view with a filter set shows them.
    panel.open = matchMedia(WIDE).matches || Object.values(state.filters).some(Boolean);
    form.addEventListener('change', (event) => {
      const select = event.target as HTMLSelectElement;
      const id = select.dataset.filter as FilterId | undefined;
      if (!id || !TABLE_FILTERS.some((filter) => filter.id === id)) return;
      state = { ...state, filters: { ...state.filters, [id]: select.value || undefined } };
      void render();
    });
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      state = { ...state, filters: {} };
      void render();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
  }
  if (!isDefaultState(state)) void render();
}
