import { describe, expect, it } from 'vitest';
import {
  andInto,
  andNotInto,
  bitsetOf,
  bitsetRows,
  complement,
  countBits,
  countRange,
  emptyBitset,
  fullBitset,
  hasBit,
  orInto,
  popcount32,
  setRange,
} from './bitset.ts';

describe('bitset', () => {
  it('counts the bits of a word, the top bit included', () => {
    expect([0, 1, 0xff, 0x80000000, 0xffffffff, 0x55555555].map(popcount32)).toEqual([0, 1, 8, 1, 32, 16]);
    expect(popcount32(-1)).toBe(32);
  });

  it('keeps rows past the size out of full sets and complements', () => {
    expect(countBits(fullBitset(70))).toBe(70);
    expect(countBits(fullBitset(64))).toBe(64);
    expect(countBits(complement(bitsetOf(70, [0, 69]), 70))).toBe(68);
    expect(hasBit(fullBitset(70), 70)).toBe(false);
  });

  it('lists rows ascending and skips rows outside the set', () => {
    expect([...bitsetRows(bitsetOf(100, [99, 3, 31, 32, 3, 200, -1, 1.5]))]).toEqual([3, 31, 32, 99]);
  });

  it('sets and counts ranges across word boundaries like a row-by-row loop', () => {
    const size = 130;
    const some = bitsetOf(size, [0, 5, 31, 32, 33, 63, 64, 100, 129]);
    for (let lo = 0; lo <= size; lo += 3) {
      for (let hi = lo; hi <= size; hi += 7) {
        const bits = emptyBitset(size);
        setRange(bits, lo, hi);
        expect([...bitsetRows(bits)], `${lo}..${hi}`).toEqual(Array.from({ length: hi - lo }, (_, i) => lo + i));
        const expected = [...bitsetRows(some)].filter((row) => row >= lo && row < hi).length;
        expect(countRange(some, lo, hi), `${lo}..${hi}`).toBe(expected);
      }
    }
  });

  it('intersects, unites and subtracts in place', () => {
    const a = bitsetOf(40, [1, 2, 33]);
    const b = bitsetOf(40, [2, 33, 39]);
    const and = a.slice();
    andInto(and, b);
    const or = a.slice();
    orInto(or, b);
    const minus = a.slice();
    andNotInto(minus, b);
    expect([...bitsetRows(and)]).toEqual([2, 33]);
    expect([...bitsetRows(or)]).toEqual([1, 2, 33, 39]);
    expect([...bitsetRows(minus)]).toEqual([1]);
  });
});
