/**
 * One facet column indexed both ways, as flat typed arrays (CSR: a start offset per entry into one
 * shared array): value -> rows (posting lists, to build filter masks) and row -> values (to count).
 * Values are numbered 0..n-1 in order of first appearance. The few values held by many rows also
 * get a bitset, since one AND + popcount pass over the words beats walking their long lists.
 */
import { type Bitset, countAnd, emptyBitset, orInto, setBit, wordCount } from './bitset.ts';

// An AND + popcount of one word costs about as much as walking 1.5 postings (npm run bench, "count
// one value": 19,000 rows of 100,000 take ~35 us walked, ~9 us as a bitset).
const POSTINGS_PER_WORD = 1.5;

/** A facet column indexed by value and by row. */
export interface FacetColumnIndex {
  /** Value ids by value number. */
  ids: string[];
  /** Value number of each id. */
  numberById: Map<string, number>;
  /** Posting list of value `v`: `postingRows[postingStart[v] .. postingStart[v + 1]]`, rows ascending. */
  postingStart: Uint32Array;
  postingRows: Uint32Array;
  /** Values of row `r`: `rowValues[rowStart[r] .. rowStart[r + 1]]`. */
  rowStart: Uint32Array;
  rowValues: Uint32Array;
  /** The rows of each dense value (one held by more rows than its bitset has words, times 1.5). */
  dense: Map<number, Bitset>;
  /** What counting by posting lists costs, in postings walked (a dense value costs its words). */
  walkCost: number;
}

/** Indexes a column of id lists (one list per row); an id listed twice in one row counts once. */
export function indexFacetColumn(column: ArrayLike<readonly string[]>): FacetColumnIndex {
  const size = column.length;
  const ids: string[] = [];
  const numberById = new Map<string, number>();
  const rowStart = new Uint32Array(size + 1);
  const values: number[] = [];
  const lengths: number[] = [];
  for (let row = 0; row < size; row++) {
    const start = values.length;
    for (const id of column[row] ?? []) {
      let value = numberById.get(id);
      if (value === undefined) {
        value = ids.length;
        ids.push(id);
        numberById.set(id, value);
        lengths.push(0);
      }
      if (values.indexOf(value, start) !== -1) continue;
      values.push(value);
      lengths[value] = (lengths[value] ?? 0) + 1;
    }
    rowStart[row + 1] = values.length;
  }

  const postingStart = new Uint32Array(ids.length + 1);
  for (let value = 0; value < ids.length; value++) postingStart[value + 1] = (postingStart[value] ?? 0) + (lengths[value] ?? 0);
  const postingRows = new Uint32Array(values.length);
  const next = postingStart.slice(0, ids.length);
  // Rows are visited in ascending order, so every posting list comes out sorted.
  for (let row = 0; row < size; row++) {
    for (let j = rowStart[row] ?? 0; j < (rowStart[row + 1] ?? 0); j++) {
      const value = values[j] ?? 0;
      const at = next[value] ?? 0;
      postingRows[at] = row;
      next[value] = at + 1;
    }
  }
  const rowValues = Uint32Array.from(values);
  const index: FacetColumnIndex = { ids, numberById, postingStart, postingRows, rowStart, rowValues, dense: new Map(), walkCost: 0 };
  const words = wordCount(size);
  for (let value = 0; value < ids.length; value++) {
    const length = postingLength(index, value);
    if (length > words * POSTINGS_PER_WORD) {
      const bits = emptyBitset(size);
      walkPostings(index, value, bits);
      index.dense.set(value, bits);
      index.walkCost += words * POSTINGS_PER_WORD;
    } else index.walkCost += length;
  }
  return index;
}

/** The number of rows that hold value `value`. */
export function postingLength(index: FacetColumnIndex, value: number): number {
  return (index.postingStart[value + 1] ?? 0) - (index.postingStart[value] ?? 0);
}

/** Adds the rows of value `value` to `bits`. */
export function addPostings(bits: Bitset, index: FacetColumnIndex, value: number): void {
  const dense = index.dense.get(value);
  if (dense === undefined) walkPostings(index, value, bits);
  else orInto(bits, dense);
}

function walkPostings(index: FacetColumnIndex, value: number, bits: Bitset): void {
  const end = index.postingStart[value + 1] ?? 0;
  for (let j = index.postingStart[value] ?? 0; j < end; j++) setBit(bits, index.postingRows[j] ?? 0);
}

/**
 * Counts, per value, the rows of `base` holding it, by walking each posting list and testing the
 * base bit (dense values: AND + popcount of their bitset): cost is `walkCost`, whatever the base.
 */
export function countByPostings(index: FacetColumnIndex, base: Bitset, counts: Uint32Array): void {
  for (let value = 0; value < index.ids.length; value++) {
    const dense = index.dense.get(value);
    counts[value] = dense === undefined ? countPostingsIn(index, value, base) : countAnd(dense, base);
  }
}

/** The number of rows of value `value` in `base`, walking its posting list. */
export function countPostingsIn(index: FacetColumnIndex, value: number, base: Bitset): number {
  const { postingStart, postingRows } = index;
  let count = 0;
  const end = postingStart[value + 1] ?? 0;
  for (let j = postingStart[value] ?? 0; j < end; j++) {
    const row = postingRows[j] ?? 0;
    count += ((base[row >>> 5] ?? 0) >>> (row & 31)) & 1;
  }
  return count;
}

/**
 * Adds `step` to the count of each value of each row in `rows`: counting by rows costs the rows'
 * values, so it wins when the rows are few (or, subtracting from the full counts, when few are left out).
 */
export function tallyRows(index: FacetColumnIndex, rows: Uint32Array, counts: Uint32Array, step: 1 | -1): void {
  const { rowStart, rowValues } = index;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? 0;
    const end = rowStart[row + 1] ?? 0;
    for (let j = rowStart[row] ?? 0; j < end; j++) {
      const value = rowValues[j] ?? 0;
      counts[value] = (counts[value] ?? 0) + step;
    }
  }
}
