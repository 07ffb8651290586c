/** The period a time chart bins by: chosen by the span ("Auto"), or a unit the analyst picks. */
import { useId } from 'react';
import { BIN_UNITS, binCount, MAX_BINS, UNIT_NOUN, type BinUnit, type TimeBin } from '../../model/charts/time-series.ts';

interface PeriodSelectProps {
  /** The unit asked for, or `null` for the span's choice. */
  unit: BinUnit | null;
  /** The unit in use. */
  resolved: BinUnit;
  /** The chart's bins, to tell which units would draw too many. */
  span: readonly TimeBin[];
  /** The most bins allowed (default `MAX_BINS`; fewer for stacked bars). */
  limit?: number;
  onChange: (unit: BinUnit | null) => void;
}

/** A select of Auto, Month, Quarter, Year; units that would give more than `limit` bins are disabled. */
export function PeriodSelect({ unit, resolved, span, limit = MAX_BINS, onChange }: PeriodSelectProps) {
  const id = useId();
  const first = span[0];
  const last = span[span.length - 1];
  return (
    <span className="chart-control">
      <label htmlFor={id}>Period</label>
      <select id={id} value={unit ?? 'auto'} onChange={(event) => onChange(BIN_UNITS.find((candidate) => candidate === event.target.value) ?? null)}>
        <option value="auto">Auto ({UNIT_NOUN[resolved]})</option>
        {BIN_UNITS.map((candidate) => (
          <option key={candidate} value={candidate} disabled={first !== undefined && last !== undefined && binCount({ first: first.start, last: last.end }, candidate) > limit}>
            {UNIT_NOUN[candidate][0]?.toUpperCase()}
            {UNIT_NOUN[candidate].slice(1)}
          </option>
        ))}
      </select>
    </span>
  );
}
