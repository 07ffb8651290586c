/**
 * Posts per year as a plain list of bars: light enough for every entity page, readable without
 * colour or a pointer, and each year a link to the explorer narrowed to it.
 */
import { Link } from 'react-router';
import type { YearCount } from '../model/facets/facets.ts';

/** One bar per year from the first year with posts to the last. */
export function YearBars({ years, hrefOf, label }: { years: YearCount[]; hrefOf: (year: number) => string; label: string }) {
  const first = years.findIndex((year) => year.count > 0);
  const last = years.findLastIndex((year) => year.count > 0);
  if (first === -1) return null;
  const shown = years.slice(first, last + 1);
  const max = Math.max(...shown.map((year) => year.count));
  return (
    <figure className="year-bars">
      <figcaption>{label}</figcaption>
      <ol>
        {shown.map((year) => (
          <li key={year.year}>
            <span className="year">{year.year}</span>
            <span className="bar" style={{ inlineSize: `${(year.count / max) * 100}%` }} aria-hidden="true" />
            {year.count > 0 ? (
              <Link to={hrefOf(year.year)} aria-label={`${year.count} ${year.count === 1 ? 'post' : 'posts'} in ${year.year}`}>
                {year.count}
              </Link>
            ) : (
              <span className="none">0</span>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}
