/**
 * What pages need loaded before they render, one function per need: route loaders call a `load*`
 * function (then add their own checks, such as an unknown id being a 404), and pages read the same
 * data with the matching `use*` hook, so a loader and its page cannot disagree about what is there.
 */
import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { FigureTable } from '../model/charts/figure-table.ts';
import type { Collection } from '../model/collection.ts';
import type { CatalogData } from '../model/format/catalog-format.ts';
import { catalogQuery, collectionQuery, figuresQuery } from './data-client.ts';

/** The collection and the catalog: entity pages name actors, countries and regions from it. */
export interface CatalogPageData {
  collection: Collection;
  catalog: CatalogData;
}

/** The collection, the catalog and every post's money figures: the chart page and the actor page. */
export interface ChartData extends CatalogPageData {
  figures: FigureTable;
}

/** The collection every page shares (manifest, post table, facet engine). */
export function loadCollection(queryClient: QueryClient): Promise<Collection> {
  return queryClient.ensureQueryData(collectionQuery());
}

/** The collection, then the catalog. */
export async function loadCatalogData(queryClient: QueryClient): Promise<CatalogPageData> {
  const collection = await loadCollection(queryClient);
  const catalog = await queryClient.ensureQueryData(catalogQuery(collection.manifest));
  return { collection, catalog };
}

/** The collection, then the catalog and the figures side by side. */
export async function loadChartData(queryClient: QueryClient): Promise<ChartData> {
  const collection = await loadCollection(queryClient);
  const [catalog, figures] = await Promise.all([queryClient.ensureQueryData(catalogQuery(collection.manifest)), queryClient.ensureQueryData(figuresQuery(collection.manifest))]);
  return { collection, catalog, figures };
}

/** What `loadCatalogData` loaded, for the page's component. */
export function useCatalogData(): CatalogPageData {
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const { data: catalog } = useSuspenseQuery(catalogQuery(collection.manifest));
  return { collection, catalog };
}

/** What `loadChartData` loaded, for the page's component. */
export function useChartData(): ChartData {
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const { data: catalog } = useSuspenseQuery(catalogQuery(collection.manifest));
  const { data: figures } = useSuspenseQuery(figuresQuery(collection.manifest));
  return { collection, catalog, figures };
}
