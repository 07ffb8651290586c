/**
 * The list fields (slug, title, date, body file) of the rows a component shows, fetched by list page
 * as they are needed and cached for the session.
 */
import { useQueries } from '@tanstack/react-query';
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

/** Fetches the pages of `rows` and returns a lookup of their list fields. */
export function useListRows(collection: Collection, rows: ArrayLike<number>): ListRowOf {
  const { manifest } = collection;
  const pages = pagesOf(collection, rows);
  const results = useQueries({ queries: pages.map((page) => listPageQuery(manifest, page)) });
  const byPage = new Map(pages.map((page, i) => [page, results[i]?.data]));
  const size = manifest.list.pageSize;
  return (row) => byPage.get(Math.floor(row / size))?.[row % size];
}
