import { describe, expect, it } from 'vitest';
import { binCount, binIndexer, binsInRange, chooseBinUnit, MAX_BINS, postsOverTime, resolveBinUnit, timeBins, viewSpan } from './time-series.ts';
import { allRows, tableOf } from '../../test-support/post-table-fixture.ts';

const all = allRows;

describe('time bins', () => {
  it('months, quarters and years cover the span with inclusive first and last days', () => {
    const span = { first: '2019-11-20', last: '2020-02-03' };
    expect(timeBins(span, 'month')).toEqual([
      { start: '2019-11-01', end: '2019-11-30', label: 'Nov 2019' },
      { start: '2019-12-01', end: '2019-12-31', label: 'Dec 2019' },
      { start: '2020-01-01', end: '2020-01-31', label: 'Jan 2020' },
      { start: '2020-02-01', end: '2020-02-29', label: 'Feb 2020' },
    ]);
    expect(timeBins(span, 'quarter')).toEqual([
      { start: '2019-10-01', end: '2019-12-31', label: 'Q4 2019' },
      { start: '2020-01-01', end: '2020-03-31', label: 'Q1 2020' },
    ]);
    expect(timeBins(span, 'year')).toEqual([
      { start: '2019-01-01', end: '2019-12-31', label: '2019' },
      { start: '2020-01-01', end: '2020-12-31', label: '2020' },
    ]);
  });

  it('a day falls in the bin whose first and last days hold it', () => {
    const span = { first: '2019-11-20', last: '2020-02-03' };
    const binOf = binIndexer(span, 'month');
    expect(binOf('2019-11-01')).toBe(0);
    expect(binOf('2019-12-31')).toBe(1);
    expect(binOf('2020-02-29')).toBe(3);
    expect(binOf('2020-03-01')).toBe(-1);
    expect(binOf('2019-10-31')).toBe(-1);
    expect(binIndexer(span, 'quarter')('2020-03-31')).toBe(1);
  });

  it('chooses the finest unit that stays under the bin limit, by the span', () => {
    expect(chooseBinUnit({ first: '2020-01-01', last: '2020-12-31' }, 30)).toBe('month');
    expect(chooseBinUnit({ first: '2018-01-01', last: '2022-12-31' }, 30)).toBe('quarter');
    // Lazarus in the seed collection, 2014 to 2025: year by year.
    expect(chooseBinUnit({ first: '2014-12-19', last: '2025-02-26' }, 30)).toBe('year');
    expect(chooseBinUnit({ first: '2014-01-01', last: '2025-12-31' })).toBe('month');
  });

  it('never draws more than MAX_BINS bins, even when a finer unit is asked for', () => {
    const span = { first: '1900-01-01', last: '2025-12-31' };
    expect(binCount(span, 'month')).toBeGreaterThan(MAX_BINS);
    expect(resolveBinUnit(span, { unit: 'month' })).not.toBe('month');
    expect(binCount(span, resolveBinUnit(span, { unit: 'month', maxBins: 10_000 }))).toBeLessThanOrEqual(MAX_BINS);
    expect(resolveBinUnit({ first: '2020-01-01', last: '2024-12-31' }, { unit: 'month', maxBins: 10 })).toBe('month');
  });

  it('the span is the view range where set, else the oldest and newest post', () => {
    const table = tableOf([{ date: '2021-05-01T00:00:00+00:00' }, { date: '2019-03-02T00:00:00+00:00' }]);
    expect(viewSpan(table, [0, 1])).toEqual({ first: '2019-03-02', last: '2021-05-01' });
    expect(viewSpan(table, [0, 1], '2018-01-01', null)).toEqual({ first: '2018-01-01', last: '2021-05-01' });
    expect(viewSpan(table, [], '2018-01-01', '2018-12-31')).toEqual({ first: '2018-01-01', last: '2018-12-31' });
    expect(viewSpan(table, [])).toBeNull();
  });

  it('binsInRange gives the bins a date range touches', () => {
    const bins = timeBins({ first: '2019-01-01', last: '2022-12-31' }, 'year');
    expect(binsInRange(bins, '2020-01-01', '2020-12-31')).toEqual({ first: 1, last: 1 });
    expect(binsInRange(bins, '2020-06-01', null)).toEqual({ first: 1, last: 3 });
    expect(binsInRange(bins, null, '2019-02-01')).toEqual({ first: 0, last: 0 });
    expect(binsInRange(bins, null, null)).toBeNull();
    expect(binsInRange(bins, '2030-01-01', null)).toBeNull();
  });
});

describe('posts over time', () => {
  it('counts the posts of each bin, by the author’s calendar day', () => {
    const table = tableOf([
      { date: '2020-03-01T00:30:00+09:00' },
      { date: '2020-02-29T23:59:00-05:00' },
      { date: '2020-01-15T12:00:00+00:00' },
      { date: '2019-12-31T23:00:00+00:00' },
    ]);
    const series = postsOverTime(table, all(4), { unit: 'month' });
    expect(series.bins.map((bin) => bin.label)).toEqual(['Dec 2019', 'Jan 2020', 'Feb 2020', 'Mar 2020']);
    expect(series.counts).toEqual([1, 1, 1, 1]);
    expect(postsOverTime(table, [0, 1], { unit: 'quarter' }).counts).toEqual([2]);
  });

  it('covers the view range whole, empty bins included', () => {
    const table = tableOf([{ date: '2020-05-01T00:00:00+00:00' }]);
    const series = postsOverTime(table, [0], { from: '2020-01-01', to: '2020-12-31' });
    expect(series.unit).toBe('month');
    expect(series.counts).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('an empty view without dates has no bins', () => {
    expect(postsOverTime(tableOf([]), []).bins).toEqual([]);
  });
});
