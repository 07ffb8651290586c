/**
 * The explorer's posts over time: a strip of bars above the list, drawn as plain SVG so it costs a
 * millisecond on every facet click and no charting library on the first load (the full chart on
 * /charts uses recharts). Counted under every filter but the dates, the view's dates highlighted;
 * a bar sets the dates to its period. The table view lists the same numbers with links.
 */
import { memo, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { binsInRange, postsOverTime, UNIT_NOUN } from '../../model/charts/time-series.ts';
import { withoutDates } from '../../model/charts/posts-view.ts';
import { formatFull } from '../../model/charts/money-display.ts';
import type { Collection } from '../../model/collection.ts';
import { csvFileName } from '../../model/export/csv.ts';
import { paths } from '../../model/view/paths.ts';
import { viewStateToSearch, type ViewState } from '../../model/view/view-state.ts';
import { setDateRange } from '../../model/view/view-state-edit.ts';
import { BAR, BAR_FADED, BAR_SELECTED } from './chart-colors.ts';
import { ChartFrame } from './chart-frame.tsx';
import { PLOT_HEIGHT } from './chart-sizes.ts';
import { PostsTable, RangeNote } from './posts-table.tsx';
import { ViewChartsLink } from './view-charts-link.tsx';

// The SVG's own units: it is stretched to the width of the list.
const WIDTH = 1000;
const HEIGHT = PLOT_HEIGHT.compact;
const AXIS = 18;
const TOP = 6;

/** Posts per month, quarter or year of the view, with its dates highlighted; a link to every chart. */
export const TimelineStrip = memo(function TimelineStrip({ collection, state, searchRows }: { collection: Collection; state: ViewState; searchRows: ArrayLike<number> | null }) {
  const navigate = useNavigate();
  const undated = useMemo(() => collection.engine.rows(withoutDates(state), searchRows), [collection, state.filters, state.all, searchRows]);
  const series = useMemo(() => postsOverTime(collection.posts, undated, { maxBins: 60 }), [collection, undated]);
  const range = binsInRange(series.bins, state.from, state.to);
  const noun = UNIT_NOUN[series.unit];
  const max = Math.max(1, ...series.counts);
  const step = WIDTH / Math.max(1, series.bins.length);
  const plot = HEIGHT - AXIS - TOP;
  const first = series.bins[0];
  const last = series.bins.at(-1);

  return (
    <ChartFrame
      title="Posts over time"
      size="compact"
      units={`Posts per ${noun} · click a bar to set the dates`}
      controls={<ViewChartsLink state={state}>All charts</ViewChartsLink>}
      empty={series.total === 0 ? 'No posts in this view.' : undefined}
      csv={() => ({
        fileName: csvFileName('posts over time', viewStateToSearch(state)),
        header: ['Period', 'First day', 'Last day', 'Posts'],
        rows: series.bins.map((bin, index) => [bin.label, bin.start, bin.end, series.counts[index] ?? 0]),
      })}
      table={() => <PostsTable bins={series.bins} counts={series.counts} range={range} noun={noun} hrefOf={(bin) => paths.explorer.getHref(setDateRange(state, bin.start, bin.end))} />}
      footer={<RangeNote state={state} hrefOf={paths.explorer.getHref} />}
    >
      <svg className="timeline-strip" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`Posts per ${noun}, at most ${formatFull(max)}`}>
        {series.bins.map((bin, index) => {
          const count = series.counts[index] ?? 0;
          const height = count === 0 ? 0 : Math.max(1, (count / max) * plot);
          const selected = range !== null && index >= range.first && index <= range.last;
          return (
            <rect
              key={bin.start}
              x={index * step + step * 0.08}
              y={TOP + plot - height}
              width={step * 0.84}
              height={height}
              fill={range === null ? BAR : selected ? BAR_SELECTED : BAR_FADED}
              onClick={() => void navigate(paths.explorer.getHref(setDateRange(state, bin.start, bin.end)))}
            >
              <title>{`${bin.label}: ${formatFull(count)} ${count === 1 ? 'post' : 'posts'}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={WIDTH} y1={TOP + plot + 0.5} y2={TOP + plot + 0.5} className="timeline-axis" />
      </svg>
      <p className="timeline-ends" aria-hidden="true">
        <span>{first?.label}</span>
        <span>{last?.label}</span>
      </p>
    </ChartFrame>
  );
});
