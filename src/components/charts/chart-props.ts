/** What every chart of a view is given. */
import type { Collection } from '../../model/collection.ts';
import type { ViewState } from '../../model/view/view-state.ts';

/** A chart of the posts a view selects; clicking it navigates to `hrefOf` of a narrower view. */
export interface ChartViewProps {
  collection: Collection;
  state: ViewState;
  /** The rows the view selects (filters, dates and search applied). */
  rows: ArrayLike<number>;
  /** The page a changed view opens on: the chart page or the explorer, with the same query. */
  hrefOf: (next: ViewState) => string;
}
