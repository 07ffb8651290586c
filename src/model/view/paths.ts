/**
 * Every in-app link is built here, so each view has exactly one spelling (docs/url-format.md).
 * Hrefs are relative to the router's basename; the router adds the deployment's base path.
 */
import { formatCiteAnchor, type CiteAnchor } from '../cite/anchor.ts';
import { createViewState, viewStateToSearch, type Facet, type ViewState } from './view-state.ts';
import { setYear, toggleInclude } from './view-state-edit.ts';

/** The explorer: the post list under a view's filters, `/` plus the canonical query string. */
function explorerHref(state: ViewState): string {
  return `/${viewStateToSearch(state)}`;
}

/** A post alone, without the view it was opened from. */
function postHref(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

/** The query of a view on a page other than the list: the list's page number means nothing there and is left out. */
function searchWithoutPage(state: ViewState): string {
  return viewStateToSearch(createViewState({ ...state, page: 1 }));
}

/** Route patterns and href builders. */
export const paths = {
  home: {
    pattern: '/',
    /** The unfiltered post list; `page` counts from 1 and is left out on the first page. */
    getHref: (page = 1) => explorerHref(createViewState({ page })),
  },
  explorer: {
    pattern: '/',
    /** The post list of a view: `/?actor=lazarus-group&victim=GB&from=2019-01-01`. */
    getHref: explorerHref,
  },
  post: {
    pattern: '/posts/:slug',
    /**
     * A post; with the view it was opened from (`/posts/<slug>?actor=lazarus-group`), so the reader
     * can offer the previous and next post of that list. The page number is not kept.
     */
    getHref: (slug: string, from?: ViewState) => `${postHref(slug)}${from ? searchWithoutPage(from) : ''}`,
  },
  figure: {
    pattern: '/posts/:slug',
    /** A reported figure in its post, `/posts/<slug>#figure-0`: the reader marks the sentence it came from. */
    getHref: (slug: string, figureIndex: number) => `${postHref(slug)}#figure-${figureIndex}`,
  },
  citation: {
    pattern: '/posts/:slug',
    /** A cited passage in its post, `/posts/<slug>#cite-<p>-<s>`: the reader marks it (docs/url-format.md#citation-links). */
    getHref: (slug: string, anchor: CiteAnchor) => `${postHref(slug)}#${formatCiteAnchor(anchor)}`,
  },
  actor: {
    pattern: '/actors/:id',
    /** A threat actor's page, by catalog id: `/actors/lazarus-group`. */
    getHref: (id: string) => `/actors/${encodeURIComponent(id.toLowerCase())}`,
  },
  country: {
    pattern: '/countries/:iso2',
    /** A country's page, by ISO 3166-1 alpha-2 code in upper case: `/countries/GB`. */
    getHref: (iso2: string) => `/countries/${encodeURIComponent(iso2.toUpperCase())}`,
  },
  saved: {
    pattern: '/saved',
    /** The saved views of this browser (docs/saved-views.md). */
    getHref: () => '/saved',
  },
  charts: {
    pattern: '/charts',
    /** Charts of the posts a view selects, with the explorer's query string: `/charts?actor=apt28`. The page number is not kept. */
    getHref: (state: ViewState) => `/charts${searchWithoutPage(state)}`,
  },
} as const;

/** The explorer links of a view that an entity page offers: its posts, narrowed by one more value, or to one year. */
export interface ExplorerLinks {
  /** Every post of the view. */
  posts: string;
  /** The view with `value` of `facet` included too, or taken out if it is already in. */
  withValue: (facet: Facet) => (value: string) => string;
  /** The view narrowed to one calendar year. */
  inYear: (year: number) => string;
}

/** The explorer links of a view (an actor's, a country's as victim or origin). */
export function explorerLinks(view: ViewState): ExplorerLinks {
  return {
    posts: paths.explorer.getHref(view),
    withValue: (facet) => (value) => paths.explorer.getHref(toggleInclude(view, facet, value)),
    inYear: (year) => paths.explorer.getHref(setYear(view, year)),
  };
}
