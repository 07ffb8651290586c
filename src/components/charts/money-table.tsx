/**
 * The money chart's tooltip and table view: the figures of a bar, and the same numbers as a table
 * whose periods narrow the view and whose figures open their posts.
 */
import { Link } from 'react-router';
import type { Collection } from '../../model/collection.ts';
import type { MoneyBin, MoneySeries } from '../../model/charts/money.ts';
import { formatDay } from '../../model/post-date.ts';
import { formatFull, formatMoney, formatShort } from '../../model/charts/money-display.ts';
import { actorNames, FigurePostLink } from './figure-details.tsx';
import { useListRows } from '../use-list-rows.ts';

/** A post's title as plain text (tooltips hold no links). */
function FigureTitle({ collection, row }: { collection: Collection; row: number }) {
  return <>{useListRows(collection, [row])(row)?.[1] ?? '…'}</>;
}

const TOOLTIP_FIGURES = 6;

/** A hovered bar's total and its largest figures; the links are in the panel under the chart. */
export function MoneyTooltip({ active, bin, currency, collection }: { active?: boolean; bin: MoneyBin | undefined; currency: string; collection: Collection }) {
  if (!active || !bin || bin.figures.length === 0) return null;
  const more = bin.figures.length - TOOLTIP_FIGURES;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        {bin.label}: {formatMoney(bin.total, currency)}
      </p>
      <ul>
        {bin.figures.slice(0, TOOLTIP_FIGURES).map((figure) => (
          <li key={`${figure.row}-${figure.figureIndex}`}>
            <strong>
              {formatShort(figure.value)} {currency}
            </strong>{' '}
            {figure.kind}
            {figure.converted ? ` (from ${formatShort(figure.amount)} ${figure.currency})` : ''} · {actorNames(collection, figure)} — <FigureTitle collection={collection} row={figure.row} /> · {formatDay(figure.day)}
            {figure.reportedBy.length > 1 ? ` · reported by ${figure.reportedBy.length} posts` : ''}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>and {more} more</p> : null}
      <p className="chart-tooltip-hint">Click to list them with links</p>
    </div>
  );
}

interface MoneyTableViewProps {
  collection: Collection;
  series: MoneySeries;
  currency: string;
  stated: string;
  noun: string;
  nameOf: (key: string) => string;
  hrefOf: (bin: MoneyBin) => string;
}

const TABLE_FIGURES = 3;

/** Per period: the sum of each stack, the total, and the three largest figures with links. */
export function MoneyTableView({ collection, series, currency, stated, noun, nameOf, hrefOf }: MoneyTableViewProps) {
  return (
    <table className="chart-table">
      <caption>
        Reported money per {noun} in {currency}: figures {stated}, each incident counted once, in the {noun} of its first report. Choose a period to narrow the
        view to it.
      </caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {series.series.map((entry) => (
            <th scope="col" className="num" key={entry.key}>
              {nameOf(entry.key)}
            </th>
          ))}
          <th scope="col" className="num">
            Total ({currency})
          </th>
          <th scope="col">Largest figures</th>
        </tr>
      </thead>
      <tbody>
        {series.bins.map((bin) => (
          <tr key={bin.start}>
            <th scope="row">
              <Link to={hrefOf(bin)}>{bin.label}</Link>
            </th>
            {series.series.map((entry) => (
              <td className="num" key={entry.key}>
                {formatFull(bin.values[entry.key] ?? 0)}
              </td>
            ))}
            <td className="num">{formatFull(bin.total)}</td>
            <td>
              {bin.figures.length === 0 ? null : (
                <ul className="table-figures">
                  {bin.figures.slice(0, TABLE_FIGURES).map((figure) => (
                    <li key={`${figure.row}-${figure.figureIndex}`}>
                      {formatShort(figure.value)} {figure.kind}: <FigurePostLink collection={collection} figure={figure} /> (
                      {formatDay(figure.day)}
                      {figure.reportedBy.length > 1 ? `, reported by ${figure.reportedBy.length} posts` : ''})
                    </li>
                  ))}
                  {bin.figures.length > TABLE_FIGURES ? <li>and {bin.figures.length - TABLE_FIGURES} more</li> : null}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
