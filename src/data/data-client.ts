/**
 * Fetches the compiled data (docs/data-format.md) for react-query and checks its format version:
 * the manifest and the facets file for the collection, and the files pages fetch when they need
 * them (list pages, slug shards, post bodies, figures, the catalog, search files). Turning the files
 * into a collection is the model's work (src/model/collection.ts).
 */
import { queryOptions } from '@tanstack/react-query';
import { createCollection, type Collection } from '../model/collection.ts';
import type { CatalogData } from '../model/format/catalog-format.ts';
import type { FacetsFile, FiguresFile, ListPage, Manifest, PostBody, PostKeysFile, SlugShard } from '../model/format/data-format.ts';
import { DATA_DIR, formatMismatch, listPageFile, MANIFEST_FILE, postBodyFile, slugShardFile, slugShardOf } from '../model/format/data-version.ts';
import { createFigureTable, type FigureTable } from '../model/charts/figure-table.ts';
import { decodePostKeys } from '../model/format/post-keys.ts';

/** Why data could not be used: unreachable, missing, or of a format this app does not read. */
export class DataError extends Error {
  constructor(
    readonly reason: 'network' | 'not-found' | 'format',
    message: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

function dataUrl(name: string): string {
  return `${import.meta.env.BASE_URL}${DATA_DIR}/${name}`;
}

/** The address of a feed the build wrote (`feedFiles` in src/model/export/feed-paths.ts), under the site's base path. */
export function feedUrl(file: string): string {
  return dataUrl(file);
}

/** Fetches a data file and checks its format version; `T` is the type its schema gives. An abort rejects with the signal's reason. */
async function fetchData<T>(name: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    // Asking for JSON keeps SPA fallbacks from answering a missing file with the app's HTML.
    response = await fetch(dataUrl(name), { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw new DataError('network', `Could not reach the server for ${name}.`);
  }
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  if (response.status === 404 || (response.ok && !isJson)) throw new DataError('not-found', `${name} was not found.`);
  if (!response.ok) throw new DataError('network', `The server answered ${response.status} for ${name}.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw new DataError('network', `${name} arrived incomplete.`);
  }
  return checkFormat<T>(name, data);
}

/** Refuses data written in another format version, instead of misreading it. */
export function checkFormat<T>(name: string, data: unknown): T {
  const mismatch = formatMismatch(name, data);
  if (mismatch) throw new DataError('format', mismatch);
  return data as T;
}

/** The manifest, facets and the engine over them: loaded once, kept for the session. */
export function collectionQuery() {
  return queryOptions({
    queryKey: ['collection'],
    queryFn: async (): Promise<Collection> => {
      const manifest = await fetchData<Manifest>(MANIFEST_FILE);
      return createCollection(manifest, await fetchData<FacetsFile>(manifest.files.facets));
    },
    staleTime: Infinity,
  });
}

/** The list fields (slug, title, date, body) of one page of rows. */
export function listPageQuery(manifest: Manifest, page: number) {
  const file = listPageFile(manifest, page);
  return queryOptions({
    queryKey: ['data', file],
    queryFn: async () => (await fetchData<ListPage>(file)).rows,
    staleTime: Infinity,
  });
}

/** Where a post is in the collection: its row and its body file's hash. */
export interface PostPlace {
  row: number;
  body: string;
}

/** A slug's place in its shard, or `null` when no post has the slug. */
export function placeInShard(shard: SlugShard, slug: string): PostPlace | null {
  const entry = Object.hasOwn(shard.slugs, slug) ? shard.slugs[slug] : undefined;
  return entry ? { row: entry[0], body: entry[1] } : null;
}

/** The slug shard that lists `slug` (`placeInShard` finds the post in it). */
export function slugShardQuery(manifest: Manifest, slug: string) {
  const file = slugShardFile(manifest, slugShardOf(slug, manifest.slugs.shardCount));
  return queryOptions({
    queryKey: ['data', file],
    queryFn: () => fetchData<SlugShard>(file),
    staleTime: Infinity,
  });
}

/** One post's body, by the hash its list row or slug shard gives. */
export function postBodyQuery(hash: string) {
  const file = postBodyFile(hash);
  return queryOptions({
    queryKey: ['data', file],
    queryFn: () => fetchData<PostBody>(file),
    staleTime: Infinity,
  });
}

/**
 * One post's body, fetched without keeping it: an export of thousands of posts reads each body once,
 * and holding them all in the query cache would hold every post's HTML in memory.
 */
export function fetchPostBody(hash: string, signal?: AbortSignal): Promise<PostBody> {
  return fetchData<PostBody>(postBodyFile(hash), signal);
}

/** The money figures of every post, for charts and entity pages. */
export function figuresQuery(manifest: Manifest) {
  return queryOptions({
    queryKey: ['data', manifest.files.figures],
    queryFn: async (): Promise<FigureTable> => createFigureTable(await fetchData<FiguresFile>(manifest.files.figures), manifest.postCount),
    staleTime: Infinity,
  });
}

/** The catalog: entity pages and search read it. */
export function catalogQuery(manifest: Manifest) {
  return queryOptions({
    queryKey: ['data', manifest.files.catalog],
    queryFn: () => fetchData<CatalogData>(manifest.files.catalog),
    staleTime: Infinity,
  });
}

/** Every row's post key (src/model/format/post-keys.ts), or `null` for data written before keys were added. */
export function postKeysQuery(manifest: Manifest) {
  const file = manifest.files.keys ?? null;
  return queryOptions({
    queryKey: ['data', file ?? 'no post keys'],
    queryFn: async (): Promise<Uint32Array | null> => (file ? decodePostKeys((await fetchData<PostKeysFile>(file)).keys, manifest.postCount, file) : null),
    staleTime: Infinity,
  });
}

/** One file of the search index (docs/decisions/0002-search-index.md), fetched when a query needs it. */
export function searchFileQuery(file: string) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: () => fetchData<unknown>(file),
    staleTime: Infinity,
  });
}
