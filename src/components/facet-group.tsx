/**
 * One facet: its values as checkboxes named by value and count ("Lazarus Group 12"), each with a
 * way to exclude it ("not Windows"). Long facets show their top values, a "show all", and a filter box.
 * Values with no posts in the current view are left out unless selected, so no click leads to an
 * empty page.
 */
import { memo, useId, useState } from 'react';
import type { FacetValueCount } from '../model/facets/facets.ts';
import type { FacetSelection } from '../model/view/view-state.ts';

/** How many values a facet shows before "Show all". */
const TOP_VALUES = 8;
/** From how many values on a facet offers a filter box. */
const FILTER_FROM = 12;

interface FacetGroupProps {
  label: string;
  /** Plural noun for the filter box and buttons ("threat actors"). */
  noun: string;
  /** The values by count; their counts may trail `selection` by a frame. */
  values: FacetValueCount[];
  /** The values chosen in the view shown: what the checkboxes and exclude buttons say. */
  selection: FacetSelection;
  onInclude: (id: string) => void;
  onExclude: (id: string) => void;
}

/**
 * A facet's values with include and exclude controls. Drawn again only when its values or its
 * selection change, so a click redraws the facet clicked, and the others once their counts come.
 */
export const FacetGroup = memo(function FacetGroup({ label, noun, values, selection, onInclude, onExclude }: FacetGroupProps) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  // A click shows at once; the counts of the view it asks for follow with the list.
  const isIncluded = (value: FacetValueCount) => selection.include.includes(value.id);
  const isExcluded = (value: FacetValueCount) => selection.exclude.includes(value.id);
  const offered = values.filter((value) => value.count > 0 || isIncluded(value) || isExcluded(value));
  if (offered.length === 0) return null;

  const needle = filter.trim().toLowerCase();
  const matching = needle ? offered.filter((value) => value.name.toLowerCase().includes(needle) || value.id.toLowerCase() === needle) : offered;
  // Selected values stay visible even when the list is cut.
  const shown = expanded || needle ? matching : matching.filter((value, index) => index < TOP_VALUES || isIncluded(value) || isExcluded(value));
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
        {shown.map((value) => {
          const excluded = isExcluded(value);
          return (
            <li key={value.id} className={excluded ? 'excluded' : value.count === 0 ? 'empty' : undefined}>
              <label>
                <input type="checkbox" checked={isIncluded(value)} onChange={() => onInclude(value.id)} />
                <span className="facet-name">{excluded ? `not ${value.name}` : value.name}</span>{' '}
                <span className="facet-count">{value.count.toLocaleString('en')}</span>
              </label>
              <button
                type="button"
                className="exclude"
                aria-pressed={excluded}
                aria-label={excluded ? `Stop excluding ${value.name}` : `Exclude ${value.name}`}
                title={excluded ? `Stop excluding ${value.name}` : `Exclude ${value.name}`}
                onClick={() => onExclude(value.id)}
              >
                {excluded ? '↺' : '⊘'}
              </button>
            </li>
          );
        })}
      </ul>
      {needle && matching.length === 0 ? <p className="facet-none">No {noun} match “{filter.trim()}”.</p> : null}
      {hidden > 0 || expanded ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? `Show top ${noun}` : `Show all ${matching.length} ${noun}`}
        </button>
      ) : null}
    </section>
  );
}, sameGroup);

/** Props alike, the selection compared by its values: every view change makes new selection objects. */
function sameGroup(before: FacetGroupProps, after: FacetGroupProps): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);
  return (
    before.values === after.values &&
    before.label === after.label &&
    before.noun === after.noun &&
    before.onInclude === after.onInclude &&
    before.onExclude === after.onExclude &&
    same(before.selection.include, after.selection.include) &&
    same(before.selection.exclude, after.selection.exclude)
  );
}
