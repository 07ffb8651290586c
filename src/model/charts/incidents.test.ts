import { describe, expect, it } from 'vitest';
import { countedFigures, currenciesInView, type MoneyTable } from './incidents.ts';
import { moneyTableOf, usdFigure } from '../../test-support/post-table-fixture.ts';

const tableOf = moneyTableOf;
const all = (table: MoneyTable) => table.day.map((_, row) => row);
const usd = usdFigure;

describe('counting an incident once', () => {
  it('the same amount, currency and actor within 30 days counts once, reported by every post', () => {
    const table = tableOf([
      { day: '2022-04-29', actors: ['lazarus-group'], figures: [usd(620_000_000)] },
      { day: '2022-04-14', actors: ['lazarus-group', 'apt38'], figures: [usd(620_000_000)] },
      { day: '2022-03-30', actors: ['lazarus-group'], figures: [usd(620_000_000), usd(25_000_000)] },
    ]);
    const figures = countedFigures(table, all(table), { currency: 'USD' });
    expect(figures.map((figure) => [figure.day, figure.value, figure.reportedBy])).toEqual([
      ['2022-03-30', 620_000_000, [2, 1, 0]],
      ['2022-03-30', 25_000_000, [2]],
    ]);
    expect(figures[0]).toMatchObject({ row: 2, figureIndex: 0, actors: ['apt38', 'lazarus-group'], figures: [
      { row: 2, figureIndex: 0 },
      { row: 1, figureIndex: 0 },
      { row: 0, figureIndex: 0 },
    ] });
  });

  it('the window runs from the first report: a report 31 days later is a new incident', () => {
    const table = tableOf([
      { day: '2022-02-01', actors: ['revil'], figures: [usd(10_000_000, 'ransom')] },
      { day: '2022-01-20', actors: ['revil'], figures: [usd(10_000_000, 'ransom')] },
      { day: '2022-01-01', actors: ['revil'], figures: [usd(10_000_000, 'ransom')] },
    ]);
    expect(countedFigures(table, all(table), { currency: 'USD' }).map((figure) => figure.reportedBy)).toEqual([[2, 1], [0]]);
    expect(countedFigures(table, all(table), { currency: 'USD', windowDays: 60 }).map((figure) => figure.reportedBy)).toEqual([[2, 1, 0]]);
  });

  it('counts incident kinds only, unless asked: a price of the same amount never joins a theft', () => {
    const table = tableOf([
      { day: '2021-06-02', figures: [usd(5_000, 'price')] },
      { day: '2021-06-01', figures: [usd(5_000, 'theft'), usd(9, 'other')] },
    ]);
    expect(countedFigures(table, all(table), { currency: 'USD' }).map((figure) => [figure.kind, figure.reportedBy])).toEqual([['theft', [1]]]);
    const everything = countedFigures(table, all(table), { currency: 'USD', kinds: ['theft', 'price', 'other'] });
    expect(everything.map((figure) => [figure.kind, figure.reportedBy])).toEqual([
      ['theft', [1]],
      ['other', [1]],
      ['price', [0]],
    ]);
  });

  it('posts naming different actors report different incidents', () => {
    const table = tableOf([
      { day: '2021-06-10', actors: ['revil'], figures: [usd(11_000_000, 'ransom')] },
      { day: '2021-06-01', actors: ['darkside'], figures: [usd(11_000_000, 'ransom')] },
    ]);
    expect(countedFigures(table, all(table), { currency: 'USD' })).toHaveLength(2);
  });

  it('a post naming no actor merges on amount, currency and kind', () => {
    const table = tableOf([
      { day: '2024-02-12', figures: [usd(3_000_000_000, 'theft')] },
      { day: '2024-02-10', actors: ['lazarus-group'], figures: [usd(3_000_000_000, 'theft')] },
      { day: '2024-02-09', figures: [usd(3_000_000_000, 'damages')] },
    ]);
    const figures = countedFigures(table, all(table), { currency: 'USD' });
    expect(figures.map((figure) => [figure.kind, figure.reportedBy])).toEqual([
      ['damages', [2]],
      ['theft', [1, 0]],
    ]);
  });

  it('different currencies never merge, nor amounts more than 10% apart', () => {
    const table = tableOf([
      { day: '2020-01-02', actors: ['a'], figures: [[5_000_000, 'EUR', 'fine', 5_500_000, 0]] },
      { day: '2020-01-01', actors: ['a'], figures: [usd(5_000_000, 'fine'), usd(5_600_000, 'fine')] },
    ]);
    expect(countedFigures(table, all(table), { currency: 'USD', includeConverted: true })).toHaveLength(3);
  });

  it('one theft rounded three ways in three posts counts once, at its first report', () => {
    // "$52m" on the day, "$48.5 million" and "$52M ... around $50 million" in the days after.
    const table = tableOf([
      { day: '2019-12-02', victims: ['KR'], figures: [usd(52_000_000), usd(50_000_000)] },
      { day: '2019-12-01', figures: [usd(48_500_000)] },
      { day: '2019-11-28', victims: ['KR', 'JP'], figures: [usd(52_000_000)] },
    ]);
    const figures = countedFigures(table, all(table), { currency: 'USD' });
    expect(figures.map((figure) => [figure.amount, figure.reportedBy, figure.figures.length])).toEqual([[52_000_000, [2, 1, 0], 4]]);
  });

  it('close amounts stay apart when the posts name different victims, different actors or another kind', () => {
    const table = tableOf([
      { day: '2021-03-04', victims: ['JP'], figures: [usd(31_000_000)] },
      { day: '2021-03-03', actors: ['revil'], figures: [usd(10_500_000, 'ransom')] },
      { day: '2021-03-02', actors: ['darkside'], figures: [usd(10_000_000, 'ransom')] },
      { day: '2021-03-01', victims: ['US'], figures: [usd(30_000_000), usd(29_000_000, 'loss')] },
    ]);
    expect(countedFigures(table, all(table), { currency: 'USD' })).toHaveLength(5);
  });
});

describe('currencies', () => {
  const table = tableOf([
    { day: '2024-12-24', actors: ['tradertraitor'], figures: [[48_200_000_000, 'JPY', 'theft', 318_246_133.67, 0], [4502.9, 'BTC', 'theft', null, 0], usd(308_000_000)] },
    { day: '2024-01-08', figures: [[6_000_000, 'GBP', 'loss', null, 0]] },
    { day: '2021-05-27', figures: [[100_000_000, 'EUR', 'loss', 118_300_000, 0]] },
  ]);

  it('counts only figures stated in the chart’s currency unless converted amounts are asked for', () => {
    expect(countedFigures(table, all(table), { currency: 'USD' }).map((figure) => figure.amount)).toEqual([308_000_000]);
    expect(countedFigures(table, all(table), { currency: 'BTC' }).map((figure) => figure.amount)).toEqual([4502.9]);
    expect(countedFigures(table, all(table), { currency: 'EUR', includeConverted: true }).map((figure) => figure.value)).toEqual([100_000_000]);
  });

  it('converted amounts count in USD when asked, marked converted, except one the post also states in USD', () => {
    const figures = countedFigures(table, all(table), { currency: 'USD', includeConverted: true });
    // ¥48.2 billion is the post's $308 million said twice (within 20%): not added again.
    expect(figures.map((figure) => [figure.currency, figure.value, figure.converted])).toEqual([
      ['EUR', 118_300_000, true],
      ['USD', 308_000_000, false],
    ]);
  });

  it('lists the currencies in view, USD first, and how many figures could be converted', () => {
    expect(currenciesInView(table, all(table))).toEqual({
      currencies: [
        { currency: 'USD', count: 1 },
        { currency: 'BTC', count: 1 },
        { currency: 'EUR', count: 1 },
        { currency: 'GBP', count: 1 },
        { currency: 'JPY', count: 1 },
      ],
      convertible: 2,
    });
  });
});

describe('totals', () => {
  const table = tableOf([
    { day: '2023-02-01', actors: ['lazarus-group'], figures: [[1_700_000_000, 'USD', 'theft', 1_700_000_000, 1]] },
    { day: '2022-04-14', actors: ['lazarus-group'], figures: [usd(620_000_000)] },
  ]);

  it('a total over a period is left out unless asked for, so its incidents are not counted twice', () => {
    expect(countedFigures(table, all(table), { currency: 'USD' }).map((figure) => figure.amount)).toEqual([620_000_000]);
    expect(countedFigures(table, all(table), { currency: 'USD', includeTotals: true }).map((figure) => figure.amount).sort()).toEqual([1_700_000_000, 620_000_000].sort());
  });
});
