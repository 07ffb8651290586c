import { describe, expect, it } from 'vitest';
import type { MoneyTable } from './incidents.ts';
import { moneyOverTime, NO_ACTOR, OTHER_ACTORS } from './money.ts';
import { FIGURE_KINDS } from '../format/data-format.ts';
import { moneyTableOf, usdFigure, type MoneyPostSpec } from '../../test-support/post-table-fixture.ts';

const tableOf = moneyTableOf;
const all = (table: MoneyTable) => table.day.map((_, row) => row);
const usd = usdFigure;

describe('money over time', () => {
  const table = tableOf([
    { day: '2021-02-17', actors: ['lazarus-group', 'apt38'], figures: [usd(1_300_000_000)] },
    { day: '2021-02-09', actors: ['lazarus-group'], figures: [usd(275_000_000), usd(204_000_000, 'other')] },
    { day: '2020-01-11', actors: ['lazarus-group'], figures: [usd(571_000_000)] },
    { day: '2020-01-05', actors: ['lazarus-group'], figures: [usd(571_000_000)] },
    { day: '2019-06-01', figures: [usd(10_000_000, 'bounty')] },
  ]);

  it('sums each bin once per incident, stacked by kind, with the incidents inside largest first', () => {
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year' });
    expect(series.bins.map((bin) => [bin.label, bin.total, bin.values])).toEqual([
      ['2019', 10_000_000, { bounty: 10_000_000 }],
      ['2020', 571_000_000, { theft: 571_000_000 }],
      ['2021', 1_779_000_000, { theft: 1_575_000_000, other: 204_000_000 }],
    ]);
    expect(series.bins[1]?.figures.map((figure) => [figure.row, figure.reportedBy])).toEqual([[3, [3, 2]]]);
    expect(series.bins[2]?.figures.map((figure) => figure.value)).toEqual([1_300_000_000, 275_000_000, 204_000_000]);
    expect(series).toMatchObject({ total: 2_360_000_000, incidentCount: 5, reportCount: 6 });
    expect(series.series.map((entry) => entry.key)).toEqual(['theft', 'other', 'bounty']);
  });

  it('stacks by actor: an incident naming several actors once, under the one with the most money; the rest as other or none', () => {
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'actor', unit: 'year', actorLimit: 1 });
    expect(series.bins.map((bin) => bin.values)).toEqual([{ [NO_ACTOR]: 10_000_000 }, { 'lazarus-group': 571_000_000 }, { 'lazarus-group': 1_779_000_000 }]);
    const narrow = moneyOverTime(table, [0], { currency: 'USD', stackBy: 'actor', actorLimit: 0 });
    expect(narrow.bins[0]?.values).toEqual({ [OTHER_ACTORS]: 1_300_000_000 });
  });

  it('bins over the view range when one is set', () => {
    const series = moneyOverTime(table, [2, 3], { currency: 'USD', stackBy: 'kind', from: '2020-01-01', to: '2020-12-31' });
    expect(series.unit).toBe('month');
    expect(series.bins).toHaveLength(12);
    expect(series.bins[0]).toMatchObject({ label: 'Jan 2020', total: 571_000_000 });
  });

  it('draws at most MAX_MARKS marks: with many stacks, a finer period than fits is not used', () => {
    const posts: MoneyPostSpec[] = [];
    for (let year = 2025; year >= 2014; year--) {
      for (const [k, kind] of FIGURE_KINDS.entries()) posts.push({ day: `${year}-0${1 + (k % 9)}-15`, figures: [usd(1000 + k, kind)] });
    }
    const many = tableOf(posts);
    const series = moneyOverTime(many, all(many), { currency: 'USD', stackBy: 'kind', unit: 'month' });
    // 144 months × 9 kinds would be 1,296 marks; 48 quarters × 9 is 432.
    expect(series.binLimit).toBe(55);
    expect(series.unit).toBe('quarter');
    expect(series.bins.length * series.series.length).toBeLessThanOrEqual(500);
  });
});
