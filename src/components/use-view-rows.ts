/**
 * The rows of a view, search included, and what a saved view needs of them: the posts' keys, to
 * record what it shows and count what is new (src/model/view/seen-posts.ts).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { postKeysQuery } from '../data/data-client.ts';
import { useSearch } from '../data/search-client.ts';
import type { Collection } from '../model/collection.ts';
import { seenPostsOf, type SeenPosts } from '../model/view/seen-posts.ts';
import type { ViewState } from '../model/view/view-state.ts';

/** The view's rows; `null` while its search runs or when it failed. */
export function useViewRows(collection: Collection, state: ViewState): Uint32Array | null {
  const search = useSearch(collection, state.q);
  return useMemo(() => (search.status === 'loading' || search.status === 'error' ? null : collection.engine.rows(state, search.rows)), [collection, state, search]);
}

/**
 * Every row's post key (fetched when `enabled`): `undefined` while it loads, `null` for data
 * without keys or when the file could not be fetched.
 */
export function usePostKeys(collection: Collection, enabled = true): Uint32Array | null | undefined {
  const query = useQuery({ ...postKeysQuery(collection.manifest), enabled });
  if (query.isError) return null;
  return query.data;
}

/** What a view shows now, to store as seen: `null` while rows or keys load, or without keys. */
export function seenNow(collection: Collection, rows: Uint32Array | null, keys: Uint32Array | null | undefined): SeenPosts | null {
  return rows && keys ? seenPostsOf(collection.manifest.generatedAt, keys, rows) : null;
}
