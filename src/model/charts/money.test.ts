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
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year', kinds: FIGURE_KINDS });
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
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'actor', unit: 'year', actorLimit: 1, kinds: FIGURE_KINDS });
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
    const series = moneyOverTime(many, all(many), { currency: 'USD', stackBy: 'kind', unit: 'month', kinds: FIGURE_KINDS });
    // 144 months × 9 kinds would be 1,296 marks; 48 quarters × 9 is 432.
    expect(series.binLimit).toBe(55);
    expect(series.unit).toBe('quarter');
    expect(series.bins.length * series.series.length).toBeLessThanOrEqual(500);
  });
});

describe('incident money by default', () => {
  const table = tableOf([
    { day: '2021-06-10', actors: ['revil'], figures: [usd(11_000_000, 'ransom'), usd(200_000_000, 'other')] },
    { day: '2021-05-01', figures: [usd(49, 'price'), usd(10_000_000, 'bounty'), usd(5_000_000, 'funding')] },
    { day: '2021-04-01', figures: [usd(2_000_000, 'theft'), usd(3_000_000, 'fine'), usd(4_000_000, 'loss'), usd(6_000_000, 'damages')] },
  ]);

  it('sums theft, ransom, fines, losses and damages; prices, funding, bounties and other only when asked', () => {
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year' });
    expect(series.total).toBe(26_000_000);
    expect(series.series.map((entry) => entry.key).sort()).toEqual(['damages', 'fine', 'loss', 'ransom', 'theft']);
    const everything = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year', kinds: FIGURE_KINDS });
    expect(everything.total).toBe(26_000_000 + 200_000_000 + 49 + 10_000_000 + 5_000_000);
  });
});

describe('amounts out of all proportion', () => {
  const table = tableOf([
    // An oral history's "$75 trillion" of damages, and an opinion piece's "$20 trillion" price.
    { day: '2020-03-01', figures: [usd(75_000_000_000_000, 'damages'), usd(20_000_000_000_000, 'price')] },
    { day: '2020-02-01', figures: [usd(1_500_000_000, 'theft'), usd(4_000_000_000, 'damages')] },
    { day: '2020-01-01', figures: [[100_000, 'BTC', 'theft', null, 0], [2e12, 'EUR', 'damages', 2.2e12, 0]] },
  ]);

  it('holds an amount above its kind’s ceiling out of every sum and lists it, largest first', () => {
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year' });
    expect(series.total).toBe(5_500_000_000);
    expect(series.bins.flatMap((bin) => bin.figures).map((figure) => figure.value)).toEqual([4_000_000_000, 1_500_000_000]);
    expect(series.heldOut.map((figure) => [figure.value, figure.kind, figure.row])).toEqual([[75_000_000_000_000, 'damages', 0]]);
  });

  it('judges every kind that counts: with prices included, the $20 trillion price is held out too', () => {
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year', kinds: FIGURE_KINDS });
    expect(series.total).toBe(5_500_000_000);
    expect(series.heldOut.map((figure) => figure.kind)).toEqual(['damages', 'price']);
  });

  it('adds the held-out amounts when asked, still listing them', () => {
    const series = moneyOverTime(table, all(table), { currency: 'USD', stackBy: 'kind', unit: 'year', includeOutliers: true });
    expect(series.total).toBe(75_005_500_000_000);
    expect(series.heldOut.map((figure) => figure.value)).toEqual([75_000_000_000_000]);
  });

  it('judges an amount in another currency by its US dollar value, and leaves crypto without one alone', () => {
    const euros = moneyOverTime(table, all(table), { currency: 'EUR', stackBy: 'kind', unit: 'year' });
    expect(euros.heldOut.map((figure) => figure.amount)).toEqual([2e12]);
    expect(euros.total).toBe(0);
    const coins = moneyOverTime(table, all(table), { currency: 'BTC', stackBy: 'kind', unit: 'year' });
    expect(coins).toMatchObject({ total: 100_000, heldOut: [] });
  });
});
