/**
 * The numbers of a posts-over-time chart without the chart: the accessible table (each period a link
 * that sets the view's dates to it) and the note of the view's dates. Free of recharts, so the
 * explorer's light timeline and the full chart share them.
 */
import { Link } from 'react-router';
import type { TimeBin } from '../../model/charts/time-series.ts';
import { formatFull } from '../../model/charts/money-display.ts';
import { formatDay } from '../../model/post-date.ts';
import type { ViewState } from '../../model/view/view-state.ts';
import { setDateRange } from '../../model/view/view-state-edit.ts';

/** Posts per period as a table whose periods narrow the view. */
export function PostsTable({ bins, counts, range, noun, hrefOf }: { bins: TimeBin[]; counts: number[]; range: { first: number; last: number } | null; noun: string; hrefOf: (bin: TimeBin) => string }) {
  return (
    <table className="chart-table">
      <caption>
        Posts per {noun} for this view, dates ignored{range ? '; the view’s dates are marked' : ''}. Choose a period to set the dates to it.
      </caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col" className="num">
            Posts
          </th>
        </tr>
      </thead>
      <tbody>
        {bins.map((bin, index) => {
          const selected = range !== null && index >= range.first && index <= range.last;
          return (
            <tr key={bin.start} className={selected ? 'selected' : undefined}>
              <th scope="row">
                <Link to={hrefOf(bin)}>{bin.label}</Link>
                {selected ? <span className="visually-hidden"> (in the view’s dates)</span> : null}
              </th>
              <td className="num">{formatFull(counts[index] ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The view's dates, with a link that clears them. */
export function RangeNote({ state, hrefOf }: { state: ViewState; hrefOf: (next: ViewState) => string }) {
  if (state.from === null && state.to === null) return null;
  return (
    <p className="chart-note">
      Dates: {state.from ? formatDay(state.from) : 'any'} – {state.to ? formatDay(state.to) : 'today'} ·{' '}
      <Link to={hrefOf(setDateRange(state, null, null))}>Clear dates</Link>
    </p>
  );
}
