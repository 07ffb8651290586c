/**
 * Every in-app link is built here, so each view has exactly one spelling (docs/url-format.md).
 * Hrefs are relative to the router's basename; the router adds the deployment's base path.
 */

/** Route patterns and href builders. */
export const paths = {
  home: {
    pattern: '/',
    /** The post list; `page` counts from 1 and is left out on the first page. */
    getHref: (page = 1) => (page > 1 ? `/?page=${page}` : '/'),
  },
  post: {
    pattern: '/posts/:slug',
    getHref: (slug: string) => `/posts/${encodeURIComponent(slug)}`,
  },
} as const;
