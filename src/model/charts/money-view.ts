/**
 * What the money chart draws (src/components/charts/money-chart.tsx), from plain data: the currency
 * in use and the others in view, the figures left out and the options that would add them, the
 * series and the plot's rows, the log scale's bounds, the figures listed under the chart, and every
 * text it shows (units, empty, notes, headings, axis labels, the CSV). Pure; rules in docs/charts.md.
 */
import { csvFileName, type CsvTable } from '../export/csv.ts';
import { formatDay } from '../post-date.ts';
import { viewStateToSearch, type Facet, type ViewState } from '../view/view-state.ts';
import { currenciesInView, type CurrencyCount, type MoneyFigure, type MoneyTable } from './incidents.ts';
import { ALL_KINDS, INCIDENT_KINDS, leftOutCounts, type LeftOutCounts } from './incident-money.ts';
import { capitalize } from './money-display.ts';
import { moneyOverTime, NO_ACTOR, OTHER_ACTORS, type MoneySeries, type MoneyStack } from './money.ts';
import { UNIT_NOUN, type BinUnit } from './time-series.ts';

/** The money chart's value axis. */
export type MoneyScale = 'linear' | 'log';

/** The data a money chart is drawn from. */
export interface MoneyViewInput {
  /** The post table's days and actors, and the figures column. */
  table: MoneyTable;
  /** The rows the view selects. */
  rows: ArrayLike<number>;
  /** The view: its dates bound the bins and head the figures listed, its query names the CSV file. */
  state: ViewState;
  /** Display names of facet values (the collection's `nameOf`); actors are named by it. */
  nameOf: (facet: Facet, id: string) => string;
}

/** The reader's choices, the chart's own state (the URL holds the view). */
export interface MoneyViewOptions {
  /** The currency asked for; `null`, or one with no figure in view, gives USD if in view, else the commonest. */
  currency: string | null;
  includeConverted: boolean;
  includeTotals: boolean;
  /** Bounties, funding, prices and other amounts as well as incident money. */
  includeOtherKinds: boolean;
  includeOutliers: boolean;
  stackBy: MoneyStack;
  scale: MoneyScale;
  /** The period asked for; `null` lets the span choose. */
  unit: BinUnit | null;
}

/** A currency of the select: its code and "KRW (3 figures)". */
export interface CurrencyOption extends CurrencyCount {
  label: string;
}

/** A stack of the bars: its series key, display name, field in the plot's rows, and sum over all bins. */
export interface MoneyStackView {
  key: string;
  name: string;
  dataKey: string;
  total: number;
}

/** One bar of the plot: `index`, `label`, `total` (`null` when 0, so a log axis skips it) and `s0`, `s1` ... per stack. */
export type MoneyDatum = Record<string, string | number | null>;

/**
 * How many figures each checkbox would add, or `null` when it is not offered: there is nothing it
 * would add (and it is off), or it does not apply to the currency.
 */
export interface MoneyToggles {
  otherKinds: number | null;
  outliers: number | null;
  totals: number | null;
  converted: number | null;
}

/** Everything the money chart draws. */
export interface MoneyChartView {
  /** The currencies in view, USD first, then by count. */
  currencies: CurrencyOption[];
  /** The currency in use. */
  currency: string;
  /** Non-USD figures in view with a USD value. */
  convertible: number;
  /** Figures in `currency` left out of the sum by default. */
  leftOut: LeftOutCounts;
  toggles: MoneyToggles;
  series: MoneySeries;
  /** The stacks, largest first. */
  stacks: MoneyStackView[];
  /** A series key's display name: a kind, an actor, "Other actors", "No actor named". */
  nameOf: (key: string) => string;
  /** The period in a sentence: "year". */
  noun: string;
  /** "stated in USD", or with converted amounts. */
  stated: string;
  data: MoneyDatum[];
  /** The log axis's domain: whole powers of ten around the totals. */
  logDomain: [number, number];
  /** The incidents of every bin, largest first. */
  inView: MoneyFigure[];
  units: string;
  /** Why there is nothing to draw, or `undefined`. */
  empty: string | undefined;
  /** The figures in other currencies, not in the sum; `null` when there are none. */
  otherCurrencies: string | null;
  /** The panel of figures under the chart. */
  details: { heading: string; hint: string | undefined };
  plotTitle: string;
  xLabel: string;
  yLabel: string;
  csv: CsvTable;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The money chart of a view under the reader's choices. */
export function moneyChartView(input: MoneyViewInput, options: MoneyViewOptions): MoneyChartView {
  const { table, rows, state } = input;
  const { currencies, convertible } = currenciesInView(table, rows);
  // The currency asked for while the view has figures in it, else USD, else the commonest.
  const currency = currencies.find((entry) => entry.currency === options.currency)?.currency ?? currencies[0]?.currency ?? 'USD';
  const converting = currency === 'USD' && options.includeConverted;
  const leftOut = leftOutCounts(table, rows, currency);
  const series = moneyOverTime(table, rows, {
    currency,
    includeConverted: converting,
    includeTotals: options.includeTotals,
    kinds: options.includeOtherKinds ? ALL_KINDS : INCIDENT_KINDS,
    includeOutliers: options.includeOutliers,
    stackBy: options.stackBy,
    from: state.from,
    to: state.to,
    maxBins: 30,
    unit: options.unit ?? undefined,
  });
  const outliers = series.heldOut.length;
  const noun = UNIT_NOUN[series.unit];
  const nameOf = (key: string) =>
    key === OTHER_ACTORS ? 'Other actors' : key === NO_ACTOR ? 'No actor named' : options.stackBy === 'actor' ? input.nameOf('actor', key) : capitalize(key);
  const stacks = series.series.map((entry, s) => ({ key: entry.key, name: nameOf(entry.key), dataKey: `s${s}`, total: entry.total }));

  const data: MoneyDatum[] = series.bins.map((bin, index) => {
    const datum: MoneyDatum = { index, label: bin.label, total: bin.total > 0 ? bin.total : null };
    for (const stack of stacks) datum[stack.dataKey] = bin.values[stack.key] ?? 0;
    return datum;
  });
  const positive = series.bins.map((bin) => bin.total).filter((total) => total > 0);
  // Whole powers of ten around the totals, so no bar is clipped and the smallest still shows.
  const logFloor = positive.length > 0 ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : 1;
  const logCeiling = positive.length > 0 ? 10 ** Math.ceil(Math.log10(Math.max(...positive))) : 10;

  const others = currencies.filter((entry) => entry.currency !== currency);
  const otherCount = others.reduce((sum, entry) => sum + entry.count, 0) - (converting ? convertible : 0);
  const canConvert = currency === 'USD' && convertible > 0;
  const stated = converting ? 'stated in USD plus amounts converted to USD at the average rate of the post’s year' : `stated in ${currency}`;
  const counted = options.includeOtherKinds ? 'of every kind' : `of incident money (${INCIDENT_KINDS.join(', ')})`;
  const totals = options.includeTotals ? ', and reported totals are included' : ', and totals over a period are left out';
  const heldOut = outliers > 0 ? (options.includeOutliers ? ', amounts out of proportion included' : ', amounts out of proportion held out') : '';
  const otherKindsLeftOut = leftOut.otherKinds > 0 && !options.includeOtherKinds ? `; ${leftOut.otherKinds} other ${plural(leftOut.otherKinds, 'figure is', 'figures are')} left out` : '';
  const ranged = state.from !== null || state.to !== null;

  return {
    currencies: currencies.map((entry) => ({ ...entry, label: `${entry.currency} (${entry.count} ${plural(entry.count, 'figure', 'figures')})` })),
    currency,
    convertible,
    leftOut,
    toggles: {
      otherKinds: leftOut.otherKinds > 0 || options.includeOtherKinds ? leftOut.otherKinds : null,
      outliers: outliers > 0 ? outliers : null,
      totals: leftOut.totals > 0 ? leftOut.totals : null,
      converted: canConvert ? convertible : null,
    },
    series,
    stacks,
    nameOf,
    noun,
    stated,
    data,
    logDomain: [logFloor, logCeiling],
    inView: series.bins.flatMap((bin) => bin.figures).sort((a, b) => b.value - a.value),
    units: `Sum of figures ${stated}, by ${noun} of first report, ${counted}; the same incident reported by several posts counts once${totals}${heldOut}.${options.scale === 'log' ? ' Log scale: totals only.' : ''} Click a bar to narrow the view to its ${noun}.`,
    empty: series.incidentCount === 0 ? `No ${options.includeOtherKinds ? 'money figures' : 'incident money'} ${stated} in this view${otherKindsLeftOut}.` : undefined,
    otherCurrencies:
      otherCount > 0
        ? `${otherCount} ${plural(otherCount, 'figure is', 'figures are')} stated in other currencies (${others.map((entry) => entry.currency).join(', ')}) and not in this sum; nothing is converted${canConvert ? ' unless “Include converted amounts” is on' : ''}.`
        : null,
    details: {
      heading: ranged ? `Figures from ${state.from ? formatDay(state.from) : 'the first post'} to ${state.to ? formatDay(state.to) : 'the last post'}` : 'Largest figures in this view',
      hint: ranged ? undefined : 'Click a bar, or a period in the table, to list the figures of that period.',
    },
    plotTitle: `Reported money per ${noun}, ${currency}`,
    xLabel: `${capitalize(noun)} of first report`,
    yLabel: `Amount (${currency})`,
    csv: {
      fileName: csvFileName(`money ${currency} by ${options.stackBy}`, viewStateToSearch(state)),
      header: ['Period', 'First day', 'Last day', ...stacks.map((stack) => `${stack.name} (${currency})`), `Total (${currency})`, 'Incidents', 'Reports'],
      rows: series.bins.map((bin) => [
        bin.label,
        bin.start,
        bin.end,
        ...stacks.map((stack) => bin.values[stack.key] ?? 0),
        bin.total,
        bin.figures.length,
        bin.figures.reduce((sum, figure) => sum + figure.figures.length, 0),
      ]),
    },
  };
}
