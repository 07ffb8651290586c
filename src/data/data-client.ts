/**
 * Fetches the compiled data (docs/data-format.md) for react-query: the manifest first, then the list
 * index and catalog it names; post bodies one at a time. Refuses data of a format it does not know.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CatalogData } from '../model/format/catalog-format.ts';
import type { Manifest, PostBody, PostIndex } from '../model/format/data-format.ts';
import { DATA_DIR, DATA_FORMAT, MANIFEST_FILE, postBodyFile } from '../model/format/data-version.ts';
import { catalogFacetNames, createFacetEngine, type FacetEngine } from '../model/facets/facets.ts';
import { createPostTable, type PostTable } from '../model/facets/post-table.ts';
import { FACETS, type Facet } from '../model/view/view-state.ts';

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

/** The list-level data every page needs. */
export interface Collection {
  manifest: Manifest;
  posts: PostTable;
  catalog: CatalogData;
  /** The facet engine over `posts`, built once per collection. */
  engine: FacetEngine;
  /** Display names of every facet's values (catalog names, country names, source names). */
  names: Record<Facet, ReadonlyMap<string, string>>;
  /** A facet value's display name, or its id when the catalog does not know it. */
  nameOf: (facet: Facet, id: string) => string;
}

function dataUrl(name: string): string {
  return `${import.meta.env.BASE_URL}${DATA_DIR}/${name}`;
}

async function fetchData(name: string): Promise<unknown> {
  let response: Response;
  try {
    // Asking for JSON keeps SPA fallbacks from answering a missing file with the app's HTML.
    response = await fetch(dataUrl(name), { headers: { accept: 'application/json' } });
  } catch {
    throw new DataError('network', `Could not reach the server for ${name}.`);
  }
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  if (response.status === 404 || (response.ok && !isJson)) throw new DataError('not-found', `${name} was not found.`);
  if (!response.ok) throw new DataError('network', `The server answered ${response.status} for ${name}.`);
  try {
    return await response.json();
  } catch {
    throw new DataError('network', `${name} arrived incomplete.`);
  }
}

/** Refuses data written in another format version, instead of misreading it. */
function checkFormat<T>(name: string, data: unknown): T {
  const format = typeof data === 'object' && data !== null && 'format' in data ? data.format : undefined;
  if (format !== DATA_FORMAT) {
    throw new DataError(
      'format',
      `This version of Sitrep reads data format ${DATA_FORMAT}, but ${name} is in format ${String(format ?? 'unknown')}. ` +
        'Rebuild the data with the same version of Sitrep (npm run build), or open the site with the version that wrote it.',
    );
  }
  return data as T;
}

/** The manifest, list index and catalog: loaded once, kept for the session. */
export function collectionQuery() {
  return queryOptions({
    queryKey: ['collection'],
    queryFn: async (): Promise<Collection> => {
      const manifest = checkFormat<Manifest>(MANIFEST_FILE, await fetchData(MANIFEST_FILE));
      const [index, catalog] = await Promise.all([
        fetchData(manifest.files.index).then((data) => checkFormat<PostIndex>(manifest.files.index, data)),
        fetchData(manifest.files.catalog).then((data) => checkFormat<CatalogData>(manifest.files.catalog, data)),
      ]);
      const posts = createPostTable(index);
      const fromCatalog = catalogFacetNames(catalog);
      const names = Object.fromEntries(
        FACETS.map((facet) => [facet, facet === 'source' ? posts.sourceNames : (fromCatalog[facet] ?? new Map<string, string>())]),
      ) as Record<Facet, ReadonlyMap<string, string>>;
      const nameOf = (facet: Facet, id: string) => names[facet].get(id) ?? id;
      return { manifest, posts, catalog, engine: createFacetEngine(posts, { names }), names, nameOf };
    },
    staleTime: Infinity,
  });
}

/** One file of the search index (docs/decisions/0002-search-index.md), fetched when a query needs it. */
export function searchFileQuery(file: string) {
  return queryOptions({
    queryKey: ['search-file', file],
    queryFn: async (): Promise<unknown> => checkFormat<unknown>(file, await fetchData(file)),
    staleTime: Infinity,
  });
}

/** One post's body. */
export function postBodyQuery(slug: string) {
  return queryOptions({
    queryKey: ['post', slug],
    queryFn: async (): Promise<PostBody> => {
      const name = postBodyFile(slug);
      return checkFormat<PostBody>(name, await fetchData(name));
    },
    staleTime: Infinity,
  });
}
