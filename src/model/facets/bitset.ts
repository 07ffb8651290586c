/**
 * Row sets as bitsets: bit `row` of a `Uint32Array`, 32 rows a word. Set algebra is a loop over
 * words, so intersecting 100,000 posts costs 3,125 word operations. Bits at or past `size` are kept
 * clear by every function here, so counts never see them.
 */

/** A set of rows `0 <= row < size`; word `row >>> 5`, bit `row & 31`. */
export type Bitset = Uint32Array;

/** The number of words a bitset of `size` rows needs. */
export function wordCount(size: number): number {
  return (size + 31) >>> 5;
}

/** An empty set of `size` rows. */
export function emptyBitset(size: number): Bitset {
  return new Uint32Array(wordCount(size));
}

/** The set of all rows `0 <= row < size`. */
export function fullBitset(size: number): Bitset {
  const bits = new Uint32Array(wordCount(size));
  bits.fill(0xffffffff);
  clearTail(bits, size);
  return bits;
}

/** Clears the bits at or past `size` in the last word (after a fill or a complement). */
function clearTail(bits: Bitset, size: number): void {
  const spare = size & 31;
  const last = bits.length - 1;
  if (spare !== 0 && last >= 0) bits[last] = (bits[last] ?? 0) & ((1 << spare) - 1);
}

/** A bitset of `size` rows holding the given rows; rows outside `0..size-1` are skipped. */
export function bitsetOf(size: number, rows: ArrayLike<number>): Bitset {
  const bits = emptyBitset(size);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? -1;
    if (row >= 0 && row < size && Number.isInteger(row)) setBit(bits, row);
  }
  return bits;
}

/** Adds `row` to the set. */
export function setBit(bits: Bitset, row: number): void {
  const word = row >>> 5;
  bits[word] = (bits[word] ?? 0) | (1 << (row & 31));
}

/** Removes `row` from the set. */
export function clearBit(bits: Bitset, row: number): void {
  const word = row >>> 5;
  bits[word] = (bits[word] ?? 0) & ~(1 << (row & 31));
}

/** Whether `row` is in the set. */
export function hasBit(bits: Bitset, row: number): boolean {
  return (((bits[row >>> 5] ?? 0) >>> (row & 31)) & 1) === 1;
}

/** Adds rows `lo <= row < hi`, filling whole words in the middle. */
export function setRange(bits: Bitset, lo: number, hi: number): void {
  if (hi <= lo) return;
  const first = lo >>> 5;
  const last = (hi - 1) >>> 5;
  const headMask = 0xffffffff << (lo & 31);
  const tailMask = 0xffffffff >>> (31 - ((hi - 1) & 31));
  if (first === last) {
    bits[first] = (bits[first] ?? 0) | (headMask & tailMask);
    return;
  }
  bits[first] = (bits[first] ?? 0) | headMask;
  bits.fill(0xffffffff, first + 1, last);
  bits[last] = (bits[last] ?? 0) | tailMask;
}

/** The number of set bits in a 32-bit word (SWAR popcount). */
export function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The number of rows in the set. */
export function countBits(bits: Bitset): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) count += popcount32(bits[i] ?? 0);
  return count;
}

/** The number of rows `lo <= row < hi` in the set. */
export function countRange(bits: Bitset, lo: number, hi: number): number {
  if (hi <= lo) return 0;
  const first = lo >>> 5;
  const last = (hi - 1) >>> 5;
  const headMask = 0xffffffff << (lo & 31);
  const tailMask = 0xffffffff >>> (31 - ((hi - 1) & 31));
  if (first === last) return popcount32((bits[first] ?? 0) & headMask & tailMask);
  let count = popcount32((bits[first] ?? 0) & headMask) + popcount32((bits[last] ?? 0) & tailMask);
  for (let i = first + 1; i < last; i++) count += popcount32(bits[i] ?? 0);
  return count;
}

/** The number of rows in both sets, without building their intersection. */
export function countAnd(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) count += popcount32((a[i] ?? 0) & (b[i] ?? 0));
  return count;
}

/** `target = target AND other`, in place. Both must have the same size. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & (other[i] ?? 0);
}

/** `target = target OR other`, in place. Both must have the same size. */
export function orInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (other[i] ?? 0);
}

/** `target = target AND NOT other`, in place. Both must have the same size. */
export function andNotInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & ~(other[i] ?? 0);
}

/** The rows not in the set, as a new bitset of `size` rows. */
export function complement(bits: Bitset, size: number): Bitset {
  const out = new Uint32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = ~(bits[i] ?? 0);
  clearTail(out, size);
  return out;
}

/** The rows of the set in ascending order. */
export function bitsetRows(bits: Bitset): Uint32Array {
  const rows = new Uint32Array(countBits(bits));
  let n = 0;
  for (let word = 0; word < bits.length; word++) {
    let x = bits[word] ?? 0;
    while (x !== 0) {
      // x & -x isolates the lowest set bit; clz32 turns it into its index.
      const low = x & -x;
      rows[n++] = (word << 5) | (31 - Math.clz32(low));
      x ^= low;
    }
  }
  return rows;
}
