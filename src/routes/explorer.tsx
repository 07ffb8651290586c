/**
 * `/`: the explorer. The URL is the state (docs/url-format.md): facets, search, dates and page are
 * read from it, and every control writes a new URL, so Back walks through filter changes and a copied
 * link reopens the same view.
 */
import { type QueryClient, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useMemo } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { ActiveFilters } from '../components/active-filters.tsx';
import { TimelineStrip } from '../components/charts/timeline-strip.tsx';
import { DateFacet } from '../components/date-facet.tsx';
import { ExportControl } from '../components/export/export-control.tsx';
import { FacetGroup } from '../components/facet-group.tsx';
import { FACET_LABELS } from '../components/facet-labels.ts';
import { IgnoredNotice } from '../components/ignored-notice.tsx';
import { Pagination } from '../components/pagination.tsx';
import { PostRows } from '../components/post-rows.tsx';
import { RelevanceSwitch } from '../components/relevance-switch.tsx';
import { SearchForm } from '../components/search-form.tsx';
import { useViewNavigation, type ViewEdit } from '../components/use-view-state.ts';
import { Snippet } from '../components/snippet.tsx';
import { collectionQuery, listPageQuery } from '../data/data-client.ts';
import { loadCollection } from '../data/page-data.ts';
import type { Collection } from '../model/collection.ts';
import { prefetchSearch, useSearch, type SearchView } from '../data/search-client.ts';
import type { FacetResult } from '../model/facets/facets.ts';
import { paths } from '../model/view/paths.ts';
import { type Facet, FACETS, parseViewState, type ViewState } from '../model/view/view-state.ts';
import { pagesOf } from '../components/use-list-rows.ts';
import { setDateRange, setPage, setQuery, setSort, toggleExclude, toggleInclude } from '../model/view/view-state-edit.ts';

/** Posts per page of the list. */
export const PAGE_SIZE = 25;

/**
 * The collection, and the list page of the first rows the address shows, are loaded before the page
 * renders, so the first list appears whole. (A search's rows are not known yet: its titles follow.)
 */
export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const collection = await loadCollection(queryClient);
    const { state } = parseViewState(new URL(request.url).searchParams, collection.engine.known);
    if (!state.q) {
      const rows = collection.engine.rows(state);
      const first = (Math.max(1, state.page) - 1) * PAGE_SIZE;
      await Promise.all(pagesOf(collection, rows.subarray(first, first + PAGE_SIZE)).map((page) => queryClient.ensureQueryData(listPageQuery(collection.manifest, page))));
    }
    return null;
  };
}

/** The explorer page. */
export function Explorer() {
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const queryClient = useQueryClient();
  const { state, ignored, go } = useViewNavigation(collection, paths.explorer.getHref);
  const search = useSearch(collection, state.q);
  const result = useMemo(() => collection.engine.query(state, search.rows), [collection, state, search.rows]);
  // The count and the control clicked paint first; the facets' counts, the list and the timeline
  // follow a frame later, in a render that a next click interrupts.
  const later = useDeferredValue(useMemo(() => ({ state, result, search }), [state, result, search]));

  return (
    <div className="explorer">
      <div className="explorer-search">
        <SearchForm key={state.q} query={state.q} onSearch={(q) => go(setQuery(state, q))} onFocus={() => prefetchSearch(queryClient, collection)} />
      </div>
      <details className="facet-drawer" open>
        <summary>Filters</summary>
        <FacetPanel state={state} result={later.result} go={go} />
      </details>
      <section className="results" aria-labelledby="results-heading">
        <h1 id="results-heading" className="visually-hidden">
          Posts
        </h1>
        <IgnoredNotice ignored={ignored} />
        <ActiveFilters state={state} nameOf={collection.nameOf} />
        <SearchNotes search={search} />
        <TimelineStrip collection={collection} state={later.state} searchRows={later.search.rows} />
        <ResultHeader state={state} total={result.total} hidden={result.hidden} search={search} go={go}>
          <ExportControl collection={collection} state={state} rows={result.rows} ready={search.status === 'idle' || search.status === 'ready'} />
        </ResultHeader>
        <Results collection={collection} state={later.state} result={later.result} search={later.search} go={go} />
      </section>
    </div>
  );
}

interface ViewProps {
  collection: Collection;
  state: ViewState;
  result: FacetResult;
  go: (next: ViewEdit) => void;
}

/**
 * The facets: what is chosen comes from `state`, the view shown; the counts from `result`, which may
 * be the previous view's for a frame. The controls edit whichever view is shown when they act, so
 * they stay the same functions and a facet is drawn again only when its own values or choice change.
 */
const FacetPanel = memo(function FacetPanel({ state, result, go }: Omit<ViewProps, 'collection'>) {
  const controls = useMemo(
    () => ({
      include: Object.fromEntries(FACETS.map((facet) => [facet, (id: string) => go((shown) => toggleInclude(shown, facet, id))])) as Record<Facet, (id: string) => void>,
      exclude: Object.fromEntries(FACETS.map((facet) => [facet, (id: string) => go((shown) => toggleExclude(shown, facet, id))])) as Record<Facet, (id: string) => void>,
      range: (from: string | null, to: string | null) => go((shown) => setDateRange(shown, from, to)),
    }),
    [go],
  );
  return (
    <div className="facets">
      {FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          label={FACET_LABELS[facet].label}
          noun={FACET_LABELS[facet].noun}
          values={result.facets[facet]}
          selection={state.filters[facet]}
          onInclude={controls.include[facet]}
          onExclude={controls.exclude[facet]}
        />
      ))}
      <DateFacet years={result.years} from={state.from} to={state.to} onRange={controls.range} />
    </div>
  );
});

interface ResultHeaderProps {
  state: ViewState;
  total: number;
  /** Off-topic posts the view leaves out. */
  hidden: number;
  search: SearchView;
  go: (next: ViewState) => void;
  /** Actions on the view's posts (Export), after the count and the order. */
  children?: React.ReactNode;
}

function ResultHeader({ state, total, hidden, search, go, children }: ResultHeaderProps) {
  const busy = search.status === 'loading';
  return (
    <div className="result-header">
      <p className="result-count" role="status" aria-live="polite">
        {busy ? 'Searching…' : `${total.toLocaleString('en')} ${total === 1 ? 'post' : 'posts'}`}
      </p>
      <RelevanceSwitch state={state} hidden={hidden} hrefOf={paths.explorer.getHref} />
      {state.q ? (
        <label className="sort">
          Sort by{' '}
          <select value={state.sort} onChange={(event) => go(setSort(state, event.target.value === 'date' ? 'date' : 'relevance'))}>
            <option value="relevance">relevance</option>
            <option value="date">newest first</option>
          </select>
        </label>
      ) : null}
      {children}
    </div>
  );
}

const KIND_NOUNS = { actor: 'threat actor', malware: 'malware family', platform: 'platform' } as const;

function SearchNotes({ search }: { search: SearchView }) {
  if (search.status === 'error') {
    return (
      <p className="notice" role="alert">
        The search could not run: {search.error}
      </p>
    );
  }
  if (search.folded.length === 0 && search.unknown.length === 0) return null;
  return (
    <ul className="search-notes">
      {search.folded.map((fold) => (
        <li key={`${fold.kind}:${fold.id}:${fold.text}`}>
          {fold.alias.toLowerCase() === fold.name.toLowerCase()
            ? `“${fold.text}” is a ${KIND_NOUNS[fold.kind]}: also showing ${fold.added} ${fold.added === 1 ? 'post' : 'posts'} that name it by another of its names.`
            : `“${fold.text}” is an alias of ${fold.name}: also showing ${fold.added} ${fold.added === 1 ? 'post' : 'posts'} that name ${fold.kind === 'actor' ? 'the group' : 'it'} by another of its names.`}
        </li>
      ))}
      {search.unknown.length ? <li>No post contains {search.unknown.map((word) => `“${word}”`).join(', ')}.</li> : null}
    </ul>
  );
}

const Results = memo(function Results({ collection, state, result, search, go }: ViewProps & { search: SearchView }) {
  if (search.status === 'loading') return <p className="loading">Searching…</p>;
  if (result.total === 0) {
    return (
      <div className="empty">
        <p>No posts match this view.</p>
        <p>Remove a filter above, widen the dates, or search for fewer words.</p>
      </div>
    );
  }
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const page = Math.min(state.page, pageCount);
  const first = (page - 1) * PAGE_SIZE;
  const rows = result.rows.subarray(first, first + PAGE_SIZE);
  return (
    <>
      <PostRows
        collection={collection}
        rows={rows}
        offset={first}
        state={state}
        snippet={search.rows ? (row, fields) => <Snippet body={fields[3]} terms={search.termsOf(row)} /> : undefined}
      />
      {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} hrefOf={(n) => paths.explorer.getHref(setPage(state, n))} /> : null}
      {state.page > pageCount ? (
        <p className="notice">
          There is no page {state.page}; this is the last page. <button type="button" onClick={() => go(setPage(state, pageCount))}>Go to page {pageCount}</button>
        </p>
      ) : null}
    </>
  );
});
