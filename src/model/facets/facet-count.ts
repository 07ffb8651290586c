/**
 * Counting a facet's values over a base row set, and ranking them for display. Two strategies,
 * chosen per count by their measured costs (npm run bench, "count victims"): visiting the base's
 * rows and tallying their values, or walking every posting list and testing the base bit.
 */
import { type Bitset, bitsetRows, complement, countBits } from './bitset.ts';
import { countByPostings, type FacetColumnIndex, postingLength, tallyRows } from './facet-index.ts';
import type { FacetSelection } from '../view/view-state.ts';

/** One facet value with the number of posts it would give. */
export interface FacetValueCount {
  id: string;
  /** Display name from the engine's `names`, or the id. */
  name: string;
  count: number;
  included: boolean;
  excluded: boolean;
}

/** A facet's index with its display names and their order. */
export interface FacetData {
  index: FacetColumnIndex;
  names: string[];
  /** Position of each value in name order, so ranking needs no string comparison. */
  rank: Uint32Array;
  /** The value at each position in name order. */
  byRank: Uint32Array;
}

/** A row set to count over; its row lists are computed on first use and shared by every facet. */
export interface CountBase {
  bits: Bitset;
  /** The number of rows in `bits`. */
  count: number;
  rows: Uint32Array | null;
  outside: Uint32Array | null;
}

// Visiting one base row costs about as much as walking 8 postings: small or nearly full bases are
// counted by rows, the middle by posting lists.
const ROW_VISIT_COST = 8;
// Ranking keys hold the name rank in their low part; a facet with more values would collide.
const RANK_SLOTS = 2 ** 21;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Indexes a facet's display names for ranking. */
export function createFacetData(index: FacetColumnIndex, names: string[]): FacetData {
  const order = names.map((_, value) => value).sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b);
  const rank = new Uint32Array(names.length);
  order.forEach((value, position) => (rank[value] = position));
  return { index, names, rank, byRank: Uint32Array.from(order) };
}

/** A base for counting over `bits`. */
export function countBase(bits: Bitset): CountBase {
  return { bits, count: countBits(bits), rows: null, outside: null };
}

/** The rows of a base, ascending (computed once). */
export function baseRows(base: CountBase): Uint32Array {
  base.rows ??= bitsetRows(base.bits);
  return base.rows;
}

/**
 * The number of rows of `base` holding each value of the facet; `base` `null` means every row.
 * `size` is the number of rows in the collection.
 */
export function countValues(index: FacetColumnIndex, base: CountBase | null, size: number): Uint32Array {
  const values = index.ids.length;
  const counts = new Uint32Array(values);
  const outside = base === null ? 0 : size - base.count;
  if (base === null || outside === 0) {
    for (let value = 0; value < values; value++) counts[value] = postingLength(index, value);
  } else if (Math.min(base.count, outside) * ROW_VISIT_COST >= index.walkCost) {
    countByPostings(index, base.bits, counts);
  } else if (base.count <= outside) {
    tallyRows(index, baseRows(base), counts, 1);
  } else {
    // Nearly every row: start from the full counts and take away the few rows left out.
    for (let value = 0; value < values; value++) counts[value] = postingLength(index, value);
    base.outside ??= bitsetRows(complement(base.bits, size));
    tallyRows(index, base.outside, counts, -1);
  }
  return counts;
}

/**
 * A facet's values with their counts, by count descending, then name; then any selected value the
 * collection lacks (count 0), so the view can still show it and offer to remove it.
 */
export function rankValues(data: FacetData, counts: Uint32Array, selection: FacetSelection, size: number): FacetValueCount[] {
  const { index, names, rank, byRank } = data;
  const included = new Set(selection.include);
  const excluded = new Set(selection.exclude);
  // Count descending, then name, packed into one number per value so a native numeric sort does it.
  const keys = new Float64Array(counts.length);
  for (let value = 0; value < counts.length; value++) keys[value] = (size - (counts[value] ?? 0)) * RANK_SLOTS + (rank[value] ?? 0);
  keys.sort();
  const out: FacetValueCount[] = [];
  for (const key of keys) {
    const value = byRank[key % RANK_SLOTS] ?? 0;
    const id = index.ids[value] ?? '';
    out.push({ id, name: names[value] ?? id, count: counts[value] ?? 0, included: included.has(id), excluded: excluded.has(id) });
  }
  const missing = [...included, ...excluded].filter((id) => !index.numberById.has(id)).sort(collator.compare);
  for (const id of missing) out.push({ id, name: id, count: 0, included: included.has(id), excluded: excluded.has(id) });
  return out;
}
