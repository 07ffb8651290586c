/**
 * Time series for a view's charts, from the post table and the rows a view selects: calendar bins
 * (month, quarter or year, chosen by the span so no chart draws too many marks) and posts per bin.
 * Top values and the matrix are in tallies.ts, money in money.ts. Pure: the chart
 * components and the bench call the same functions. Rules in docs/charts.md.
 */
import type { PostTable } from '../facets/post-table.ts';

/** The calendar unit of a time bin. */
export type BinUnit = 'month' | 'quarter' | 'year';

/** The units, finest first. */
export const BIN_UNITS: readonly BinUnit[] = ['month', 'quarter', 'year'];

/** How a unit reads in a sentence: "posts per month". */
export const UNIT_NOUN: Record<BinUnit, string> = { month: 'month', quarter: 'quarter', year: 'year' };

/** No chart draws more marks (bars, or segments of stacked bars) than this, whatever the span or the unit asked for. */
export const MAX_MARKS = 500;

/** No chart draws more bins than this. */
export const MAX_BINS = MAX_MARKS;

/** One calendar period: first and last day inclusive, `YYYY-MM-DD`, and its label (`Jan 2020`, `Q1 2020`, `2020`). */
export interface TimeBin {
  start: string;
  end: string;
  label: string;
}

/** The first and last day a chart covers. */
export interface DaySpan {
  first: string;
  last: string;
}

/** Where a series' bins come from: the view's date range, and how fine to bin. */
export interface BinOptions {
  /** The view's `from`/`to`: a set bound is the span's end, so the chosen range shows whole. */
  from?: string | null;
  to?: string | null;
  /** The finest unit that gives at most this many bins is chosen (default 160, never above `MAX_BINS`). */
  maxBins?: number;
  /** A unit asked for; ignored if it would give more than `MAX_BINS` bins. */
  unit?: BinUnit;
}

/** Posts per bin. */
export interface PostsSeries {
  unit: BinUnit;
  bins: TimeBin[];
  counts: number[];
  total: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_PER_UNIT: Record<BinUnit, number> = { month: 1, quarter: 3, year: 12 };

/** Months since year 0 of a `YYYY-MM-DD` day: reads the text, no Date, since it runs once per post. */
function monthNumber(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/** The first month of the unit's period holding `month` (quarters start in Jan, Apr, Jul, Oct). */
function periodStart(month: number, unit: BinUnit): number {
  const size = MONTHS_PER_UNIT[unit];
  return month - (month % size);
}

/** How many bins of `unit` cover a span. */
export function binCount(span: DaySpan, unit: BinUnit): number {
  const first = periodStart(monthNumber(span.first), unit);
  const last = periodStart(monthNumber(span.last), unit);
  return (last - first) / MONTHS_PER_UNIT[unit] + 1;
}

/** The finest unit giving at most `maxBins` bins over the span; years when nothing finer fits. */
export function chooseBinUnit(span: DaySpan, maxBins = 160): BinUnit {
  const limit = Math.min(maxBins, MAX_BINS);
  return BIN_UNITS.find((unit) => binCount(span, unit) <= limit) ?? 'year';
}

/**
 * The unit a chart uses: the one asked for if it gives at most `limit` bins (`MAX_BINS`, or fewer
 * for stacked bars), else the finest the span allows under `options.maxBins` and `limit`.
 */
export function resolveBinUnit(span: DaySpan, options: BinOptions = {}, limit = MAX_BINS): BinUnit {
  if (options.unit !== undefined && binCount(span, options.unit) <= limit) return options.unit;
  return chooseBinUnit(span, Math.min(options.maxBins ?? 160, limit));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The bins of `unit` covering a span, oldest first. */
export function timeBins(span: DaySpan, unit: BinUnit): TimeBin[] {
  const size = MONTHS_PER_UNIT[unit];
  const first = periodStart(monthNumber(span.first), unit);
  const last = periodStart(monthNumber(span.last), unit);
  const bins: TimeBin[] = [];
  for (let month = first; month <= last; month += size) {
    const year = Math.floor(month / 12);
    const endMonth = month + size - 1;
    const endYear = Math.floor(endMonth / 12);
    const start = `${pad(year, 4)}-${pad((month % 12) + 1, 2)}-01`;
    const end = `${pad(endYear, 4)}-${pad((endMonth % 12) + 1, 2)}-${pad(daysInMonth(endYear, endMonth % 12), 2)}`;
    const label = unit === 'year' ? String(year) : unit === 'quarter' ? `Q${(month % 12) / 3 + 1} ${year}` : `${MONTHS[month % 12]} ${year}`;
    bins.push({ start, end, label });
  }
  return bins;
}

/** A function giving the bin index of a day, or -1 outside the bins. */
export function binIndexer(span: DaySpan, unit: BinUnit): (day: string) => number {
  const size = MONTHS_PER_UNIT[unit];
  const first = periodStart(monthNumber(span.first), unit);
  const count = binCount(span, unit);
  return (day) => {
    const index = Math.floor((monthNumber(day) - first) / size);
    return index >= 0 && index < count ? index : -1;
  };
}

/**
 * The days a chart of these rows covers: the view's `from`/`to` where set, else the oldest and
 * newest post; `null` when there is neither a post nor a bound.
 */
export function viewSpan(table: Pick<PostTable, 'day'>, rows: ArrayLike<number>, from: string | null = null, to: string | null = null): DaySpan | null {
  let first = from;
  let last = to;
  if (first === null || last === null) {
    let min: string | null = null;
    let max: string | null = null;
    for (let i = 0; i < rows.length; i++) {
      const day = table.day[rows[i] ?? -1];
      if (day === undefined) continue;
      if (min === null || day < min) min = day;
      if (max === null || day > max) max = day;
    }
    first ??= min ?? last;
    last ??= max ?? first;
  }
  if (first === null || last === null) return null;
  return first <= last ? { first, last } : { first: last, last: first };
}

/** Posts per calendar bin over the rows' span (or the view's `from`/`to`). */
export function postsOverTime(table: Pick<PostTable, 'day'>, rows: ArrayLike<number>, options: BinOptions = {}): PostsSeries {
  const span = viewSpan(table, rows, options.from, options.to);
  if (span === null) return { unit: 'year', bins: [], counts: [], total: 0 };
  const unit = resolveBinUnit(span, options);
  const bins = timeBins(span, unit);
  const binOf = binIndexer(span, unit);
  const counts = new Array<number>(bins.length).fill(0);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const day = table.day[rows[i] ?? -1];
    if (day === undefined) continue;
    const bin = binOf(day);
    if (bin < 0) continue;
    counts[bin] = (counts[bin] ?? 0) + 1;
    total++;
  }
  return { unit, bins, counts, total };
}

/** The bins a date range touches, as first and last index; `null` when the range is open on both ends or misses every bin. */
export function binsInRange(bins: readonly TimeBin[], from: string | null, to: string | null): { first: number; last: number } | null {
  if (from === null && to === null) return null;
  const first = from === null ? 0 : bins.findIndex((bin) => bin.end >= from);
  const last = to === null ? bins.length - 1 : bins.findLastIndex((bin) => bin.start <= to);
  return first === -1 || last === -1 || first > last ? null : { first, last };
}
