/**
 * Reported money over time for a view: sums of the figures per month, quarter or year, in one
 * currency, each incident once (docs/charts.md), stacked by kind or by actor, on a linear or log
 * scale. By default only incident money counts (theft, ransom, fines, losses, damages), and amounts
 * out of all proportion are held out and shown with their sentences above the plot; a checkbox each
 * adds the rest. Hovering a bar lists its figures; clicking it sets the view's dates to its period,
 * and the panel under the chart then lists that period's figures with links to the posts.
 * Loaded through ./lazy.tsx only: this module imports recharts.
 */
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { BinUnit } from '../../model/charts/time-series.ts';
import { csvFileName } from '../../model/export/csv.ts';
import { currenciesInView, type MoneyTable } from '../../model/charts/incidents.ts';
import { ALL_KINDS, INCIDENT_KINDS, leftOutCounts, OTHER_KINDS } from '../../model/charts/incident-money.ts';
import { moneyOverTime, NO_ACTOR, OTHER_ACTORS, type MoneyStack } from '../../model/charts/money.ts';
import type { FigureKind } from '../../model/format/data-format.ts';
import { formatDay } from '../../model/post-date.ts';
import { viewStateToSearch } from '../../model/view/view-state.ts';
import { setDateRange } from '../../model/view/view-state-edit.ts';
import { BAR, KIND_COLORS, MUTED, NONE, PALETTE } from './chart-colors.ts';
import { ChartFrame, payloadIndex } from './chart-frame.tsx';
import { FigureDetails } from './figure-details.tsx';
import { HeldOutFigures } from './held-out-figures.tsx';
import { MoneyTableView, MoneyTooltip } from './money-table.tsx';
import { formatShort } from '../../model/charts/money-display.ts';
import type { ChartViewProps } from './chart-props.ts';
import { PeriodSelect, UNIT_NOUN } from './period-select.tsx';
import { usePlotPointer } from './plot-pointer.tsx';

/** Props of the money chart: a view's rows and the index's figures column. */
export interface MoneyChartProps extends ChartViewProps {
  figures: MoneyTable['figures'];
}

type Scale = 'linear' | 'log';
type Datum = Record<string, string | number | null>;

function isKind(key: string): key is FigureKind {
  return key in KIND_COLORS;
}

/** Money per period, in one currency, each incident once. */
export function MoneyChart({ collection, state, rows, hrefOf, figures }: MoneyChartProps) {
  const navigate = useNavigate();
  const id = useId();
  const [currencyChoice, setCurrency] = useState<string | null>(null);
  const [includeConverted, setIncludeConverted] = useState(false);
  const [includeTotals, setIncludeTotals] = useState(false);
  // Chart options are the chart's own state, as currency and stacking are; the URL holds the view.
  const [includeOtherKinds, setIncludeOtherKinds] = useState(false);
  const [includeOutliers, setIncludeOutliers] = useState(false);
  const [stackBy, setStackBy] = useState<MoneyStack>('kind');
  const [scale, setScale] = useState<Scale>('linear');
  const [unit, setUnit] = useState<BinUnit | null>(null);

  const table: MoneyTable = useMemo(() => ({ day: collection.posts.day, actors: collection.posts.actors, figures }), [collection, figures]);
  const { currencies, convertible } = useMemo(() => currenciesInView(table, rows), [table, rows]);
  // The currency asked for while the view has figures in it, else USD, else the commonest.
  const currency = currencies.find((entry) => entry.currency === currencyChoice)?.currency ?? currencies[0]?.currency ?? 'USD';
  const converting = currency === 'USD' && includeConverted;
  const leftOut = useMemo(() => leftOutCounts(table, rows, currency), [table, rows, currency]);
  const kinds = includeOtherKinds ? ALL_KINDS : INCIDENT_KINDS;
  const series = useMemo(
    () =>
      moneyOverTime(table, rows, {
        currency,
        includeConverted: converting,
        includeTotals,
        kinds,
        includeOutliers,
        stackBy,
        from: state.from,
        to: state.to,
        maxBins: 30,
        unit: unit ?? undefined,
      }),
    [table, rows, currency, converting, includeTotals, kinds, includeOutliers, stackBy, state.from, state.to, unit],
  );
  const outliers = series.heldOut.length;
  const noun = UNIT_NOUN[series.unit];
  const nameOf = (key: string) =>
    key === OTHER_ACTORS ? 'Other actors' : key === NO_ACTOR ? 'No actor named' : stackBy === 'actor' ? collection.nameOf('actor', key) : `${key[0]?.toUpperCase()}${key.slice(1)}`;
  const colorOf = (key: string, index: number) =>
    stackBy === 'kind' && isKind(key) ? KIND_COLORS[key] : key === OTHER_ACTORS ? MUTED : key === NO_ACTOR ? NONE : (PALETTE[index % PALETTE.length] ?? MUTED);

  const data: Datum[] = series.bins.map((bin, index) => {
    const datum: Datum = { index, label: bin.label, total: bin.total > 0 ? bin.total : null };
    series.series.forEach((entry, s) => (datum[`s${s}`] = bin.values[entry.key] ?? 0));
    return datum;
  });
  const positive = series.bins.map((bin) => bin.total).filter((total) => total > 0);
  // Whole powers of ten around the totals, so no bar is clipped and the smallest still shows.
  const logFloor = positive.length > 0 ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : 1;
  const logCeiling = positive.length > 0 ? 10 ** Math.ceil(Math.log10(Math.max(...positive))) : 10;
  const inView = useMemo(() => series.bins.flatMap((bin) => bin.figures).sort((a, b) => b.value - a.value), [series]);
  const otherCurrencies = currencies.filter((entry) => entry.currency !== currency);
  const otherCount = otherCurrencies.reduce((sum, entry) => sum + entry.count, 0) - (converting ? convertible : 0);
  const stated = converting ? 'stated in USD plus amounts converted to USD at the average rate of the post’s year' : `stated in ${currency}`;
  const counted = includeOtherKinds ? 'of every kind' : `of incident money (${INCIDENT_KINDS.join(', ')})`;
  const ranged = state.from !== null || state.to !== null;
  const pointer = usePlotPointer(series.bins.length, 'horizontal');
  const narrow = (index: number | null) => {
    const bin = series.bins[index ?? -1];
    if (bin) void navigate(hrefOf(setDateRange(state, bin.start, bin.end)));
  };

  const controls = (
    <>
      <span className="chart-control">
        <label htmlFor={`${id}-currency`}>Currency</label>
        <select id={`${id}-currency`} value={currency} onChange={(event) => setCurrency(event.target.value)}>
          {currencies.length === 0 ? <option value="USD">USD</option> : null}
          {currencies.map((entry) => (
            <option key={entry.currency} value={entry.currency}>
              {entry.currency} ({entry.count} {entry.count === 1 ? 'figure' : 'figures'})
            </option>
          ))}
        </select>
      </span>
      {leftOut.otherKinds > 0 || includeOtherKinds ? (
        <label className="chart-control" title={`Figures that are not money an incident took or cost (kinds ${OTHER_KINDS.join(', ')}): rewards and bug bounties, funding, prices, revenue, market values ...`}>
          <input type="checkbox" checked={includeOtherKinds} onChange={(event) => setIncludeOtherKinds(event.target.checked)} /> Include bounties, funding, prices and
          other amounts ({leftOut.otherKinds})
        </label>
      ) : null}
      {outliers > 0 ? (
        <label className="chart-control" title="Amounts above the most a figure of their kind can plausibly be; they are listed with their sentences above the chart">
          <input type="checkbox" checked={includeOutliers} onChange={(event) => setIncludeOutliers(event.target.checked)} /> Include amounts out of proportion ({outliers})
        </label>
      ) : null}
      {leftOut.totals > 0 ? (
        <label className="chart-control" title="Figures the posts give as a total over a period or many incidents (“a record $1.7 billion in 2022”); added to the incidents they sum, they would count them twice">
          <input type="checkbox" checked={includeTotals} onChange={(event) => setIncludeTotals(event.target.checked)} /> Include reported totals ({leftOut.totals})
        </label>
      ) : null}
      {currency === 'USD' && convertible > 0 ? (
        <label className="chart-control">
          <input type="checkbox" checked={includeConverted} onChange={(event) => setIncludeConverted(event.target.checked)} /> Include converted amounts ({convertible})
        </label>
      ) : null}
      <span className="chart-control">
        <label htmlFor={`${id}-stack`}>Stack by</label>
        <select id={`${id}-stack`} value={stackBy} onChange={(event) => setStackBy(event.target.value === 'actor' ? 'actor' : 'kind')} disabled={scale === 'log'}>
          <option value="kind">kind</option>
          <option value="actor">actor</option>
        </select>
      </span>
      <span className="chart-control">
        <label htmlFor={`${id}-scale`}>Scale</label>
        <select id={`${id}-scale`} value={scale} onChange={(event) => setScale(event.target.value === 'log' ? 'log' : 'linear')}>
          <option value="linear">linear</option>
          <option value="log">log</option>
        </select>
      </span>
      <PeriodSelect unit={unit} resolved={series.unit} span={series.bins} limit={series.binLimit} onChange={setUnit} />
    </>
  );

  return (
    <ChartFrame
      title="Reported money over time"
      size="money"
      units={`Sum of figures ${stated}, by ${noun} of first report, ${counted}; the same incident reported by several posts counts once${includeTotals ? ', and reported totals are included' : ', and totals over a period are left out'}${outliers > 0 ? (includeOutliers ? ', amounts out of proportion included' : ', amounts out of proportion held out') : ''}.${scale === 'log' ? ' Log scale: totals only.' : ''} Click a bar to narrow the view to its ${noun}.`}
      controls={controls}
      notice={<HeldOutFigures collection={collection} figures={series.heldOut} currency={currency} included={includeOutliers} />}
      empty={series.incidentCount === 0 ? `No ${includeOtherKinds ? 'money figures' : 'incident money'} ${stated} in this view${leftOut.otherKinds > 0 && !includeOtherKinds ? `; ${leftOut.otherKinds} other ${leftOut.otherKinds === 1 ? 'figure is' : 'figures are'} left out` : ''}.` : undefined}
      csv={() => ({
        fileName: csvFileName(`money ${currency} by ${stackBy}`, viewStateToSearch(state)),
        header: ['Period', 'First day', 'Last day', ...series.series.map((entry) => `${nameOf(entry.key)} (${currency})`), `Total (${currency})`, 'Incidents', 'Reports'],
        rows: series.bins.map((bin) => [
          bin.label,
          bin.start,
          bin.end,
          ...series.series.map((entry) => bin.values[entry.key] ?? 0),
          bin.total,
          bin.figures.length,
          bin.figures.reduce((sum, figure) => sum + figure.figures.length, 0),
        ]),
      })}
      table={() => <MoneyTableView {...{ collection, series, currency, stated, noun, nameOf }} hrefOf={(bin) => hrefOf(setDateRange(state, bin.start, bin.end))} />}
      footer={
        <>
          {scale === 'linear' ? (
            <ul className="chart-legend" aria-label="Legend">
              {series.series.map((entry, s) => (
                <li key={entry.key}>
                  <span className="swatch" style={{ background: colorOf(entry.key, s) }} aria-hidden="true" /> {nameOf(entry.key)} <span className="legend-total">{formatShort(entry.total)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {otherCount > 0 ? (
            <p className="chart-note">
              {otherCount} {otherCount === 1 ? 'figure is' : 'figures are'} stated in other currencies ({otherCurrencies.map((entry) => entry.currency).join(', ')}) and not in this sum; nothing is converted
              {currency === 'USD' && convertible > 0 ? ' unless “Include converted amounts” is on' : ''}.
            </p>
          ) : null}
          <FigureDetails
            collection={collection}
            figures={inView}
            currency={currency}
            heading={ranged ? `Figures from ${state.from ? formatDay(state.from) : 'the first post'} to ${state.to ? formatDay(state.to) : 'the last post'}` : 'Largest figures in this view'}
            hint={ranged ? undefined : 'Click a bar, or a period in the table, to list the figures of that period.'}
          />
        </>
      }
    >
      <div className="chart-surface" onClick={(event) => narrow(pointer.indexAt(event))} onKeyDown={(event) => narrow(pointer.keyIndex(event))}>
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        margin={{ top: 8, right: 12, bottom: 20, left: 12 }}
        cursor="pointer"
        title={`Reported money per ${noun}, ${currency}`}
      >
        {pointer.probe}
        <CartesianGrid vertical={false} strokeOpacity={0.3} />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} tickLine={false} height={36} label={{ value: `${noun[0]?.toUpperCase()}${noun.slice(1)} of first report`, position: 'insideBottom', offset: -6 }} />
        <YAxis
          width={72}
          tickLine={false}
          tickFormatter={(value: number) => formatShort(value)}
          scale={scale === 'log' ? 'log' : 'auto'}
          domain={scale === 'log' ? [logFloor, logCeiling] : [0, 'auto']}
          allowDataOverflow={scale === 'log'}
          label={{ value: `Amount (${currency})`, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }}
        />
        <Tooltip isAnimationActive={false} content={({ active, payload }) => <MoneyTooltip active={active} bin={series.bins[payloadIndex(payload) ?? -1]} currency={currency} collection={collection} />} />
        {scale === 'log' ? (
          <Bar dataKey="total" name="Total" fill={BAR} isAnimationActive={false} />
        ) : (
          series.series.map((entry, s) => <Bar key={entry.key} dataKey={`s${s}`} name={nameOf(entry.key)} stackId="money" fill={colorOf(entry.key, s)} isAnimationActive={false} />)
        )}
      </BarChart>
      </div>
    </ChartFrame>
  );
}
