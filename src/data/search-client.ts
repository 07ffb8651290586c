/**
 * Full-text search for the explorer and the reader: runs `searchPosts` (src/model/search/search.ts) over the
 * index shards a query needs, fetched and cached through react-query, so a query fetches only its
 * words' shards and a repeated word costs nothing.
 */
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createAliasIndex, type AliasIndex } from '../model/search/aliases.ts';
import { searchPosts, type AliasFold, type SearchResult } from '../model/search/search.ts';
import type { Collection } from '../model/collection.ts';
import type { CatalogData } from '../model/format/catalog-format.ts';
import { catalogQuery, searchFileQuery } from './data-client.ts';

/** The state of the current search. `rows` is `null` when there is nothing to search. */
export interface SearchView {
  status: 'idle' | 'loading' | 'ready' | 'error';
  rows: Uint32Array | null;
  /** What to mark in a row's snippet. */
  termsOf: (row: number) => readonly string[];
  /** Names folded onto an entity ("Hidden Cobra" -> Lazarus Group) that found posts the words alone would not have. */
  folded: AliasFold[];
  /** Query words no post contains. */
  unknown: string[];
  error?: string;
}

const NO_TERMS: readonly string[] = [];
const IDLE: SearchView = { status: 'idle', rows: null, termsOf: () => NO_TERMS, folded: [], unknown: [] };

// Catalog names with the rows of each entity, built once per collection.
const aliasIndexes = new WeakMap<Collection, AliasIndex>();
function aliasIndexOf(collection: Collection, catalog: CatalogData): AliasIndex {
  let index = aliasIndexes.get(collection);
  if (!index) {
    index = createAliasIndex(catalog, collection.posts);
    aliasIndexes.set(collection, index);
  }
  return index;
}

/**
 * Fetches what every search needs first, the catalog's names and the index's table, before the
 * query is known: call it when the analyst starts on a search (the search box takes the focus).
 */
export function prefetchSearch(queryClient: QueryClient, collection: Collection): void {
  const manifest = collection.manifest.search;
  if (!manifest) return;
  void queryClient.prefetchQuery(catalogQuery(collection.manifest));
  void queryClient.prefetchQuery(searchFileQuery(manifest.table));
}

/** Searches the collection for `q`; idle for an empty query. */
export function useSearch(collection: Collection, q: string): SearchView {
  const queryClient = useQueryClient();
  const manifest = collection.manifest.search;
  const query = useQuery({
    queryKey: ['search', manifest?.table ?? 'none', q],
    queryFn: async (): Promise<SearchResult> => {
      if (!manifest) throw new Error('this data was built without a search index; rebuild it with npm run build');
      // The catalog's names fold aliases ("Hidden Cobra"); it loads with the first search, not with
      // the list, and the search fetches the words' files meanwhile.
      const aliases = queryClient.ensureQueryData(catalogQuery(collection.manifest)).then((catalog) => aliasIndexOf(collection, catalog));
      return searchPosts(q, {
        manifest,
        loadFile: (file) => queryClient.ensureQueryData(searchFileQuery(file)),
        aliases,
      });
    },
    enabled: q !== '',
    staleTime: Infinity,
  });
  return useMemo((): SearchView => {
    if (q === '') return IDLE;
    if (query.isError) return { ...IDLE, status: 'error', error: query.error.message };
    const result = query.data;
    if (!result) return { ...IDLE, status: 'loading' };
    if (!result.searched) return IDLE;
    return {
      status: 'ready',
      rows: result.rows,
      termsOf: (row) => result.terms.get(row) ?? NO_TERMS,
      folded: result.folded.filter((fold) => fold.added > 0),
      unknown: result.unknown,
    };
  }, [q, query.isError, query.error, query.data]);
}
