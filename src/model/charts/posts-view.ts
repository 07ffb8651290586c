/**
 * What the posts-over-time chart draws (src/components/charts/posts-chart.tsx), from plain data:
 * posts per period under every filter but the dates, which bars the view's dates cover, and the
 * chart's texts and CSV. Pure; rules in docs/charts.md.
 */
import { csvFileName, type CsvTable } from '../export/csv.ts';
import type { FacetView } from '../facets/facets.ts';
import type { PostTable } from '../facets/post-table.ts';
import { viewStateToSearch, type ViewState } from '../view/view-state.ts';
import { capitalize, formatFull } from './money-display.ts';
import { binsInRange, postsOverTime, UNIT_NOUN, type BinUnit, type PostsSeries } from './time-series.ts';

/** The view without its dates: the chart counts under every other filter, so the dates show in context. */
export function withoutDates(state: ViewState): FacetView {
  return { filters: state.filters, from: null, to: null, all: state.all };
}

/** The data a posts-over-time chart is drawn from. */
export interface PostsViewInput {
  table: Pick<PostTable, 'day'>;
  /** The rows of the view without its dates (`withoutDates`). */
  rows: ArrayLike<number>;
  state: ViewState;
}

/** How the chart is shown. */
export interface PostsViewOptions {
  /** The small version, which bins coarser. */
  compact: boolean;
  /** The period asked for; `null` lets the span choose. */
  unit: BinUnit | null;
}

/** How a bar is coloured: `plain` when the view has no dates, else inside them or not. */
export type BarTone = 'plain' | 'selected' | 'faded';

/** One bar. */
export interface PostsBar {
  index: number;
  label: string;
  count: number;
  tone: BarTone;
  /** The tooltip's line: "3 posts". */
  summary: string;
}

/** Everything a posts-over-time chart draws. */
export interface PostsChartView {
  series: PostsSeries;
  /** The bars the view's dates cover, or `null` when it has none (or they miss every bar). */
  range: { first: number; last: number } | null;
  bars: PostsBar[];
  /** The period in a sentence: "month". */
  noun: string;
  units: string;
  /** Why there is nothing to draw, or `undefined`. */
  empty: string | undefined;
  plotTitle: string;
  xLabel: string;
  csv: CsvTable;
}

/** Posts per period of a view, its dates highlighted. */
export function postsChartView({ table, rows, state }: PostsViewInput, { compact, unit }: PostsViewOptions): PostsChartView {
  const series = postsOverTime(table, rows, { maxBins: compact ? 60 : 160, unit: unit ?? undefined });
  const range = binsInRange(series.bins, state.from, state.to);
  const noun = UNIT_NOUN[series.unit];
  const bars = series.bins.map((bin, index): PostsBar => {
    const count = series.counts[index] ?? 0;
    const tone: BarTone = range === null ? 'plain' : index >= range.first && index <= range.last ? 'selected' : 'faded';
    return { index, label: bin.label, count, tone, summary: `${formatFull(count)} ${count === 1 ? 'post' : 'posts'}` };
  });
  return {
    series,
    range,
    bars,
    noun,
    units: compact
      ? `Posts per ${noun} · click a bar or drag across bars to set the dates`
      : `Posts per ${noun} under every filter but the dates${range ? '; the view’s dates are highlighted' : ''}. Click a bar, or drag across bars, to set the dates.`,
    empty: series.total === 0 ? 'No posts in this view.' : undefined,
    plotTitle: `Posts per ${noun}`,
    xLabel: capitalize(noun),
    csv: {
      fileName: csvFileName('posts over time', viewStateToSearch(state)),
      header: ['Period', 'First day', 'Last day', 'Posts'],
      rows: series.bins.map((bin, index) => [bin.label, bin.start, bin.end, series.counts[index] ?? 0]),
    },
  };
}
