/**
 * The search page's behaviour: full-text search over the Pagefind index with facets,
 * sorting and a shareable URL (/suche/?q=…&land=…&sortierung=…).
 *
 * The same code runs on the published site and in the offline export; what differs
 * (how Pagefind is loaded, how result URLs become links) is passed in.
 *
 * Two Pagefind instances share the same index files. Pagefind counts every facet value
 * for every hit of a search, but only for the facets whose data it has loaded; for the
 * most common word at 10,000 records that counting takes over a second, the search
 * itself well under 100 ms. So one instance ("results") never loads facet data unless a
 * facet is ticked, and answers first; the other ("counts") loads all facet data and
 * delivers the counts afterwards, in a web worker where the browser allows one.
 */
import { ENTRY_KINDS, FACETS, type FacetKey } from './facets.ts';
import { RANKING, SHORT_WORD, exactQuery, hasTypedWord, namesHub, queryWords, typedWordsFirst, wholeWordsFirst } from './ranking.ts';

type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> };

/** The slice of a Pagefind instance (pagefind.js createInstance) this page uses. */
export interface PagefindInstance {
  init(): Promise<void> | void;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** The slice of pagefind.js this page uses. */
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface PagefindPair {
  /** Answers searches fast: no facet data loaded unless a facet is ticked. */
  results: PagefindInstance;
  /** Has all facet data loaded: counts per facet value, delivered after the results. */
  counts: PagefindInstance;
}

/** Creates both instances with the shared options; `worker` for the counting one where allowed. */
export async function pagefindPair(
  module: PagefindModule,
  options: Record<string, unknown>,
  { worker }: { worker: boolean },
): Promise<PagefindPair> {
  const shared = { ...PAGEFIND_OPTIONS, ...options };
  const results = module.createInstance({ ...shared, noWorker: true });
  const counts = module.createInstance({ ...shared, noWorker: !worker });
  await Promise.all([results.init(), counts.init()]);
  return { results, counts };
}

type FilterCounts = Record<string, Record<string, number>>;

interface SearchHit {
  id: string;
  data(): Promise<ResultData>;
}

interface SearchResponse {
  results: SearchHit[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

export interface ResultData {
  url: string;
  raw_url?: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
}

export interface SearchEnvironment {
  /** Loads Pagefind and creates its two instances (see pagefindPair). */
  loadPagefind(): Promise<PagefindPair>;
  /** Turns a result's URL into the link the reader follows. */
  resultHref(result: ResultData): string;
}

type SortKey = 'relevanz' | 'neueste' | 'aelteste';

interface SearchState {
  term: string;
  selected: Record<FacetKey, Set<string>>;
  sort: SortKey;
}

/** Kinds of hub pages, one of which a query may name ("Dataport", "Hamburg"). */
const HUB_KINDS: string[] = Object.values(ENTRY_KINDS).filter((kind) => kind !== ENTRY_KINDS.agreement);
/** How many of the best hits are checked for the query's long words as typed (see ranking.ts). */
const TYPED_CANDIDATES = 30;
/** How many of the best hub pages are checked for the one the query names. */
const HUB_CANDIDATES = 5;

/** Pagefind options shared by the site and the offline export. */
export const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: RANKING } as const;

const PAGE_SIZE = 10;
/** Wait after a keystroke before searching: searching without facet counts is cheap. */
const TYPING_DELAY_MS = 50;
/**
 * Wait after showing results before counting facets: counting the most common word at
 * 10,000 records takes about a second, and a count for a term the reader has typed past
 * would only hold up the next one.
 */
const COUNTS_DELAY_MS = 120;
const FACET_PREVIEW = 8;
/** The class that folds the filters away on phones (search.css). */
const COLLAPSED = 'search-facets--collapsed';

function emptySelection(): Record<FacetKey, Set<string>> {
  return Object.fromEntries(FACETS.map(({ key }) => [key, new Set<string>()])) as Record<FacetKey, Set<string>>;
}

function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selected = emptySelection();
  for (const { key } of FACETS) for (const value of params.getAll(key)) selected[key].add(value);
  const sort = params.get('sortierung');
  return { term: params.get('q')?.trim() ?? '', selected, sort: sort === 'neueste' || sort === 'aelteste' ? sort : 'relevanz' };
}

function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term) params.set('q', state.term);
  for (const { key } of FACETS) for (const value of [...state.selected[key]].sort()) params.append(key, value);
  if (state.sort !== 'relevanz') params.set('sortierung', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function filtersFor(state: SearchState, except?: FacetKey): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const { key } of FACETS) {
    if (key !== except && state.selected[key].size > 0) filters[key] = { any: [...state.selected[key]] };
  }
  return filters;
}

function hasFilters(state: SearchState): boolean {
  return FACETS.some(({ key }) => state.selected[key].size > 0);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt is HTML with <mark> around hits; keep the marks, treat all else as text. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const child of template.content.childNodes) {
    if (child.nodeName === 'MARK') nodes.push(element('mark', {}, child.textContent ?? ''));
    else nodes.push(document.createTextNode(child.textContent ?? ''));
  }
  return nodes;
}

/**
 * A result as a card: kind of entry, kind of agreement, date and status above the title,
 * the parties below it, then the excerpt with the matched words marked.
 */
function resultCard(result: ResultData, href: string): HTMLLIElement {
  const { meta } = result;
  const item = element('li', { class: 'search-result' });
  const facts = [meta.eintrag, meta.art, meta.datum, meta.status && `Status: ${meta.status}`].filter(Boolean).join(' · ');
  if (facts) item.append(element('p', { class: 'search-result__meta' }, facts));
  const title = element('h3', { class: 'search-result__title' });
  title.append(element('a', { href }, meta.title ?? result.url));
  item.append(title);
  if (meta.parteien) item.append(element('p', { class: 'search-result__parties' }, `Parteien: ${meta.parteien}`));
  const excerpt = element('p', { class: 'search-result__excerpt' });
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(excerpt);
  return item;
}

function countLabel(count: number): string {
  return count === 1 ? '1 Ergebnis' : `${count.toLocaleString('de-DE')} Ergebnisse`;
}

export function startSearch(root: HTMLElement, environment: SearchEnvironment): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const ui = root.querySelector<HTMLElement>('[data-search-ui]')!;
  const noScript = root.querySelector<HTMLElement>('[data-search-no-js]');
  const facetsContainer = root.querySelector<HTMLElement>('[data-facets]')!;
  const facetPanel = root.querySelector<HTMLElement>('[data-facet-panel]');
  const facetsToggle = root.querySelector<HTMLButtonElement>('[data-facets-toggle]');
  const facetsActive = root.querySelector<HTMLElement>('[data-facets-active]');
  const resetButton = root.querySelector<HTMLButtonElement>('[data-reset]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  const heading = root.querySelector<HTMLElement>('[data-results-heading]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const emptyTerm = root.querySelector<HTMLElement>('[data-empty-term]')!;
  const emptyReset = root.querySelector<HTMLButtonElement>('[data-empty-reset]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-more]')!;

  noScript?.setAttribute('hidden', '');
  ui.removeAttribute('hidden');

  let state = readState(location.search);
  let pagefind: PagefindPair | undefined;
  let allCounts: FilterCounts = {};
  let sequence = 0;
  let shown = 0;
  /** The hits of the current search in the order shown, with the data loaded so far. */
  let current: { hits: SearchHit[]; data: Map<string, Promise<ResultData>> } | null = null;

  input.value = state.term;
  sortSelect.value = state.sort;

  const setStatus = (message: string) => {
    status.textContent = message;
  };

  const renderFacets = (counts: FilterCounts) => {
    facetsContainer.replaceChildren();
    for (const { key, label } of FACETS) {
      const values = Object.entries(allCounts[key] ?? {})
        .map(([value]) => ({ value, count: counts[key]?.[value] ?? 0, checked: state.selected[key].has(value) }))
        .filter((option) => option.count > 0 || option.checked)
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'de', { numeric: true }));
      if (key === 'jahr') values.sort((a, b) => b.value.localeCompare(a.value));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', { class: 'facet' });
      fieldset.append(element('legend', {}, label));
      const addOption = (parent: HTMLElement, option: (typeof values)[number], index: number) => {
        const id = `facette-${key}-${index}`;
        const wrapper = element('div', { class: 'choice' });
        const checkbox = element('input', { type: 'checkbox', id, name: key, value: option.value });
        checkbox.checked = option.checked;
        const optionLabel = element('label', { for: id }, option.value);
        optionLabel.append(' ', element('span', { class: 'count' }, `(${option.count.toLocaleString('de-DE')})`));
        wrapper.append(checkbox, optionLabel);
        parent.append(wrapper);
      };
      values.slice(0, FACET_PREVIEW).forEach((option, index) => addOption(fieldset, option, index));
      if (values.length > FACET_PREVIEW) {
        const more = element('details', { class: 'facet__more' });
        // Keep the list open if one of its options is ticked.
        if (values.slice(FACET_PREVIEW).some((option) => option.checked)) more.open = true;
        more.append(element('summary', {}, `${values.length - FACET_PREVIEW} weitere`));
        values.slice(FACET_PREVIEW).forEach((option, index) => addOption(more, option, index + FACET_PREVIEW));
        fieldset.append(more);
      }
      facetsContainer.append(fieldset);
    }
    resetButton.hidden = !hasFilters(state);
    const ticked = FACETS.reduce((sum, { key }) => sum + state.selected[key].size, 0);
    if (facetsActive) facetsActive.textContent = ticked === 0 ? '' : `(${ticked} gewählt)`;
  };

  /** A hit's data (URL, excerpt for this search's term, metadata), loaded once per search. */
  const dataOf = (cache: Map<string, Promise<ResultData>>, hit: SearchHit): Promise<ResultData> => {
    let data = cache.get(hit.id);
    if (!data) {
      data = hit.data();
      cache.set(hit.id, data);
    }
    return data;
  };

  const renderResults = async (from: number, mySequence: number) => {
    if (!current) return;
    const { hits, data: cache } = current;
    const slice = hits.slice(from, from + PAGE_SIZE);
    const data = await Promise.all(slice.map((hit) => dataOf(cache, hit)));
    if (mySequence !== sequence) return;
    for (const result of data) list.append(resultCard(result, environment.resultHref(result)));
    shown = from + slice.length;
    moreButton.hidden = shown >= hits.length;
  };

  /** Counts for a facet with ticked values: as if that facet were not ticked (values are alternatives). */
  const facetCounts = async (api: PagefindInstance): Promise<FilterCounts | undefined> => {
    const response = await api.search(state.term || null, { filters: filtersFor(state) });
    if (!response) return undefined;
    const counts: FilterCounts = { ...response.filters };
    for (const { key } of FACETS) {
      if (state.selected[key].size === 0) continue;
      const without = await api.search(state.term || null, { filters: filtersFor(state, key) });
      if (without?.filters[key]) counts[key] = without.filters[key];
    }
    return counts;
  };

  /**
   * The hits in the order shown: Pagefind's ranking, then whole words before prefixes,
   * then a hub page the query names on top (see ranking.ts). Sorting by date keeps the dates' order.
   */
  const orderedHits = async (
    api: PagefindInstance,
    response: SearchResponse,
    cache: Map<string, Promise<ResultData>>,
  ): Promise<SearchHit[]> => {
    if (state.sort !== 'relevanz' || !state.term || response.results.length < 2) return response.results;
    const words = queryWords(state.term).filter((word) => word.length <= SHORT_WORD);
    const exact = await Promise.all(words.map((word) => api.search(exactQuery(word), { filters: filtersFor(state) })));
    let hits = wholeWordsFirst(
      response.results,
      exact.map((found) => new Set(found?.results.map((hit) => hit.id) ?? [])),
    );
    const longWords = queryWords(state.term).filter((word) => word.length > SHORT_WORD);
    if (longWords.length > 0) {
      const checked = hits.slice(0, TYPED_CANDIDATES);
      const texts = await Promise.all(
        checked.map(async (hit) => {
          const data = await dataOf(cache, hit);
          return `${data.meta.title ?? ''} ${data.content ?? ''}`;
        }),
      );
      const typed = new Set(
        checked.filter((_, index) => longWords.every((word) => hasTypedWord(texts[index]!, word))).map((hit) => hit.id),
      );
      hits = [...typedWordsFirst(checked, (hit) => typed.has(hit.id)), ...hits.slice(TYPED_CANDIDATES)];
    }
    // The hub page is looked for among hub pages only: where many agreements name
    // Dataport, its own page may rank far below the first page of results.
    const hubKinds = HUB_KINDS.filter((kind) => state.selected.eintrag.size === 0 || state.selected.eintrag.has(kind));
    if (hubKinds.length === 0) return hits;
    const hubs = await api.search(state.term, { filters: { ...filtersFor(state), eintrag: { any: hubKinds } } });
    const candidates = hubs?.results.slice(0, HUB_CANDIDATES) ?? [];
    const candidateData = await Promise.all(candidates.map((hit) => dataOf(cache, hit)));
    const hub = candidates[candidateData.findIndex((data) => namesHub(state.term, data.meta.title ?? ''))];
    const named = hub ? hits.findIndex((hit) => hit.id === hub.id) : -1;
    if (named > 0) hits = [hits[named]!, ...hits.slice(0, named), ...hits.slice(named + 1)];
    return hits;
  };

  const run = async () => {
    const mySequence = ++sequence;
    if (!pagefind) return;
    const searching = state.term !== '' || hasFilters(state);
    if (!searching) {
      current = null;
      list.replaceChildren();
      empty.hidden = true;
      moreButton.hidden = true;
      heading.textContent = 'Suchbegriff eingeben oder Filter wählen';
      setStatus('');
      renderFacets(allCounts);
      return;
    }
    // Common words in a large atlas can take a moment: say so instead of showing old results.
    const busy = setTimeout(() => {
      if (mySequence === sequence) heading.textContent = 'Suche läuft …';
    }, 150);
    const sort = state.sort === 'relevanz' ? undefined : { datum: state.sort === 'neueste' ? ('desc' as const) : ('asc' as const) };
    const response = await pagefind.results.search(state.term || null, { filters: filtersFor(state), ...(sort ? { sort } : {}) });
    if (!response || mySequence !== sequence) return clearTimeout(busy);
    const cache = new Map<string, Promise<ResultData>>();
    const hits = await orderedHits(pagefind.results, response, cache);
    clearTimeout(busy);
    if (mySequence !== sequence) return;
    current = { hits, data: cache };
    const count = current.hits.length;
    const what = state.term ? ` für „${state.term}“` : '';
    heading.textContent = count ? `${countLabel(count)}${what}` : `Keine Ergebnisse${what}`;
    list.replaceChildren();
    empty.hidden = count > 0;
    emptyTerm.textContent = state.term ? `„${state.term}“` : 'diese Filter';
    emptyReset.hidden = !hasFilters(state);
    moreButton.hidden = true;
    await renderResults(0, mySequence);
    if (mySequence !== sequence) return;
    setStatus(count ? `${countLabel(count)}${what}.` : `Keine Ergebnisse${what}. Hinweise zur Suche folgen.`);
    // The facet counts follow; until then the facets show the previous counts, marked as busy.
    facetsContainer.setAttribute('aria-busy', 'true');
    // Let the browser paint the results, and the reader type on, before counting.
    await new Promise((resolve) => setTimeout(resolve, COUNTS_DELAY_MS));
    if (mySequence !== sequence) return;
    const counts = await facetCounts(pagefind.counts);
    if (mySequence !== sequence || !counts) return;
    renderFacets(counts);
    facetsContainer.removeAttribute('aria-busy');
  };

  const update = (changes: Partial<SearchState>, { push = false } = {}) => {
    state = { ...state, ...changes };
    const url = `${location.pathname}${stateToQuery(state)}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    return run();
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // Fetch the index chunks for the term while waiting whether the reader types on.
    const typed = input.value.trim();
    if (typed && pagefind) void pagefind.results.preload(typed, { filters: filtersFor(state) }).catch(() => undefined);
    typingTimer = setTimeout(() => void update({ term: input.value.trim() }), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void update({ term: input.value.trim() }, { push: true }).then(() => heading.focus());
  });
  facetsContainer.addEventListener('change', (event) => {
    const checkbox = event.target as HTMLInputElement;
    const key = checkbox.name as FacetKey;
    const selected = { ...state.selected, [key]: new Set(state.selected[key]) };
    if (checkbox.checked) selected[key].add(checkbox.value);
    else selected[key].delete(checkbox.value);
    const focusId = checkbox.id;
    // After the facets are drawn anew, keep the keyboard focus on the same option.
    void update({ selected }).then(() => document.getElementById(focusId)?.focus());
  });
  // On phones the filters are folded behind a button before the results (search.css); on
  // wide screens the button is hidden and the filters always show.
  facetsToggle?.addEventListener('click', () => {
    const open = facetsToggle.getAttribute('aria-expanded') !== 'true';
    facetsToggle.setAttribute('aria-expanded', String(open));
    facetPanel?.classList.toggle(COLLAPSED, !open);
  });
  const reset = () => void update({ selected: emptySelection() }).then(() => input.focus());
  resetButton.addEventListener('click', reset);
  emptyReset.addEventListener('click', reset);
  sortSelect.addEventListener('change', () => void update({ sort: sortSelect.value as SortKey }));
  moreButton.addEventListener('click', () => {
    if (!current) return;
    const firstNew = shown;
    void renderResults(shown, sequence).then(() => {
      list.children[firstNew]?.querySelector('a')?.focus();
    });
  });
  addEventListener('popstate', () => {
    state = readState(location.search);
    input.value = state.term;
    sortSelect.value = state.sort;
    void run();
  });

  heading.textContent = 'Suche wird geladen …';
  environment
    .loadPagefind()
    .then(async (api) => {
      pagefind = api;
      allCounts = await api.counts.filters();
      await run();
    })
    .catch((error: unknown) => {
      heading.textContent = 'Die Suche konnte nicht geladen werden';
      setStatus('Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu oder nutzen Sie die Übersichten.');
      console.error(error);
    });
}
