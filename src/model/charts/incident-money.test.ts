import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS } from '../format/data-format.ts';
import { ALL_KINDS, CEILING_USD, INCIDENT_KINDS, leftOutCounts, OTHER_KINDS, outOfProportion } from './incident-money.ts';
import { moneyTableOf, usdFigure } from '../../test-support/post-table-fixture.ts';

describe('incident kinds', () => {
  it('splits every kind into incident money and the rest, bounties in the rest', () => {
    expect([...ALL_KINDS].sort()).toEqual([...FIGURE_KINDS].sort());
    expect(INCIDENT_KINDS.filter((kind) => OTHER_KINDS.includes(kind))).toEqual([]);
    expect(OTHER_KINDS).toEqual(['bounty', 'funding', 'price', 'other']);
  });
});

describe('out of all proportion', () => {
  it('is an amount above its kind’s ceiling in US dollars', () => {
    expect(outOfProportion('damages', 75e12)).toBe(true);
    expect(outOfProportion('damages', CEILING_USD.damages)).toBe(false);
    // The largest theft on record, Bybit's $1.5 billion, counts.
    expect(outOfProportion('theft', 1.5e9)).toBe(false);
    expect(outOfProportion('ransom', 1e9)).toBe(true);
  });

  it('does not judge an amount with no US dollar value', () => {
    expect(outOfProportion('theft', null)).toBe(false);
  });
});

describe('figures left out by default', () => {
  it('counts totals and other kinds stated in the chart’s currency', () => {
    const table = moneyTableOf([
      { day: '2021-01-02', figures: [usdFigure(10, 'price'), usdFigure(20, 'bounty'), [30, 'USD', 'theft', 30, 1]] },
      { day: '2021-01-01', figures: [usdFigure(40, 'theft'), [50, 'EUR', 'other', 55, 0]] },
    ]);
    expect(leftOutCounts(table, [0, 1], 'USD')).toEqual({ totals: 1, otherKinds: 2 });
    expect(leftOutCounts(table, [0, 1], 'EUR')).toEqual({ totals: 0, otherKinds: 1 });
    expect(leftOutCounts(table, [1], 'USD')).toEqual({ totals: 0, otherKinds: 0 });
  });
});
