/**
 * The date facet: posts per year under the other filters, each year a checkbox that narrows the view
 * to it (or widens a chosen range to take it in), and a from/to range of days.
 */
import { memo, useId, useState } from 'react';
import type { YearCount } from '../model/facets/facets.ts';

interface DateFacetProps {
  /** Posts per year; the counts may trail `from` and `to` by a frame. */
  years: YearCount[];
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/** Whether the range covers the whole year. */
function coversYear(year: number, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return false;
  return (from === null || from <= `${year}-01-01`) && (to === null || to >= `${year}-12-31`);
}

/** Year buckets and a day range. */
export const DateFacet = memo(function DateFacet({ years, from, to, onRange }: DateFacetProps) {
  const headingId = useId();
  const offered = years.filter((year) => year.count > 0 || coversYear(year.year, from, to)).reverse();
  if (offered.length === 0 && from === null && to === null) return null;

  const toggleYear = (year: number) => {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    if (from === start && to === end) return onRange(null, null);
    if (from === null && to === null) return onRange(start, end);
    // Widen the chosen range to take the year in; a year inside it narrows the view to that year.
    if (coversYear(year, from, to)) return onRange(start, end);
    return onRange(from === null || start < from ? start : from, to === null || end > to ? end : to);
  };

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h2 id={headingId} className="facet-title">
        Date
      </h2>
      <ul className="facet-values">
        {offered.map((year) => (
          <li key={year.year} className={year.count === 0 ? 'empty' : undefined}>
            <label>
              <input type="checkbox" checked={coversYear(year.year, from, to)} onChange={() => toggleYear(year.year)} />
              <span className="facet-name">{year.year}</span> <span className="facet-count">{year.count.toLocaleString('en')}</span>
            </label>
          </li>
        ))}
      </ul>
      <DayRange key={`${from ?? ''}|${to ?? ''}`} from={from} to={to} onRange={onRange} />
    </section>
  );
});

/** From and to inputs, applied together so one history entry holds the range. */
function DayRange({ from, to, onRange }: Omit<DateFacetProps, 'years'>) {
  const [draftFrom, setDraftFrom] = useState(from ?? '');
  const [draftTo, setDraftTo] = useState(to ?? '');
  return (
    <form
      className="day-range"
      onSubmit={(event) => {
        event.preventDefault();
        onRange(draftFrom || null, draftTo || null);
      }}
    >
      <label>
        From <input type="date" value={draftFrom} onChange={(event) => setDraftFrom(event.target.value)} />
      </label>
      <label>
        To <input type="date" value={draftTo} onChange={(event) => setDraftTo(event.target.value)} />
      </label>
      <button type="submit">Apply dates</button>
    </form>
  );
}
