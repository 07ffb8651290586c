/**
 * Reported money over time: a view's incidents (incidents.ts) summed per calendar bin, in one
 * currency, and stacked by kind or by actor, never drawing more than `MAX_MARKS` bars and segments.
 * Rules in docs/charts.md.
 */
import { binIndexer, MAX_BINS, MAX_MARKS, resolveBinUnit, timeBins, viewSpan, type BinOptions, type BinUnit, type TimeBin } from './time-series.ts';
import { countedFigures, type MoneyFigure, type MoneyOptions, type MoneyTable } from './incidents.ts';
import { outOfProportion } from './incident-money.ts';

/** The series key of incidents whose actors are all outside the top actors. */
export const OTHER_ACTORS = '(other)';

/** The series key of incidents no reporting post names an actor for. */
export const NO_ACTOR = '(none)';

/** How the bars of a money chart are split. */
export type MoneyStack = 'kind' | 'actor';

/** Options of `moneyOverTime`: the figures that count, the bins, and the stacking. */
export interface MoneyChartOptions extends MoneyOptions, BinOptions {
  stackBy: MoneyStack;
  /** With `stackBy: 'actor'`, the actors with the most money get their own series (default 8). */
  actorLimit?: number;
  /**
   * Also sum the incidents out of all proportion for their kind (`outOfProportion`). Off by default:
   * they are only listed in `heldOut`, to be shown with their sentences.
   */
  includeOutliers?: boolean;
}

/** One bar: a bin's total, its split by series key, and the incidents inside, largest first. */
export interface MoneyBin extends TimeBin {
  total: number;
  values: Record<string, number>;
  figures: MoneyFigure[];
}

/** A stack of the chart: a kind, an actor id, `OTHER_ACTORS` or `NO_ACTOR`, with its sum over all bins. */
export interface MoneySeriesKey {
  key: string;
  total: number;
}

/** Reported money per bin, in one currency. */
export interface MoneySeries {
  unit: BinUnit;
  currency: string;
  bins: MoneyBin[];
  /** The most bins this chart may have: `MAX_MARKS` shared by the stacks. A unit asked for that gives more is not used. */
  binLimit: number;
  /** Largest total first. */
  series: MoneySeriesKey[];
  total: number;
  /** Incidents counted, and the figures (reports) behind them. */
  incidentCount: number;
  reportCount: number;
  /** Incidents out of all proportion for their kind, largest first: out of every sum unless `includeOutliers`. */
  heldOut: MoneyFigure[];
}

/** The series an incident is stacked in. */
function stackKeys(figures: readonly MoneyFigure[], options: MoneyChartOptions): (figure: MoneyFigure) => string {
  if (options.stackBy === 'kind') return (figure) => figure.kind;
  // Actors ranked by the money they are named with; an incident naming several stacks once, under the highest ranked.
  const byActor = new Map<string, number>();
  for (const figure of figures) for (const actor of figure.actors) byActor.set(actor, (byActor.get(actor) ?? 0) + figure.value);
  const ranked = [...byActor].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.actorLimit ?? 8);
  const rank = new Map(ranked.map(([actor], index) => [actor, index]));
  return (figure) => {
    if (figure.actors.length === 0) return NO_ACTOR;
    let best: string = OTHER_ACTORS;
    let bestRank = Infinity;
    for (const actor of figure.actors) {
      const r = rank.get(actor);
      if (r !== undefined && r < bestRank) [best, bestRank] = [actor, r];
    }
    return best;
  };
}

/** Reported money per calendar bin over the view's span, each incident once, stacked by kind or actor. */
export function moneyOverTime(table: MoneyTable, rows: ArrayLike<number>, options: MoneyChartOptions): MoneySeries {
  const incidents = countedFigures(table, rows, options);
  const heldOut = incidents.filter((incident) => outOfProportion(incident.kind, incident.usd));
  const held = new Set(heldOut);
  const figures = options.includeOutliers === true || held.size === 0 ? incidents : incidents.filter((incident) => !held.has(incident));
  heldOut.sort((a, b) => b.value - a.value || a.day.localeCompare(b.day));
  const span = viewSpan(table, rows, options.from, options.to);
  const empty: MoneySeries = { unit: 'year', currency: options.currency, bins: [], binLimit: MAX_BINS, series: [], total: 0, incidentCount: 0, reportCount: 0, heldOut };
  if (span === null) return empty;
  const keyOf = stackKeys(figures, options);
  // Every stack of every bin is a mark: more stacks, fewer bins.
  const stacks = new Set(figures.map(keyOf)).size;
  const binLimit = Math.max(1, Math.floor(MAX_MARKS / Math.max(1, stacks)));
  const unit = resolveBinUnit(span, options, binLimit);
  const binOf = binIndexer(span, unit);
  const bins: MoneyBin[] = timeBins(span, unit).map((bin) => ({ ...bin, total: 0, values: {}, figures: [] }));
  const seriesTotals = new Map<string, number>();
  let total = 0;
  let incidentCount = 0;
  let reportCount = 0;
  for (const figure of figures) {
    const bin = bins[binOf(figure.day)];
    if (bin === undefined) continue;
    const key = keyOf(figure);
    bin.values[key] = (bin.values[key] ?? 0) + figure.value;
    bin.total += figure.value;
    bin.figures.push(figure);
    seriesTotals.set(key, (seriesTotals.get(key) ?? 0) + figure.value);
    total += figure.value;
    incidentCount++;
    reportCount += figure.figures.length;
  }
  for (const bin of bins) bin.figures.sort((a, b) => b.value - a.value || a.day.localeCompare(b.day));
  const series = [...seriesTotals].map(([key, sum]) => ({ key, total: sum })).sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  return { unit, currency: options.currency, bins, binLimit, series, total, incidentCount, reportCount, heldOut };
}
