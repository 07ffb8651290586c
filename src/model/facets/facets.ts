/**
 * The facet engine: which posts a view selects, and how many posts each facet value would give.
 * Within a facet included values combine with OR, across facets with AND; excluded values remove
 * every post holding one of them. Counts are disjunctive: a facet is counted as if its own
 * selection were cleared, with every other facet, the date range and the search applied.
 * Built once per collection over bitsets and flat posting lists, so a recount is bitwise work.
 */
import { type Bitset, andInto, andNotInto, bitsetOf, clearBit, emptyBitset, fullBitset, hasBit } from './bitset.ts';
import { countInRange, type DayIndex, dayNumber, indexDayNumbers, rangeBitset, rangeSize, type RowRange, rowsBetween, yearOfDayNumber } from './day-index.ts';
import { baseRows, type CountBase, countBase, countValues, createFacetData, type FacetData, type FacetValueCount, rankValues } from './facet-count.ts';
import { addPostings, type FacetColumnIndex, indexFacetColumn } from './facet-index.ts';
import type { PostTable } from './post-table.ts';
import { FACETS, type Facet, type FacetSelection, type KnownValues, type SortOrder, type ViewState } from '../view/view-state.ts';

export type { FacetValueCount } from './facet-count.ts';

/**
 * What a query reads from a view: the filters, the date range, whether off-topic posts count
 * (`all`; by default only security news does) and, optionally, the order.
 */
export type FacetView = Pick<ViewState, 'filters' | 'from' | 'to'> & { all?: boolean; sort?: SortOrder };

/** Posts per calendar year, under every filter but the date range. */
export interface YearCount {
  year: number;
  count: number;
}

/** The answer to one query. */
export interface FacetResult {
  /** Matching rows, newest first; in the search's order when sorting by relevance with a search. */
  rows: Uint32Array;
  total: number;
  /** Every value of each facet by count, then name; then selected values the collection lacks (count 0). */
  facets: Record<Facet, FacetValueCount[]>;
  /** Every year from the oldest post's to the newest's, ascending, empty years included. */
  years: YearCount[];
  /** Posts the view would also match if off-topic posts counted; 0 when they do (`all`). */
  hidden: number;
}

/** Display names per facet, used to label and order values; sources default to the table's names. */
export interface FacetEngineOptions {
  names?: Partial<Record<Facet, ReadonlyMap<string, string>>>;
}

/** A collection indexed for faceted queries. */
export interface FacetEngine {
  size: number;
  /** The values present in the collection, per facet, for `parseViewState`. */
  known: KnownValues;
  /**
   * The posts a view selects and the counts of every facet. `search`, when given, holds the rows
   * that match the full-text query (best first): it is ANDed in, and counts reflect it. Ids are
   * compared as given, so pass views from `parseViewState` or `createViewState` (canonical case).
   */
  query(view: FacetView, search?: ArrayLike<number> | null): FacetResult;
  /** The rows a view selects, as `query` gives them, without counting any facet: for charts of the view. */
  rows(view: FacetView, search?: ArrayLike<number> | null): Uint32Array;
}

/** A row set that restricts the result: one facet's selection, the date range, the search, or security news only. */
interface Mask {
  owner: Facet | 'date' | 'search' | 'relevance';
  bits: Bitset;
}

/** The table column behind a facet. */
export function facetColumn(table: PostTable, facet: Facet): ArrayLike<readonly string[]> {
  switch (facet) {
    case 'actor':
      return table.actors;
    case 'victim':
      return table.victims;
    case 'origin':
      return table.origins;
    case 'region':
      return table.regions;
    case 'platform':
      return table.platforms;
    case 'malware':
      return table.malware;
    case 'source':
      return table.source.map((id) => (id === null ? [] : [id]));
    case 'language':
      return table.language.map((code) => [code]);
  }
}

/** Indexes a post table; do it once per collection and keep the engine. */
export function createFacetEngine(table: PostTable, options: FacetEngineOptions = {}): FacetEngine {
  const size = table.size;
  const facets = {} as Record<Facet, FacetData>;
  for (const facet of FACETS) {
    const index = indexFacetColumn(facetColumn(table, facet));
    const given = options.names?.[facet] ?? table.names[facet];
    facets[facet] = createFacetData(index, index.ids.map((id) => given?.get(id) ?? id));
  }
  const days = indexDayNumbers(table.dayNumber);
  const security = bitsetOf(size, table.security);
  const years = yearRanges(days);
  const known = Object.fromEntries(FACETS.map((facet) => [facet, facets[facet].index.numberById])) as KnownValues;

  function masksOf(view: FacetView, search: ArrayLike<number> | null | undefined): Mask[] {
    const masks: Mask[] = [];
    for (const facet of FACETS) {
      const selection = view.filters[facet];
      if (selection.include.length > 0 || selection.exclude.length > 0) {
        masks.push({ owner: facet, bits: facetMask(facets[facet].index, selection, size) });
      }
    }
    if (view.from !== null || view.to !== null) {
      masks.push({ owner: 'date', bits: rangeBitset(rowsBetween(days, dayOrNull(view.from), dayOrNull(view.to)), size) });
    }
    if (search !== undefined && search !== null) masks.push({ owner: 'search', bits: bitsetOf(size, search) });
    if (view.all !== true) masks.push({ owner: 'relevance', bits: security });
    return masks;
  }

  function rowsOfResult(result: CountBase | null, view: FacetView, search: ArrayLike<number> | null | undefined): Uint32Array {
    if (result === null) return allRows(size);
    if (search !== undefined && search !== null && view.sort === 'relevance') return rankedRows(result, search);
    return baseRows(result);
  }

  function rows(view: FacetView, search?: ArrayLike<number> | null): Uint32Array {
    return rowsOfResult(intersect(masksOf(view, search), null), view, search);
  }

  function query(view: FacetView, search?: ArrayLike<number> | null): FacetResult {
    const masks = masksOf(view, search);
    // A facet without a selection of its own is counted over the result itself, sharing its row list.
    const result = intersect(masks, null);
    const baseFor = (owner: Mask['owner']) => (masks.some((mask) => mask.owner === owner) ? intersect(masks, owner) : result);
    const counts = {} as Record<Facet, FacetValueCount[]>;
    for (const facet of FACETS) {
      const data = facets[facet];
      counts[facet] = rankValues(data, countValues(data.index, baseFor(facet), size), view.filters[facet], size);
    }
    const yearBase = baseFor('date');
    const selected = rowsOfResult(result, view, search);
    // The same view with off-topic posts: every mask but the relevance one (none left: every post).
    const withOffTopic = view.all === true ? selected.length : (intersect(masks, 'relevance')?.count ?? size);
    return {
      hidden: withOffTopic - selected.length,
      rows: selected,
      total: selected.length,
      facets: counts,
      years: years.map(({ year, range }) => ({ year, count: yearBase === null ? rangeSize(range) : countInRange(yearBase.bits, range) })),
    };
  }
  return { size, known, query, rows };
}

function dayOrNull(day: string | null): number | null {
  return day === null ? null : dayNumber(day);
}

/** The rows of every year from the first post's to the last's. */
function yearRanges(days: DayIndex): { year: number; range: RowRange }[] {
  if (days.size === 0) return [];
  const first = yearOfDayNumber(days.prefixMin[days.size - 1] ?? 0);
  const last = yearOfDayNumber(days.suffixMax[0] ?? 0);
  const out: { year: number; range: RowRange }[] = [];
  for (let year = first; year <= last; year++) {
    const from = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const to = dayNumber(`${String(year).padStart(4, '0')}-12-31`);
    if (from !== null && to !== null) out.push({ year, range: rowsBetween(days, from, to) });
  }
  return out;
}

/** The rows one facet's selection allows: any included value (all rows if none), minus excluded ones. */
function facetMask(index: FacetColumnIndex, selection: FacetSelection, size: number): Bitset {
  const bits = selection.include.length === 0 ? fullBitset(size) : emptyBitset(size);
  for (const id of selection.include) {
    const value = index.numberById.get(id);
    // An id no post holds includes nothing: `actor=unknown` alone selects no posts.
    if (value !== undefined) addPostings(bits, index, value);
  }
  if (selection.exclude.length > 0) {
    const excluded = emptyBitset(size);
    for (const id of selection.exclude) {
      const value = index.numberById.get(id);
      if (value !== undefined) addPostings(excluded, index, value);
    }
    andNotInto(bits, excluded);
  }
  return bits;
}

/** The AND of every mask but `skip`'s; `null` means all rows (no mask applies). */
function intersect(masks: readonly Mask[], skip: Mask['owner'] | null): CountBase | null {
  let out: Bitset | null = null;
  for (const mask of masks) {
    if (mask.owner === skip) continue;
    if (out === null) out = mask.bits.slice();
    else andInto(out, mask.bits);
  }
  return out === null ? null : countBase(out);
}

function allRows(size: number): Uint32Array {
  const rows = new Uint32Array(size);
  for (let row = 0; row < size; row++) rows[row] = row;
  return rows;
}

/** The rows of `result` in the order of `ranked` (the search's, best first). */
function rankedRows(result: CountBase, ranked: ArrayLike<number>): Uint32Array {
  const left = result.bits.slice();
  const rows = new Uint32Array(result.count);
  let n = 0;
  for (let i = 0; i < ranked.length; i++) {
    const row = ranked[i] ?? -1;
    // Clearing the bit keeps a row listed twice in the search from appearing twice.
    if (Number.isInteger(row) && row >= 0 && hasBit(left, row)) {
      rows[n++] = row;
      clearBit(left, row);
    }
  }
  return rows.subarray(0, n);
}
