/**
 * The most frequent values of one facet in a view (victim countries, actors, platforms), counted
 * over the view's posts. Clicking a bar adds the value to the view's filters (or removes it if it is
 * already there). Loaded through ./lazy.tsx only: this module imports recharts.
 */
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { topValues } from '../../model/charts/tallies.ts';
import { csvFileName } from '../../model/export/csv.ts';
import { viewStateToSearch, type Facet } from '../../model/view/view-state.ts';
import { toggleInclude } from '../../model/view/view-state-edit.ts';
import { BAR, BAR_SELECTED } from './chart-colors.ts';
import { ChartFrame, payloadIndex } from './chart-frame.tsx';
import { formatFull, formatShare } from '../../model/charts/money-display.ts';
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

interface Datum {
  index: number;
  id: string;
  name: string;
  count: number;
  selected: boolean;
}

const NAME_WIDTH = 150;

/** A horizontal bar per value, most posts first. */
export function TopChart({ collection, state, rows, hrefOf, facet, title, noun, limit = 10 }: TopChartProps) {
  const navigate = useNavigate();
  const top = useMemo(() => topValues(collection.posts, rows, facet, limit), [collection, rows, facet, limit]);
  const included = state.filters[facet].include;
  const data: Datum[] = top.top.map((value, index) => ({ index, id: value.id, name: collection.nameOf(facet, value.id), count: value.count, selected: included.includes(value.id) }));
  const pointer = usePlotPointer(data.length, 'vertical');
  const choose = (index: number | null) => {
    const datum = data[index ?? -1];
    if (datum) void navigate(hrefOf(toggleInclude(state, facet, datum.id)));
  };
  const actionOf = (datum: Datum) => (datum.selected ? `Remove ${datum.name} from the filters` : `Show only posts with ${datum.name}`);

  return (
    <ChartFrame
      title={title}
      size="top"
      units={`Posts in this view per value, top ${limit}; a post can count for several. Click a bar to filter by it.`}
      empty={data.length === 0 ? `No ${noun} in this view.` : undefined}
      csv={() => ({
        fileName: csvFileName(title, viewStateToSearch(state)),
        header: ['Rank', 'Id', 'Name', 'Posts', 'Share of posts in view'],
        rows: data.map((datum) => [datum.index + 1, datum.id, datum.name, datum.count, rows.length === 0 ? 0 : datum.count / rows.length]),
      })}
      table={() => (
        <table className="chart-table">
          <caption>
            {title}: posts in this view per value, top {limit} of {top.top.length + top.otherValues}. Choose a name to filter by it.
          </caption>
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
                  <Link to={hrefOf(toggleInclude(state, facet, datum.id))} aria-label={actionOf(datum)}>
                    {datum.name}
                  </Link>
                  {datum.selected ? ' (in the filters)' : null}
                </th>
                <td className="num">{formatFull(datum.count)}</td>
                <td className="num">{formatShare(datum.count, rows.length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      footer={
        top.otherValues > 0 || top.withoutValue > 0 ? (
          <p className="chart-note">
            {top.otherValues > 0 ? `${top.otherValues} more ${noun} not shown. ` : ''}
            {top.withoutValue > 0 ? `${formatFull(top.withoutValue)} ${top.withoutValue === 1 ? 'post names' : 'posts name'} none.` : ''}
          </p>
        ) : null
      }
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
                <p>
                  {formatFull(datum.count)} {datum.count === 1 ? 'post' : 'posts'} ({formatShare(datum.count, rows.length)} of this view)
                </p>
                <p className="chart-tooltip-hint">Click: {actionOf(datum).toLowerCase()}</p>
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
