import { describe, expect, it } from 'vitest';
import { dayNumber, indexDays, rangeBitset, rangeSize, rowsBetween, yearOfDayNumber } from './day-index.ts';
import { bitsetRows } from './bitset.ts';

const rowsOf = (days: string[], from: string | null, to: string | null) => {
  const range = rowsBetween(indexDays(days), from === null ? null : dayNumber(from), to === null ? null : dayNumber(to));
  return [...bitsetRows(rangeBitset(range, days.length))];
};

describe('day index', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(yearOfDayNumber(dayNumber('2024-12-31') ?? 0)).toBe(2024);
    expect(dayNumber('soon')).toBeNull();
  });

  it('finds a day range in rows sorted newest first', () => {
    const days = ['2024-05-03', '2024-05-02', '2024-05-02', '2024-05-01', '2023-12-31'];
    expect(rowsOf(days, '2024-05-02', '2024-05-02')).toEqual([1, 2]);
    expect(rowsOf(days, '2024-01-01', null)).toEqual([0, 1, 2, 3]);
    expect(rowsOf(days, null, '2024-05-01')).toEqual([3, 4]);
    expect(rowsOf(days, '2025-01-01', null)).toEqual([]);
  });

  it('finds posts whose calendar day is out of order with their instant (offsets near midnight)', () => {
    // Row 1 was written later in UTC but on an earlier calendar day than row 2 (Tokyo vs New York).
    const days = ['2024-06-01', '2024-05-30', '2024-05-31', '2024-05-30', '2024-05-29'];
    expect(rowsOf(days, '2024-05-31', '2024-05-31')).toEqual([2]);
    expect(rowsOf(days, '2024-05-30', '2024-05-30')).toEqual([1, 3]);
    expect(rowsOf(days, null, '2024-05-30')).toEqual([1, 3, 4]);
  });

  it('agrees with a row-by-row filter on shuffled-near-order days', () => {
    let seed = 5;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const days = Array.from({ length: 400 }, (_, row) => {
      const day = 20_000 - Math.floor(row / 3) + (rand() < 0.2 ? 1 : 0);
      return new Date(day * 86_400_000).toISOString().slice(0, 10);
    });
    const index = indexDays(days);
    for (let trial = 0; trial < 200; trial++) {
      const a = 19_850 + Math.floor(rand() * 160);
      const b = a + Math.floor(rand() * 20);
      const from = rand() < 0.2 ? null : a;
      const to = rand() < 0.2 ? null : b;
      const range = rowsBetween(index, from, to);
      const expected = [...index.day.keys()].filter((row) => {
        const day = index.day[row] ?? 0;
        return (from === null || day >= from) && (to === null || day <= to);
      });
      expect([...bitsetRows(rangeBitset(range, days.length))], `${from}..${to}`).toEqual(expected);
      expect(rangeSize(range)).toBe(expected.length);
    }
  });

  it('gives an undated row its newer neighbour day instead of breaking the order', () => {
    expect([...indexDays(['oops', '2024-01-02', 'bad', '2024-01-01']).day]).toEqual(
      ['2024-01-02', '2024-01-02', '2024-01-02', '2024-01-01'].map((day) => dayNumber(day)),
    );
  });
});
