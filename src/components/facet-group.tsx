/**
 * One facet: its values as checkboxes named by value and count ("Lazarus Group 12"), each with a
 * way to exclude it ("not Windows"). Long facets show their top values, a "show all", and a filter box.
 * Values with no posts in the current view are left out unless selected, so no click leads to an
 * empty page.
 */
import { useId, useState } from 'react';
import type { FacetValueCount } from '../model/facets/facets.ts';

/** How many values a facet shows before "Show all". */
const TOP_VALUES = 8;
/** From how many values on a facet offers a filter box. */
const FILTER_FROM = 12;

interface FacetGroupProps {
  label: string;
  /** Plural noun for the filter box and buttons ("threat actors"). */
  noun: string;
  values: FacetValueCount[];
  onInclude: (id: string) => void;
  onExclude: (id: string) => void;
}

/** A facet's values with include and exclude controls. */
export function FacetGroup({ label, noun, values, onInclude, onExclude }: FacetGroupProps) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  // The click shows at once; the new URL's counts replace it a moment later (a new `values` array).
  const [clicked, setClicked] = useState<{ values: FacetValueCount[]; id: string } | null>(null);
  const pending = clicked?.values === values ? clicked.id : null;
  const offered = values.filter((value) => value.count > 0 || value.included || value.excluded);
  if (offered.length === 0) return null;

  const needle = filter.trim().toLowerCase();
  const matching = needle ? offered.filter((value) => value.name.toLowerCase().includes(needle) || value.id.toLowerCase() === needle) : offered;
  // Selected values stay visible even when the list is cut.
  const shown = expanded || needle ? matching : matching.filter((value, index) => index < TOP_VALUES || value.included || value.excluded);
  const hidden = matching.length - shown.length;

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h2 id={headingId} className="facet-title">
        {label}
      </h2>
      {offered.length >= FILTER_FROM && (expanded || needle) ? (
        <input
          type="search"
          className="facet-filter"
          placeholder={`Filter ${noun}`}
          aria-label={`Filter ${noun}`}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      ) : null}
      <ul className="facet-values">
        {shown.map((value) => (
          <li key={value.id} className={value.excluded ? 'excluded' : value.count === 0 ? 'empty' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={pending === value.id ? !value.included : value.included}
                onChange={() => {
                  setClicked({ values, id: value.id });
                  onInclude(value.id);
                }}
              />
              <span className="facet-name">{value.excluded ? `not ${value.name}` : value.name}</span>{' '}
              <span className="facet-count">{value.count.toLocaleString('en')}</span>
            </label>
            <button
              type="button"
              className="exclude"
              aria-pressed={value.excluded}
              aria-label={value.excluded ? `Stop excluding ${value.name}` : `Exclude ${value.name}`}
              title={value.excluded ? `Stop excluding ${value.name}` : `Exclude ${value.name}`}
              onClick={() => onExclude(value.id)}
            >
              {value.excluded ? '↺' : '⊘'}
            </button>
          </li>
        ))}
      </ul>
      {needle && matching.length === 0 ? <p className="facet-none">No {noun} match “{filter.trim()}”.</p> : null}
      {hidden > 0 || expanded ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? `Show top ${noun}` : `Show all ${matching.length} ${noun}`}
        </button>
      ) : null}
    </section>
  );
}
