/** The link from a view to its charts; light, so the explorer can show it without loading recharts. */
import { Link } from 'react-router';
import { paths } from '../../model/view/paths.ts';
import { createViewState, type ViewState } from '../../model/view/view-state.ts';

/** The chart page of a view; the list's page number means nothing there and is left out. */
export function chartsHref(state: ViewState): string {
  return paths.charts.getHref(createViewState({ ...state, page: 1 }));
}

/** "Charts of this view", a link to `/charts` with the same query. */
export function ViewChartsLink({ state, children = 'Charts of this view' }: { state: ViewState; children?: string }) {
  return (
    <Link to={chartsHref(state)} className="chart-link">
      {children}
    </Link>
  );
}
