/** The link from a view to its charts; light, so the explorer can show it without loading recharts. */
import { Link } from 'react-router';
import { paths } from '../../model/view/paths.ts';
import type { ViewState } from '../../model/view/view-state.ts';

/** "Charts of this view", a link to `/charts` with the same query. */
export function ViewChartsLink({ state, children = 'Charts of this view' }: { state: ViewState; children?: string }) {
  return (
    <Link to={paths.charts.getHref(state)} className="chart-link">
      {children}
    </Link>
  );
}
