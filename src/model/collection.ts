/**
 * The collection every page shares: the manifest, the post table and the facet engine over it, and
 * the display names of facet values. Built once per load from the manifest and the facets file.
 */
import { createFacetEngine, type FacetEngine } from './facets/facets.ts';
import { createPostTable, type PostTable } from './facets/post-table.ts';
import type { FacetsFile, Manifest } from './format/data-format.ts';
import type { Facet } from './view/view-state.ts';

/** The list-level data every page needs. */
export interface Collection {
  manifest: Manifest;
  posts: PostTable;
  /** The facet engine over `posts`, built once per collection. */
  engine: FacetEngine;
  /** Display names of every facet's values. */
  names: Record<Facet, ReadonlyMap<string, string>>;
  /** A facet value's display name, or its id when the data does not name it. */
  nameOf: (facet: Facet, id: string) => string;
}

/** Builds the collection of a manifest and its facets file. */
export function createCollection(manifest: Manifest, facets: FacetsFile): Collection {
  const posts = createPostTable(facets);
  const names = posts.names;
  return {
    manifest,
    posts,
    engine: createFacetEngine(posts, { names }),
    names,
    nameOf: (facet, id) => names[facet].get(id) ?? id,
  };
}
