/**
 * `/charts`: every chart of a view at full size, with the explorer's query (docs/url-format.md), so a
 * chart page is a deep link like any other. Charts read the same URL state as the list and write it
 * back when clicked: Back undoes a click. Recharts loads with the first chart, not with the app.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ExportControl } from '../components/export/export-control.tsx';
import { LazyMoneyChart, LazyPostsChart, LazyRegionMatrix, LazyTopChart } from '../components/charts/lazy.tsx';
import { ActiveFilters } from '../components/active-filters.tsx';
import { RelevanceSwitch } from '../components/relevance-switch.tsx';
import { IgnoredNotice } from '../components/ignored-notice.tsx';
import { loadChartData, useChartData } from '../data/page-data.ts';
import { useSearch } from '../data/search-client.ts';
import { paths } from '../model/view/paths.ts';
import { useViewState } from '../components/use-view-state.ts';

/** The collection, the figures and the catalog (region kinds) are loaded before the page renders. */
export function loader(queryClient: QueryClient) {
  return async () => {
    await loadChartData(queryClient);
    return null;
  };
}

/** The chart page. */
export function ChartsPage() {
  const { collection, figures } = useChartData();
  const { state, ignored } = useViewState(collection);
  const search = useSearch(collection, state.q);
  const result = useMemo(() => collection.engine.query(state, search.rows), [collection, state, search.rows]);
  const rows = result.rows;
  const total = rows.length;
  const props = { collection, state, rows, hrefOf: paths.charts.getHref };

  return (
    <div className="charts-page">
      <header className="charts-header">
        <h1>Charts</h1>
        <p className="charts-summary" role="status" aria-live="polite">
          {search.status === 'loading' ? 'Searching…' : `${total.toLocaleString('en')} ${total === 1 ? 'post' : 'posts'} in this view`} ·{' '}
          <Link to={paths.explorer.getHref(state)}>List these posts</Link>
        </p>
        <RelevanceSwitch state={state} hidden={result.hidden} hrefOf={paths.charts.getHref} />
        <div className="view-actions">
          <ExportControl collection={collection} state={state} rows={rows} ready={search.status === 'idle' || search.status === 'ready'} />
        </div>
      </header>
      <IgnoredNotice ignored={ignored} />
      <ActiveFilters state={state} nameOf={collection.nameOf} hrefOf={paths.charts.getHref} />
      {search.status === 'error' ? (
        <p className="notice" role="alert">
          The search index could not be loaded: {search.error}
        </p>
      ) : null}
      {search.status === 'loading' ? (
        <p className="loading">Searching…</p>
      ) : total === 0 ? (
        <div className="empty">
          <p>No posts match this view, so there is nothing to chart.</p>
          <p>Remove a filter above, widen the dates, or search for fewer words.</p>
        </div>
      ) : (
        <div className="charts">
          <LazyMoneyChart {...props} figures={figures.figures} />
          <LazyPostsChart collection={collection} state={state} searchRows={search.rows} hrefOf={paths.charts.getHref} />
          <div className="chart-grid">
            <LazyTopChart {...props} facet="victim" title="Top victim countries" noun="victim countries" />
            <LazyTopChart {...props} facet="actor" title="Top threat actors" noun="threat actors" />
            <LazyTopChart {...props} facet="platform" title="Top platforms" noun="platforms" />
          </div>
          <LazyRegionMatrix {...props} />
        </div>
      )}
    </div>
  );
}
