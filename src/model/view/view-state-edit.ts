/**
 * Pure edits of a view state, for links and controls: each returns a new canonical state. Changing
 * what is shown (filters, dates, search, order) goes back to page 1, since the old page number
 * would point into a different list. Ids are normalized first, so `gb` toggles the `GB` already
 * selected; a malformed id changes nothing.
 */
import { createViewState, normalizeFacetValue, type Facet, type SortOrder, type ViewState } from './view-state.ts';

function withFilter(state: ViewState, facet: Facet, include: readonly string[], exclude: readonly string[]): ViewState {
  return createViewState({ ...state, filters: { ...state.filters, [facet]: { include, exclude } }, page: 1 });
}

/** Includes `id` in its facet, or removes it if it is already included; an excluded `id` becomes included. */
export function toggleInclude(state: ViewState, facet: Facet, value: string): ViewState {
  const id = normalizeFacetValue(facet, value);
  if (id === null) return state;
  const { include, exclude } = state.filters[facet];
  return include.includes(id)
    ? withFilter(state, facet, without(include, id), exclude)
    : withFilter(state, facet, [...include, id], without(exclude, id));
}

/** Excludes `id` from its facet ("not Windows"), or lifts the exclusion; an included `id` becomes excluded. */
export function toggleExclude(state: ViewState, facet: Facet, value: string): ViewState {
  const id = normalizeFacetValue(facet, value);
  if (id === null) return state;
  const { include, exclude } = state.filters[facet];
  return exclude.includes(id)
    ? withFilter(state, facet, include, without(exclude, id))
    : withFilter(state, facet, without(include, id), [...exclude, id]);
}

/** Drops `id` from its facet, whether included or excluded. */
export function removeValue(state: ViewState, facet: Facet, value: string): ViewState {
  const id = normalizeFacetValue(facet, value);
  if (id === null) return state;
  const { include, exclude } = state.filters[facet];
  return withFilter(state, facet, without(include, id), without(exclude, id));
}

/** Drops every included and excluded value of one facet. */
export function clearFacet(state: ViewState, facet: Facet): ViewState {
  return withFilter(state, facet, [], []);
}

/** Drops all facet values and the date range, keeping the search, its order and whether off-topic posts count. */
export function clearFilters(state: ViewState): ViewState {
  return createViewState({ q: state.q, sort: state.sort, all: state.all });
}

/** Drops everything: the empty view, page 1. */
export function clearAll(): ViewState {
  return createViewState();
}

/**
 * Sets the date range; `null` leaves that end open. A malformed day is dropped and a reversed range
 * swapped, since a picker that lets someone choose the end first means the same days.
 */
export function setDateRange(state: ViewState, from: string | null, to: string | null): ViewState {
  return createViewState({ ...state, from, to, page: 1 });
}

/** Narrows the date range to one calendar year (a year bucket's link). */
export function setYear(state: ViewState, year: number): ViewState {
  const y = String(year).padStart(4, '0');
  return setDateRange(state, `${y}-01-01`, `${y}-12-31`);
}

/**
 * Sets the search text, normalized as the URL keeps it (trimmed, spaces collapsed): a search input
 * should keep its own draft text and call this when it commits. Starting a search sorts by
 * relevance; refining one keeps the chosen order.
 */
export function setQuery(state: ViewState, q: string): ViewState {
  const sort: SortOrder = state.q === '' ? 'relevance' : state.sort;
  return createViewState({ ...state, q, sort, page: 1 });
}

/** Sets the order; `relevance` without a search stays `date`. */
export function setSort(state: ViewState, sort: SortOrder): ViewState {
  return createViewState({ ...state, sort, page: 1 });
}

/** Goes to a page (from 1); anything else means page 1. */
export function setPage(state: ViewState, page: number): ViewState {
  return createViewState({ ...state, page });
}

function without(values: readonly string[], id: string): string[] {
  return values.filter((value) => value !== id);
}

/** Shows every post (`true`) or security news only (`false`), from page 1. */
export function setShowAll(state: ViewState, all: boolean): ViewState {
  return createViewState({ ...state, all, page: 1 });
}

/** Every post holding one value of a facet, and nothing else filtered: an entity's posts (`/?actor=lazarus-group`). */
export function valueView(facet: Facet, value: string): ViewState {
  return createViewState({ filters: { [facet]: { include: [value] } } });
}
