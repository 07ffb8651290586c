/**
 * The frame of every chart: a visible title and units line, its controls, a "Show as table" toggle
 * that swaps the plot for an accessible table of the same numbers, and a CSV download built in the
 * browser from the same rows.
 */
import { type ReactNode, useId, useState } from 'react';
import { type CsvCell, toCsv } from '../../model/export/csv.ts';
import { PLOT_HEIGHT, type ChartSize } from './chart-sizes.ts';

/** A chart's data as CSV: the file name, a header and one line per bar. */
export interface ChartCsv {
  fileName: string;
  header: string[];
  rows: CsvCell[][];
}

interface ChartFrameProps {
  title: string;
  /** What the numbers are, with units and currency: "Sum of figures stated in USD, by year". */
  units: ReactNode;
  size: ChartSize;
  /** Chart options (currency, stacking, scale ...). */
  controls?: ReactNode;
  /** The data behind the plot, built only when asked for. */
  csv: () => ChartCsv;
  /** The same numbers as a `<table>` with a `<caption>`; rendered only in table view. */
  table: () => ReactNode;
  /** The plot; its container has the size's height. */
  children: ReactNode;
  /** Above the plot or the table, shown even when there is nothing to draw: what the reader must see first. */
  notice?: ReactNode;
  /** Below the plot or the table: legend, notes, the details panel. */
  footer?: ReactNode;
  /** Shown instead of the plot and the table when there is nothing to draw. */
  empty?: ReactNode;
  /** The plot is HTML that takes the height it needs (the matrix), not an SVG of the size's height. */
  fluid?: boolean;
}

function download(csv: ChartCsv) {
  const url = URL.createObjectURL(new Blob([toCsv(csv.header, csv.rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = csv.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A titled chart with table view and CSV export. */
export function ChartFrame({ title, units, size, controls, csv, table, children, notice, footer, empty, fluid = false }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className={`chart chart-${size}`} aria-labelledby={`${id}-title`}>
      <header className="chart-head">
        <div className="chart-titles">
          <h2 id={`${id}-title`} className="chart-title">
            {title}
          </h2>
          <p className="chart-units">{units}</p>
        </div>
        <div className="chart-tools">
          {controls}
          {empty ? null : (
            <>
              <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
                Show as table
              </button>
              <button type="button" onClick={() => download(csv())}>
                Download CSV
              </button>
            </>
          )}
        </div>
      </header>
      {notice}
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : asTable ? (
        <div className="chart-table-wrap">{table()}</div>
      ) : (
        <div className="chart-plot" style={fluid ? undefined : { height: PLOT_HEIGHT[size] }}>
          {children}
        </div>
      )}
      {footer}
    </section>
  );
}

/** The `index` field of the datum a recharts tooltip shows (every chart's data carries its row as `index`), or `null`. */
export function payloadIndex(payload: readonly { payload?: unknown }[] | undefined): number | null {
  const datum = payload?.[0]?.payload;
  const index = typeof datum === 'object' && datum !== null && 'index' in datum ? datum.index : undefined;
  return typeof index === 'number' ? index : null;
}
