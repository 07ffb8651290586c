import { describe, expect, it } from 'vitest';
import { moneyTableOf, usdFigure as usd } from '../../test-support/post-table-fixture.ts';
import { createViewState } from '../view/view-state.ts';
import type { MoneyTable } from './incidents.ts';
import { moneyChartView, type MoneyViewOptions } from './money-view.ts';

const defaults: MoneyViewOptions = {
  currency: null,
  includeConverted: false,
  includeTotals: false,
  includeOtherKinds: false,
  includeOutliers: false,
  stackBy: 'kind',
  scale: 'linear',
  unit: 'year',
};

const NAMES: Record<string, string> = { 'lazarus-group': 'Lazarus Group' };
const nameOf = (_facet: string, id: string) => NAMES[id] ?? id;
const all = (table: MoneyTable) => table.day.map((_, row) => row);

// Two Lazarus thefts, a bounty, a reported total, and figures in yen (with a dollar value) and pounds (without).
const table = moneyTableOf([
  { day: '2021-02-09', actors: ['lazarus-group'], figures: [usd(275_000_000), usd(10_000_000, 'bounty')] },
  { day: '2020-01-11', actors: ['lazarus-group'], figures: [usd(571_000_000), [48_200_000_000, 'JPY', 'theft', 318_246_133.67, 0]] },
  { day: '2020-01-05', figures: [[1_700_000_000, 'USD', 'theft', 1_700_000_000, 1], [6_000_000, 'GBP', 'loss', null, 0]] },
]);

const viewOf = (options: Partial<MoneyViewOptions> = {}, rows: ArrayLike<number> = all(table), state = createViewState(), of = table) =>
  moneyChartView({ table: of, rows, state, nameOf }, { ...defaults, ...options });

describe('the money chart view', () => {
  it('charts incident money in USD by default, and says what it sums and what it leaves out', () => {
    const view = viewOf();
    expect(view.currency).toBe('USD');
    expect(view.currencies.map((entry) => entry.label)).toEqual(['USD (4 figures)', 'GBP (1 figure)', 'JPY (1 figure)']);
    expect(view.units).toBe(
      'Sum of figures stated in USD, by year of first report, of incident money (theft, ransom, fine, loss, damages); the same incident reported by several posts counts once, and totals over a period are left out. Click a bar to narrow the view to its year.',
    );
    expect(view.otherCurrencies).toBe('2 figures are stated in other currencies (GBP, JPY) and not in this sum; nothing is converted unless “Include converted amounts” is on.');
    expect(view.empty).toBeUndefined();
    expect([view.plotTitle, view.xLabel, view.yLabel]).toEqual(['Reported money per year, USD', 'Year of first report', 'Amount (USD)']);
  });

  it('offers a checkbox only for what it would add: the bounty, the total and the yen amount', () => {
    expect(viewOf().toggles).toEqual({ otherKinds: 1, outliers: null, totals: 1, converted: 1 });
    // Converting is offered in USD only.
    expect(viewOf({ currency: 'GBP' }).toggles).toEqual({ otherKinds: null, outliers: null, totals: null, converted: null });
  });

  it('draws a row per bar with a field per stack, and a log axis of whole powers of ten around the totals', () => {
    const view = viewOf();
    expect(view.stacks).toEqual([{ key: 'theft', name: 'Theft', dataKey: 's0', total: 846_000_000 }]);
    expect(view.data).toEqual([
      { index: 0, label: '2020', total: 571_000_000, s0: 571_000_000 },
      { index: 1, label: '2021', total: 275_000_000, s0: 275_000_000 },
    ]);
    expect(view.logDomain).toEqual([1e8, 1e9]);
    expect(view.inView.map((figure) => figure.value)).toEqual([571_000_000, 275_000_000]);
  });

  it('gives the CSV the same numbers, one line per period, named after the currency and the stacking', () => {
    expect(viewOf().csv).toEqual({
      fileName: 'sitrep-money-usd-by-kind.csv',
      header: ['Period', 'First day', 'Last day', 'Theft (USD)', 'Total (USD)', 'Incidents', 'Reports'],
      rows: [
        ['2020', '2020-01-01', '2020-12-31', 571_000_000, 571_000_000, 1, 1],
        ['2021', '2021-01-01', '2021-12-31', 275_000_000, 275_000_000, 1, 1],
      ],
    });
  });

  it('names actor stacks by the lookup, and incidents without an actor as such', () => {
    const view = viewOf({ stackBy: 'actor', includeTotals: true });
    expect(view.stacks.map((stack) => stack.name)).toEqual(['No actor named', 'Lazarus Group']);
    expect(view.csv.header.slice(3, 5)).toEqual(['No actor named (USD)', 'Lazarus Group (USD)']);
    expect(view.csv.fileName).toBe('sitrep-money-usd-by-actor.csv');
    expect(view.units).toContain(', and reported totals are included.');
  });

  it('adds converted amounts when asked, and says so', () => {
    const view = viewOf({ includeConverted: true });
    expect(view.stated).toBe('stated in USD plus amounts converted to USD at the average rate of the post’s year');
    expect(view.data[0]?.total).toBe(571_000_000 + 318_246_133.67);
    expect(view.otherCurrencies).toBe('1 figure is stated in other currencies (GBP, JPY) and not in this sum; nothing is converted unless “Include converted amounts” is on.');
  });

  it('keeps a currency asked for while the view has figures in it, else falls back to USD', () => {
    const pounds = viewOf({ currency: 'GBP' });
    expect(pounds.currency).toBe('GBP');
    expect(pounds.units).toMatch(/^Sum of figures stated in GBP, by year/);
    expect(pounds.otherCurrencies).toBe('5 figures are stated in other currencies (USD, JPY) and not in this sum; nothing is converted.');
    expect(viewOf({ currency: 'EUR' }).currency).toBe('USD');
    const nothing = viewOf({ currency: 'GBP' }, []);
    expect([nothing.currency, nothing.empty]).toEqual(['USD', 'No incident money stated in USD in this view.']);
  });

  it('says how many other figures an empty chart leaves out, and counts them when asked', () => {
    const bounties = moneyTableOf([{ day: '2019-06-01', figures: [usd(10_000_000, 'bounty'), usd(5_000, 'price')] }]);
    expect(viewOf({}, [0], createViewState(), bounties).empty).toBe('No incident money stated in USD in this view; 2 other figures are left out.');
    const everything = viewOf({ includeOtherKinds: true }, [0], createViewState(), bounties);
    expect(everything.empty).toBeUndefined();
    expect(everything.units).toContain(', of every kind;');
    expect(everything.toggles.otherKinds).toBe(2);
  });

  it('says whether amounts out of proportion are held out or included, and when the scale is log', () => {
    const huge = moneyTableOf([{ day: '2020-03-01', figures: [usd(75_000_000_000_000, 'damages'), usd(1_000_000)] }]);
    expect(viewOf({}, [0], createViewState(), huge).units).toContain('left out, amounts out of proportion held out. Click');
    expect(viewOf({}, [0], createViewState(), huge).toggles.outliers).toBe(1);
    expect(viewOf({ includeOutliers: true, scale: 'log' }, [0], createViewState(), huge).units).toContain(
      'left out, amounts out of proportion included. Log scale: totals only. Click a bar to narrow the view to its year.',
    );
  });

  it('heads the figures under the chart with the view’s dates, or the largest in view with a hint', () => {
    expect(viewOf().details).toEqual({ heading: 'Largest figures in this view', hint: 'Click a bar, or a period in the table, to list the figures of that period.' });
    expect(viewOf({}, all(table), createViewState({ from: '2020-01-01', to: '2020-12-31' })).details).toEqual({
      heading: 'Figures from 1 January 2020 to 31 December 2020',
      hint: undefined,
    });
    expect(viewOf({}, all(table), createViewState({ from: '2020-01-01' })).details.heading).toBe('Figures from 1 January 2020 to the last post');
  });
});
