/**
 * The list fields (slug, title, date, body file) of the rows a component shows. Pages already
 * fetched answer at once; the missing ones are fetched together, so a list of 25 rows spread over
 * the collection re-renders once when they arrive, not once per page.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { listPageQuery } from '../data/data-client.ts';
import type { Collection } from '../model/collection.ts';
import type { ListRow } from '../model/format/data-format.ts';

/** A row's list fields, or `undefined` while its page loads. */
export type ListRowOf = (row: number) => ListRow | undefined;

/** The list pages that hold `rows`. */
export function pagesOf(collection: Collection, rows: ArrayLike<number>): number[] {
  const size = collection.manifest.list.pageSize;
  const pages = new Set<number>();
  for (let i = 0; i < rows.length; i++) pages.add(Math.floor((rows[i] ?? 0) / size));
  return [...pages].sort((a, b) => a - b);
}

/** Fetches the pages of `rows` that are not in the cache yet, and returns a lookup of their list fields. */
export function useListRows(collection: Collection, rows: ArrayLike<number>): ListRowOf {
  const queryClient = useQueryClient();
  const { manifest } = collection;
  const size = manifest.list.pageSize;
  const cached = (page: number) => queryClient.getQueryData(listPageQuery(manifest, page).queryKey);
  const missing = pagesOf(collection, rows).filter((page) => cached(page) === undefined);
  // One query for the missing pages; each page is still cached on its own for the next view.
  useQuery({
    queryKey: ['list-pages', ...missing.map((page) => manifest.list.pages[page])],
    queryFn: () => Promise.all(missing.map((page) => queryClient.ensureQueryData(listPageQuery(manifest, page)))),
    enabled: missing.length > 0,
    staleTime: Infinity,
  });
  return (row) => cached(Math.floor(row / size))?.[row % size];
}
