/** The filters in force, as removable chips, with "Clear all". */
import { Link } from 'react-router';
import { paths } from '../model/view/paths.ts';
import { FACETS, hasFilters, type ViewState } from '../model/view/view-state.ts';
import { clearAll, removeValue, setDateRange, setQuery } from '../model/view/view-state-edit.ts';
import { formatDay } from '../model/post-date.ts';
import { FACET_LABELS } from './facet-labels.ts';

interface ActiveFiltersProps {
  state: ViewState;
  /** Display name of a facet value. */
  nameOf: (facet: (typeof FACETS)[number], id: string) => string;
  /** Where a chip leads once removed: the explorer by default, the same page for the charts. */
  hrefOf?: (next: ViewState) => string;
}

/** Chips for every included and excluded value, the dates and the search; each chip is a link. */
export function ActiveFilters({ state, nameOf, hrefOf = paths.explorer.getHref }: ActiveFiltersProps) {
  if (!hasFilters(state) && state.q === '') return null;
  const chips: { key: string; text: string; href: string }[] = [];
  for (const facet of FACETS) {
    const { include, exclude } = state.filters[facet];
    for (const id of include) chips.push({ key: `${facet}:${id}`, text: `${FACET_LABELS[facet].label}: ${nameOf(facet, id)}`, href: hrefOf(removeValue(state, facet, id)) });
    for (const id of exclude) chips.push({ key: `${facet}:-${id}`, text: `${FACET_LABELS[facet].label}: not ${nameOf(facet, id)}`, href: hrefOf(removeValue(state, facet, id)) });
  }
  if (state.from !== null || state.to !== null) {
    const text = `Date: ${state.from ? formatDay(state.from) : 'any'} – ${state.to ? formatDay(state.to) : 'today'}`;
    chips.push({ key: 'date', text, href: hrefOf(setDateRange(state, null, null)) });
  }
  if (state.q) chips.push({ key: 'q', text: `Search: “${state.q}”`, href: hrefOf(setQuery(state, '')) });

  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link to={chip.href} className="chip removable" aria-label={`Remove ${chip.text}`}>
              {chip.text} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to={hrefOf(clearAll())} className="clear-all">
        Clear all
      </Link>
    </div>
  );
}
