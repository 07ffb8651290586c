/**
 * Every in-app link is built here, so each view has exactly one spelling (docs/url-format.md).
 * Hrefs are relative to the router's basename; the router adds the deployment's base path.
 */
import { createViewState, viewStateToSearch, type ViewState } from './view-state.ts';

/** The explorer: the post list under a view's filters, `/` plus the canonical query string. */
function explorerHref(state: ViewState): string {
  return `/${viewStateToSearch(state)}`;
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
    getHref: (slug: string, from?: ViewState) =>
      `/posts/${encodeURIComponent(slug)}${from ? viewStateToSearch(createViewState({ ...from, page: 1 })) : ''}`,
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
    /** Charts of the posts a view selects, with the explorer's query string: `/charts?actor=apt28`. */
    getHref: (state: ViewState) => `/charts${viewStateToSearch(state)}`,
  },
} as const;
