/**
 * Date ranges as row intervals. Rows are newest first by instant, but filters compare the author's
 * calendar day, and two posts a few hours apart in different offsets can have their days in the
 * other order (00:30 in Tokyo is the previous evening in New York). So a day range is a contiguous
 * core found by binary search, plus the few rows near its edges that a scan finds out of order.
 */
import { type Bitset, countRange, emptyBitset, hasBit, setBit, setRange } from './bitset.ts';

/** Rows `lo <= row < hi`, plus `extra` rows outside that interval. */
export interface RowRange {
  lo: number;
  hi: number;
  extra: Uint32Array;
}

/** Per-row day numbers and the running bounds that make day ranges a binary search. */
export interface DayIndex {
  size: number;
  /** Days since 1970-01-01 of each row's calendar day. */
  day: Int32Array;
  /** `min(day[0..row])`: never increases with `row`. */
  prefixMin: Int32Array;
  /** `max(day[row..size-1])`: never increases with `row`. */
  suffixMax: Int32Array;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, or `null` if it is not one. */
export function dayNumber(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : null;
}

/** The calendar year of a day number. */
export function yearOfDayNumber(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Indexes the rows' calendar days (`YYYY-MM-DD`, newest first). */
export function indexDays(days: readonly string[]): DayIndex {
  const size = days.length;
  const day = new Int32Array(size);
  // Posts share days (100,000 posts over 12 years fall on ~4,400), so each distinct day is parsed once.
  const cache = new Map<string, number | null>();
  const parsed = days.map((text) => {
    let value = cache.get(text);
    if (value === undefined) cache.set(text, (value = dayNumber(text)));
    return value;
  });
  // The compiler rejects undated posts; should one slip through, it takes its newer neighbour's day,
  // which keeps the order intact instead of sending every range into a full scan.
  let previous = parsed.find((value) => value !== null) ?? 0;
  for (let row = 0; row < size; row++) {
    previous = parsed[row] ?? previous;
    day[row] = previous;
  }
  return indexDayNumbers(day);
}

/** Indexes the rows' day numbers (days since 1970-01-01, rows newest first). */
export function indexDayNumbers(day: Int32Array): DayIndex {
  const size = day.length;
  const prefixMin = new Int32Array(size);
  const suffixMax = new Int32Array(size);
  for (let row = 0, min = Infinity; row < size; row++) prefixMin[row] = min = Math.min(min, day[row] ?? 0);
  for (let row = size - 1, max = -Infinity; row >= 0; row--) suffixMax[row] = max = Math.max(max, day[row] ?? 0);
  return { size, day, prefixMin, suffixMax };
}

/** The first row whose value in the non-increasing `values` passes `test` (`size` if none). */
function firstRow(values: Int32Array, test: (value: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(values[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The rows whose day is within `from..to` (day numbers, inclusive; `null` leaves that end open). */
export function rowsBetween(index: DayIndex, from: number | null, to: number | null): RowRange {
  const { size, day, prefixMin, suffixMax } = index;
  // From `lo` on, every day is <= to; before `scanStart`, every day is > to.
  const lo = to === null ? 0 : firstRow(suffixMax, (max) => max <= to);
  const scanStart = to === null ? 0 : firstRow(prefixMin, (min) => min <= to);
  // Before `hi`, every day is >= from; from `scanEnd` on, every day is < from.
  const hi = from === null ? size : firstRow(prefixMin, (min) => min < from);
  const scanEnd = from === null ? size : firstRow(suffixMax, (max) => max < from);
  const inRange = (row: number) => {
    const d = day[row] ?? 0;
    return (from === null || d >= from) && (to === null || d <= to);
  };
  const extra: number[] = [];
  if (lo >= hi) {
    for (let row = scanStart; row < scanEnd; row++) if (inRange(row)) extra.push(row);
    return { lo: 0, hi: 0, extra: Uint32Array.from(extra) };
  }
  for (let row = scanStart; row < lo; row++) if (inRange(row)) extra.push(row);
  for (let row = hi; row < scanEnd; row++) if (inRange(row)) extra.push(row);
  return { lo, hi, extra: Uint32Array.from(extra) };
}

/** A row range as a bitset of `size` rows. */
export function rangeBitset(range: RowRange, size: number): Bitset {
  const bits = emptyBitset(size);
  setRange(bits, range.lo, range.hi);
  for (const row of range.extra) setBit(bits, row);
  return bits;
}

/** The number of rows of `bits` inside a row range. */
export function countInRange(bits: Bitset, range: RowRange): number {
  let count = countRange(bits, range.lo, range.hi);
  for (const row of range.extra) if (hasBit(bits, row)) count++;
  return count;
}

/** The number of rows in a row range. */
export function rangeSize(range: RowRange): number {
  return Math.max(0, range.hi - range.lo) + range.extra.length;
}
