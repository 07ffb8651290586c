/** The route table: one module per page, each with its loader and component. */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject, ShouldRevalidateFunctionArgs } from 'react-router';
import { paths } from '../model/view/paths.ts';
import { NotFound } from './not-found.tsx';
import * as actorPage from './actor-page.tsx';
import * as chartsPage from './charts-page.tsx';
import * as countryPage from './country-page.tsx';
import * as explorer from './explorer.tsx';
import * as postReader from './post-reader.tsx';
import * as rootLayout from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/**
 * The collection is loaded once per session and never changes under a page (the dev server refreshes
 * it through react-query), so a change of filters in the query string runs no loader: the page
 * answers in the same frame.
 */
function sameDataForSamePage({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

/** Builds the routes; loaders fill react-query's cache before a page renders. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.home.pattern,
      loader: rootLayout.loader(queryClient),
      shouldRevalidate: sameDataForSamePage,
      Component: rootLayout.RootLayout,
      HydrateFallback: rootLayout.LoadingPage,
      ErrorBoundary: rootLayout.RootError,
      children: [
        // Pages keep their own error boundaries so the header stays and the rest of the app still works.
        { index: true, loader: explorer.loader(queryClient), shouldRevalidate: sameDataForSamePage, Component: explorer.Explorer, ErrorBoundary: RouteError },
        {
          path: paths.post.pattern.slice(1),
          loader: postReader.loader(queryClient),
          Component: postReader.PostReader,
          ErrorBoundary: RouteError,
        },
        { path: paths.actor.pattern.slice(1), loader: actorPage.loader(queryClient), Component: actorPage.ActorPage, ErrorBoundary: RouteError },
        { path: paths.country.pattern.slice(1), loader: countryPage.loader(queryClient), Component: countryPage.CountryPage, ErrorBoundary: RouteError },
        { path: paths.charts.pattern.slice(1), loader: chartsPage.loader(queryClient), shouldRevalidate: sameDataForSamePage, Component: chartsPage.ChartsPage, ErrorBoundary: RouteError },
        {
          path: paths.saved.pattern.slice(1),
          // Loaded when first visited: the first list does not carry a page most visits never open.
          lazy: async () => {
            const savedViews = await import('./saved-views.tsx');
            return { loader: savedViews.loader(queryClient), Component: savedViews.SavedViews };
          },
          ErrorBoundary: RouteError,
        },
        { path: '*', Component: NotFound },
      ],
    },
  ];
}
