/**
 * Posts over time for a view, counted under every filter but the dates, so the view's date range
 * shows highlighted in its context. Clicking a bar sets the dates to that bin; dragging across bars
 * sets them to the bins dragged over. Both push a new URL, so Back undoes them.
 * Loaded through ./lazy.tsx only: this module imports recharts.
 */
import { type ReactNode, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { BinUnit, TimeBin } from '../../model/charts/time-series.ts';
import { type BarTone, postsChartView, type PostsBar, withoutDates } from '../../model/charts/posts-view.ts';
import { setDateRange } from '../../model/view/view-state-edit.ts';
import { BAR, BAR_FADED, BAR_SELECTED } from './chart-colors.ts';
import { ChartFrame, payloadIndex } from './chart-frame.tsx';
import { PostsTable, RangeNote } from './posts-table.tsx';
import type { ChartViewProps } from './chart-props.ts';
import { PeriodSelect } from './period-select.tsx';
import { usePlotPointer } from './plot-pointer.tsx';

/** Props of the posts-over-time chart. */
export interface PostsChartProps extends Omit<ChartViewProps, 'rows'> {
  /** The search's rows, `null` without a search; the chart applies the filters itself, without the dates. */
  searchRows: ArrayLike<number> | null;
  /** The small version above the explorer's list. */
  compact?: boolean;
  /** More tools in the header (the compact chart's link to all charts). */
  extraTools?: ReactNode;
}

type Datum = PostsBar;

const TONE_COLORS: Record<BarTone, string> = { plain: BAR, selected: BAR_SELECTED, faded: BAR_FADED };

/** Posts per month, quarter or year, with the view's dates highlighted. */
export function PostsChart({ collection, state, searchRows, hrefOf, compact = false, extraTools }: PostsChartProps) {
  const navigate = useNavigate();
  const [unit, setUnit] = useState<BinUnit | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const undated = useMemo(() => collection.engine.rows(withoutDates(state), searchRows), [collection, state.filters, state.all, searchRows]);
  const view = useMemo(() => postsChartView({ table: collection.posts, rows: undated, state }, { compact, unit }), [collection, undated, state, compact, unit]);
  const { series, range, noun } = view;
  const data: Datum[] = view.bars;
  const narrowTo = (first: TimeBin, last: TimeBin) => void navigate(hrefOf(setDateRange(state, first.start, last.end)));
  const dragLo = drag ? Math.min(drag.from, drag.to) : -1;
  const dragHi = drag ? Math.max(drag.from, drag.to) : -1;

  const pointer = usePlotPointer(data.length, 'horizontal');
  const finishDrag = () => {
    const first = series.bins[dragLo];
    const last = series.bins[dragHi];
    setDrag(null);
    if (first && last) narrowTo(first, last);
  };

  return (
    <ChartFrame
      title="Posts over time"
      size={compact ? 'compact' : 'posts'}
      units={view.units}
      controls={
        <>
          {compact ? null : <PeriodSelect unit={unit} resolved={series.unit} onChange={setUnit} span={series.bins} />}
          {extraTools}
        </>
      }
      empty={view.empty}
      csv={() => view.csv}
      table={() => <PostsTable bins={series.bins} counts={series.counts} range={range} noun={noun} hrefOf={(bin) => hrefOf(setDateRange(state, bin.start, bin.end))} />}
      footer={<RangeNote state={state} hrefOf={hrefOf} />}
    >
      <div
        className="chart-surface"
        onMouseDown={(event) => {
          const index = pointer.indexAt(event);
          if (index === null || event.button !== 0) return;
          // Else the browser may start dragging the SVG or selecting text, and the mouseup never comes.
          event.preventDefault();
          setDrag({ from: index, to: index });
        }}
        onMouseMove={(event) => {
          const index = pointer.indexAt(event);
          if (drag && index !== null && index !== drag.to) setDrag({ ...drag, to: index });
        }}
        onMouseUp={() => finishDrag()}
        onMouseLeave={() => setDrag(null)}
        onKeyDown={(event) => {
          const bin = series.bins[pointer.keyIndex(event) ?? -1];
          if (bin) narrowTo(bin, bin);
        }}
      >
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        margin={{ top: 8, right: 12, bottom: compact ? 4 : 20, left: 8 }}
        barCategoryGap={1}
        cursor="pointer"
        title={view.plotTitle}
      >
        {pointer.probe}
        <CartesianGrid vertical={false} strokeOpacity={0.3} />
        <XAxis
          dataKey="label"
          interval="preserveStartEnd"
          minTickGap={24}
          tickLine={false}
          height={compact ? 20 : 36}
          label={compact ? undefined : { value: view.xLabel, position: 'insideBottom', offset: -6 }}
        />
        <YAxis
          width={compact ? 44 : 64}
          allowDecimals={false}
          tickLine={false}
          label={{ value: 'Posts', angle: -90, position: 'insideLeft', offset: compact ? 4 : 0, style: { textAnchor: 'middle' } }}
        />
        <Tooltip isAnimationActive={false} content={({ active, payload }) => <PostsTooltip active={active} datum={data[payloadIndex(payload) ?? -1]} noun={noun} />} />
        <Bar dataKey="count" isAnimationActive={false} minPointSize={0}>
          {data.map((datum) => (
            <Cell key={datum.index} fill={TONE_COLORS[datum.tone]} />
          ))}
        </Bar>
        {drag && dataLabel(data, dragLo) !== undefined ? <ReferenceArea x1={dataLabel(data, dragLo)} x2={dataLabel(data, dragHi)} fillOpacity={0.15} /> : null}
      </BarChart>
      </div>
    </ChartFrame>
  );
}

function dataLabel(data: readonly Datum[], index: number): string | undefined {
  return data[index]?.label;
}

function PostsTooltip({ active, datum, noun }: { active?: boolean; datum: Datum | undefined; noun: string }) {
  if (!active || !datum) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{datum.label}</p>
      <p>{datum.summary}</p>
      <p className="chart-tooltip-hint">Click to show this {noun}</p>
    </div>
  );
}
