/**
 * The most frequent values of one facet in a view (victim countries, actors, platforms), counted
 * over the view's posts. Clicking a bar adds the value to the view's filters (or removes it if it is
 * already there). Loaded through ./lazy.tsx only: this module imports recharts.
 */
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { topChartView } from '../../model/charts/top-view.ts';
import type { Facet } from '../../model/view/view-state.ts';
import { BAR, BAR_SELECTED } from './chart-colors.ts';
import { ChartFrame, payloadIndex } from './chart-frame.tsx';
import { formatFull } from '../../model/charts/money-display.ts';
import type { ChartViewProps } from './chart-props.ts';
import { usePlotPointer } from './plot-pointer.tsx';

/** Props of a top-values chart. */
export interface TopChartProps extends ChartViewProps {
  facet: Facet;
  title: string;
  /** What one value is, plural: "victim countries". */
  noun: string;
  limit?: number;
}

const NAME_WIDTH = 150;

/** A horizontal bar per value, most posts first. */
export function TopChart({ collection, state, rows, hrefOf, facet, title, noun, limit = 10 }: TopChartProps) {
  const navigate = useNavigate();
  const view = useMemo(
    () => topChartView({ table: collection.posts, rows, state, facet, title, noun, limit, nameOf: collection.nameOf }),
    [collection, rows, state, facet, title, noun, limit],
  );
  const data = view.bars;
  const pointer = usePlotPointer(data.length, 'vertical');
  const choose = (index: number | null) => {
    const datum = data[index ?? -1];
    if (datum) void navigate(hrefOf(datum.next));
  };

  return (
    <ChartFrame
      title={title}
      size="top"
      units={view.units}
      empty={view.empty}
      csv={() => view.csv}
      table={() => (
        <table className="chart-table">
          <caption>{view.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Rank
              </th>
              <th scope="col">Name</th>
              <th scope="col" className="num">
                Posts
              </th>
              <th scope="col" className="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.id} className={datum.selected ? 'selected' : undefined}>
                <td className="num">{datum.index + 1}</td>
                <th scope="row">
                  <Link to={hrefOf(datum.next)} aria-label={datum.action}>
                    {datum.name}
                  </Link>
                  {datum.selected ? ' (in the filters)' : null}
                </th>
                <td className="num">{formatFull(datum.count)}</td>
                <td className="num">{datum.share}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      footer={view.note ? <p className="chart-note">{view.note}</p> : null}
    >
      <div className="chart-surface" onClick={(event) => choose(pointer.indexAt(event))} onKeyDown={(event) => choose(pointer.keyIndex(event))}>
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 20, left: 4 }}
        cursor="pointer"
        title={title}
      >
        {pointer.probe}
        <CartesianGrid horizontal={false} strokeOpacity={0.3} />
        <XAxis type="number" allowDecimals={false} tickLine={false} height={36} label={{ value: 'Posts', position: 'insideBottom', offset: -6 }} />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} tickLine={false} interval={0} tickFormatter={(name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name)} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const datum = data[payloadIndex(payload) ?? -1];
            if (!active || !datum) return null;
            return (
              <div className="chart-tooltip">
                <p className="chart-tooltip-title">{datum.name}</p>
                <p>{datum.summary}</p>
                <p className="chart-tooltip-hint">Click: {datum.action.toLowerCase()}</p>
              </div>
            );
          }}
        />
        <Bar dataKey="count" isAnimationActive={false}>
          {data.map((datum) => (
            <Cell key={datum.id} fill={datum.selected ? BAR_SELECTED : BAR} />
          ))}
        </Bar>
      </BarChart>
      </div>
    </ChartFrame>
  );
}
