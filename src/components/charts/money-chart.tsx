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
import type { MoneyTable } from '../../model/charts/incidents.ts';
import { OTHER_KINDS } from '../../model/charts/incident-money.ts';
import { NO_ACTOR, OTHER_ACTORS, type MoneyStack } from '../../model/charts/money.ts';
import { moneyChartView, type MoneyScale } from '../../model/charts/money-view.ts';
import type { FigureKind } from '../../model/format/data-format.ts';
import { setDateRange } from '../../model/view/view-state-edit.ts';
import { BAR, KIND_COLORS, MUTED, NONE, PALETTE } from './chart-colors.ts';
import { ChartFrame, payloadIndex } from './chart-frame.tsx';
import { FigureDetails } from './figure-details.tsx';
import { HeldOutFigures } from './held-out-figures.tsx';
import { MoneyTableView, MoneyTooltip } from './money-table.tsx';
import { formatShort } from '../../model/charts/money-display.ts';
import type { ChartViewProps } from './chart-props.ts';
import { PeriodSelect } from './period-select.tsx';
import { usePlotPointer } from './plot-pointer.tsx';

/** Props of the money chart: a view's rows and the index's figures column. */
export interface MoneyChartProps extends ChartViewProps {
  figures: MoneyTable['figures'];
}

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
  const [scale, setScale] = useState<MoneyScale>('linear');
  const [unit, setUnit] = useState<BinUnit | null>(null);

  const table: MoneyTable = useMemo(() => ({ day: collection.posts.day, actors: collection.posts.actors, victims: collection.posts.victims, figures }), [collection, figures]);
  const view = useMemo(
    () =>
      moneyChartView(
        { table, rows, state, nameOf: collection.nameOf },
        { currency: currencyChoice, includeConverted, includeTotals, includeOtherKinds, includeOutliers, stackBy, scale, unit },
      ),
    [table, rows, state, collection.nameOf, currencyChoice, includeConverted, includeTotals, includeOtherKinds, includeOutliers, stackBy, scale, unit],
  );
  const { currencies, currency, toggles, series, stacks, nameOf, noun, stated, data, logDomain, inView } = view;
  const colorOf = (key: string, index: number) =>
    stackBy === 'kind' && isKind(key) ? KIND_COLORS[key] : key === OTHER_ACTORS ? MUTED : key === NO_ACTOR ? NONE : (PALETTE[index % PALETTE.length] ?? MUTED);
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
              {entry.label}
            </option>
          ))}
        </select>
      </span>
      {toggles.otherKinds !== null ? (
        <label className="chart-control" title={`Figures that are not money an incident took or cost (kinds ${OTHER_KINDS.join(', ')}): rewards and bug bounties, funding, prices, revenue, market values ...`}>
          <input type="checkbox" checked={includeOtherKinds} onChange={(event) => setIncludeOtherKinds(event.target.checked)} /> Include bounties, funding, prices and
          other amounts ({toggles.otherKinds})
        </label>
      ) : null}
      {toggles.outliers !== null ? (
        <label className="chart-control" title="Amounts above the most a figure of their kind can plausibly be; they are listed with their sentences above the chart">
          <input type="checkbox" checked={includeOutliers} onChange={(event) => setIncludeOutliers(event.target.checked)} /> Include amounts out of proportion ({toggles.outliers})
        </label>
      ) : null}
      {toggles.totals !== null ? (
        <label className="chart-control" title="Figures the posts give as a total over a period or many incidents (“a record $1.7 billion in 2022”); added to the incidents they sum, they would count them twice">
          <input type="checkbox" checked={includeTotals} onChange={(event) => setIncludeTotals(event.target.checked)} /> Include reported totals ({toggles.totals})
        </label>
      ) : null}
      {toggles.converted !== null ? (
        <label className="chart-control">
          <input type="checkbox" checked={includeConverted} onChange={(event) => setIncludeConverted(event.target.checked)} /> Include converted amounts ({toggles.converted})
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
      units={view.units}
      controls={controls}
      notice={<HeldOutFigures collection={collection} figures={series.heldOut} currency={currency} included={includeOutliers} />}
      empty={view.empty}
      csv={() => view.csv}
      table={() => <MoneyTableView {...{ collection, series, currency, stated, noun, nameOf }} hrefOf={(bin) => hrefOf(setDateRange(state, bin.start, bin.end))} />}
      footer={
        <>
          {scale === 'linear' ? (
            <ul className="chart-legend" aria-label="Legend">
              {stacks.map((stack, s) => (
                <li key={stack.key}>
                  <span className="swatch" style={{ background: colorOf(stack.key, s) }} aria-hidden="true" /> {stack.name} <span className="legend-total">{formatShort(stack.total)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {view.otherCurrencies ? <p className="chart-note">{view.otherCurrencies}</p> : null}
          <FigureDetails
            collection={collection}
            figures={inView}
            currency={currency}
            heading={view.details.heading}
            hint={view.details.hint}
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
        title={view.plotTitle}
      >
        {pointer.probe}
        <CartesianGrid vertical={false} strokeOpacity={0.3} />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} tickLine={false} height={36} label={{ value: view.xLabel, position: 'insideBottom', offset: -6 }} />
        <YAxis
          width={72}
          tickLine={false}
          tickFormatter={(value: number) => formatShort(value)}
          scale={scale === 'log' ? 'log' : 'auto'}
          domain={scale === 'log' ? logDomain : [0, 'auto']}
          allowDataOverflow={scale === 'log'}
          label={{ value: view.yLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }}
        />
        <Tooltip isAnimationActive={false} content={({ active, payload }) => <MoneyTooltip active={active} bin={series.bins[payloadIndex(payload) ?? -1]} currency={currency} collection={collection} />} />
        {scale === 'log' ? (
          <Bar dataKey="total" name="Total" fill={BAR} isAnimationActive={false} />
        ) : (
          stacks.map((stack, s) => <Bar key={stack.key} dataKey={stack.dataKey} name={stack.name} stackId="money" fill={colorOf(stack.key, s)} isAnimationActive={false} />)
        )}
      </BarChart>
      </div>
    </ChartFrame>
  );
}
