/**
 * The app's facet engine over a compiled collection. The feeds and `npm run export` select posts
 * with the code the explorer and the entity pages run, over the facets file the app reads, so a feed
 * or an export of a view holds exactly the posts the app shows for that view. Rows are the
 * collection's: `collection.posts[row]`.
 */
import { createFacetEngine, type FacetEngine } from '../model/facets/facets.ts';
import { createPostTable, type PostTable } from '../model/facets/post-table.ts';
import type { FacetsFile } from '../model/format/data-format.ts';
import type { Collection } from './collection.ts';
import { facetsFile } from './write/data-files.ts';

/** A collection indexed as the app indexes it. */
export interface CollectionEngine {
  /** The facets file decoded, with the display names of every facet value. */
  table: PostTable;
  engine: FacetEngine;
}

/** Indexes a collection; pass the facets file when the build has made it already. */
export function collectionEngine(collection: Collection, facets: FacetsFile = facetsFile(collection)): CollectionEngine {
  const table = createPostTable(facets);
  // Named as src/model/collection.ts names them for the app.
  return { table, engine: createFacetEngine(table, { names: table.names }) };
}
