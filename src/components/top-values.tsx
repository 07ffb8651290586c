/** The most frequent values of one facet in a view, each a link to the view narrowed to it. */
import { Link } from 'react-router';
import type { FacetValueCount } from '../model/facets/facets.ts';

interface TopValuesProps {
  title: string;
  values: FacetValueCount[];
  hrefOf: (id: string) => string;
  limit?: number;
}

/** "Victim countries: United States 12, United Kingdom 5 ...". */
export function TopValues({ title, values, hrefOf, limit = 10 }: TopValuesProps) {
  const top = values.filter((value) => value.count > 0).slice(0, limit);
  if (top.length === 0) return null;
  return (
    <section className="top-values">
      <h2>{title}</h2>
      <ol>
        {top.map((value) => (
          <li key={value.id}>
            <Link to={hrefOf(value.id)}>{value.name}</Link> <span className="facet-count">{value.count}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
