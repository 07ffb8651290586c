/**
 * What a top-values chart draws (src/components/charts/top-chart.tsx), from plain data: a bar per
 * value, most posts first, each with its name, its share of the view, the view a click opens and
 * what that click does, and the chart's texts and CSV. Pure; rules in docs/charts.md.
 */
import { csvFileName, type CsvTable } from '../export/csv.ts';
import type { PostTable } from '../facets/post-table.ts';
import { viewStateToSearch, type Facet, type ViewState } from '../view/view-state.ts';
import { toggleInclude } from '../view/view-state-edit.ts';
import { formatFull, formatShare } from './money-display.ts';
import { topValues } from './tallies.ts';

/** The data a top-values chart is drawn from. */
export interface TopViewInput {
  table: PostTable;
  /** The rows the view selects. */
  rows: ArrayLike<number>;
  state: ViewState;
  facet: Facet;
  /** The chart's title: "Top victim countries"; it also names the CSV file. */
  title: string;
  /** What one value is, plural: "victim countries". */
  noun: string;
  limit: number;
  /** Display names of facet values (the collection's `nameOf`). */
  nameOf: (facet: Facet, id: string) => string;
}

/** One bar, and one row of the table. */
export interface TopBar {
  index: number;
  id: string;
  name: string;
  count: number;
  /** Whether the view already includes the value. */
  selected: boolean;
  /** "12%": its share of the posts in view. */
  share: string;
  /** The view a click opens: the value added to the filters, or taken out. */
  next: ViewState;
  /** What a click does: "Show only posts with South Korea", "Remove South Korea from the filters". */
  action: string;
  /** The tooltip's line: "3 posts (20% of this view)". */
  summary: string;
}

/** Everything a top-values chart draws. */
export interface TopChartView {
  bars: TopBar[];
  units: string;
  /** Why there is nothing to draw, or `undefined`. */
  empty: string | undefined;
  /** The table's caption. */
  caption: string;
  /** The values not shown and the posts naming none; `null` when there are neither. */
  note: string | null;
  csv: CsvTable;
}

/** The top values of a facet in a view. */
export function topChartView({ table, rows, state, facet, title, noun, limit, nameOf }: TopViewInput): TopChartView {
  const top = topValues(table, rows, facet, limit);
  const included = state.filters[facet].include;
  const bars = top.top.map((value, index): TopBar => {
    const name = nameOf(facet, value.id);
    const selected = included.includes(value.id);
    const share = formatShare(value.count, rows.length);
    return {
      index,
      id: value.id,
      name,
      count: value.count,
      selected,
      share,
      next: toggleInclude(state, facet, value.id),
      action: selected ? `Remove ${name} from the filters` : `Show only posts with ${name}`,
      summary: `${formatFull(value.count)} ${value.count === 1 ? 'post' : 'posts'} (${share} of this view)`,
    };
  });
  const more = top.otherValues > 0 ? `${top.otherValues} more ${noun} not shown. ` : '';
  const none = top.withoutValue > 0 ? `${formatFull(top.withoutValue)} ${top.withoutValue === 1 ? 'post names' : 'posts name'} none.` : '';
  return {
    bars,
    units: `Posts in this view per value, top ${limit}; a post can count for several. Click a bar to filter by it.`,
    empty: bars.length === 0 ? `No ${noun} in this view.` : undefined,
    caption: `${title}: posts in this view per value, top ${limit} of ${top.top.length + top.otherValues}. Choose a name to filter by it.`,
    note: more || none ? `${more}${none}` : null,
    csv: {
      fileName: csvFileName(title, viewStateToSearch(state)),
      header: ['Rank', 'Id', 'Name', 'Posts', 'Share of posts in view'],
      rows: bars.map((bar) => [bar.index + 1, bar.id, bar.name, bar.count, rows.length === 0 ? 0 : bar.count / rows.length]),
    },
  };
}
