/**
 * The data files of a collection (docs/data-format.md), except the post bodies and the search shards,
 * which are written as they are made: the facets file the first list needs, the figures file, list
 * pages, slug shards, the catalog, the post keys and the manifest that names them all.
 */
import { catalogData, type Catalog } from '../catalog/load-catalog.ts';
import type { Collection, CollectionPost } from '../collection.ts';
import { contentHash } from '../post-record.ts';
import { languageName } from '../relevance/language.ts';
import { slugify } from '../slug.ts';
import type { DataFacet, FacetsFile, FiguresFile, IndexFigure, ListPage, Manifest, PostKeysFile, SearchManifest, SlugShard } from '../../model/format/data-format.ts';
import { DATA_FORMAT, listPageName, slugShardName, slugShardOf } from '../../model/format/data-version.ts';
import { encodeDays, encodeRows } from '../../model/format/number-codec.ts';
import { encodePostKeys, postKeyOf } from '../../model/format/post-keys.ts';
import { dayNumber } from '../../model/facets/day-index.ts';

/**
 * Rows per list page. Small, because a filtered list's rows are spread over the collection: a page
 * of 25 results may need 25 pages, each of a few kilobytes.
 */
export const LIST_PAGE_SIZE = 50;

/** Slugs per slug shard, about. */
const SLUGS_PER_SHARD = 256;

/** The files of a build besides bodies and search shards, by path relative to the data folder. */
export interface DataFiles {
  /** Single files named by their content. */
  files: Map<string, string>;
  manifest: Manifest;
  /** The facets file as written, for selecting posts with the app's facet engine (feeds). */
  facets: FacetsFile;
}

/** Builds the files; `search` is the search part of the manifest, when the build has an index. */
export function buildDataFiles(collection: Collection, search: SearchManifest | null, generatedAt = new Date()): DataFiles {
  const files = new Map<string, string>();
  const named = (prefix: string, text: string) => {
    const name = `${prefix}.${contentHash(text)}.json`;
    files.set(name, text);
    return name;
  };
  const facetsData = facetsFile(collection);
  const facets = named('facets', JSON.stringify(facetsData));
  const figures = named('figures', JSON.stringify(figuresFile(collection.posts)));
  const catalog = named('catalog', JSON.stringify(collection.catalog ? catalogData(collection.catalog) : emptyCatalog()));
  const keysFile: PostKeysFile = { format: DATA_FORMAT, keys: encodePostKeys(collection.posts.map(({ slug }) => postKeyOf(slug))) };
  const keys = named('keys', JSON.stringify(keysFile));

  // Pages and shards named each by its content: an edit changes the names of the one or two that hold it.
  const hashed = (texts: string[], nameOf: (hash: string) => string) =>
    texts.map((text) => {
      const hash = contentHash(text);
      files.set(nameOf(hash), text);
      return hash;
    });
  const pages = hashed(listPages(collection.posts), listPageName);
  const slugShardCount = powerOfTwoAtLeast(Math.ceil(collection.posts.length / SLUGS_PER_SHARD));
  const shards = hashed(slugShards(collection.posts, slugShardCount), slugShardName);

  const manifest: Manifest = {
    format: DATA_FORMAT,
    generatedAt: generatedAt.toISOString(),
    postCount: collection.posts.length,
    files: { facets, figures, catalog, keys },
    list: { pages, pageSize: LIST_PAGE_SIZE, pageCount: pages.length },
    slugs: { shards, shardCount: slugShardCount },
    ...(search ? { search } : {}),
  };
  return { files, manifest, facets: facetsData };
}

/** The source id a post is filed under: its feed or publication name as a slug. */
export function sourceId(record: CollectionPost['record']): string | null {
  return record.source ? slugify(record.source.name) || null : null;
}

/** The facets file of a collection: every post's day, security flag and facet values (docs/data-format.md). */
export function facetsFile(collection: Collection): FacetsFile {
  const { posts, catalog } = collection;
  const names = facetNames(catalog);
  const withAncestors = actorRollUp(catalog);
  const values: Record<DataFacet, Map<string, { name: string; rows: number[] }>> = {
    actor: new Map(),
    victim: new Map(),
    origin: new Map(),
    region: new Map(),
    platform: new Map(),
    malware: new Map(),
    source: new Map(),
    language: new Map(),
  };
  const security: number[] = [];
  const add = (facet: DataFacet, id: string, row: number, name?: string) => {
    let value = values[facet].get(id);
    if (!value) values[facet].set(id, (value = { name: name ?? names[facet]?.get(id) ?? id, rows: [] }));
    // Rows come in order; a value listed twice in one post counts once.
    if (value.rows.at(-1) !== row) value.rows.push(row);
  };
  const days = posts.map(({ record }, row) => {
    const { entities } = record;
    for (const id of withAncestors(entities.actors)) add('actor', id, row);
    for (const code of entities.victims) add('victim', code.toUpperCase(), row);
    for (const code of entities.origins) add('origin', code.toUpperCase(), row);
    for (const id of entities.regions) add('region', id, row);
    for (const id of entities.platforms) add('platform', id, row);
    for (const id of entities.malware) add('malware', id, row);
    const source = sourceId(record);
    if (source && record.source) add('source', source, row, record.source.name);
    add('language', record.language, row, languageName(record.language));
    if (record.relevance.relevant) security.push(row);
    return dayNumber(record.date.day) ?? 0;
  });
  const facets = {} as FacetsFile['facets'];
  for (const facet of Object.keys(values) as DataFacet[]) {
    facets[facet] = [...values[facet]]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, value]) => [id, value.name, encodeRows(value.rows)]);
  }
  return { format: DATA_FORMAT, postCount: posts.length, days: encodeDays(days), security: encodeRows(security), facets };
}

function figuresFile(posts: readonly CollectionPost[]): FiguresFile {
  const rows: number[] = [];
  const figures: IndexFigure[][] = [];
  posts.forEach(({ record }, row) => {
    if (record.figures.length === 0) return;
    rows.push(row);
    figures.push(record.figures.map((figure) => [figure.amount, figure.currency, figure.kind, figure.usd ?? null, figure.total ? 1 : 0]));
  });
  return { format: DATA_FORMAT, rows: encodeRows(rows), figures };
}

function listPages(posts: readonly CollectionPost[]): string[] {
  const pages: string[] = [];
  for (let start = 0; start < posts.length || start === 0; start += LIST_PAGE_SIZE) {
    const page: ListPage = {
      format: DATA_FORMAT,
      rows: posts.slice(start, start + LIST_PAGE_SIZE).map(({ slug, record }) => [slug, record.title, record.date.iso, record.bodyHash]),
    };
    pages.push(JSON.stringify(page));
    if (posts.length === 0) break;
  }
  return pages;
}

function slugShards(posts: readonly CollectionPost[], shardCount: number): string[] {
  const shards = Array.from({ length: shardCount }, (): SlugShard => ({ format: DATA_FORMAT, slugs: {} }));
  posts.forEach(({ slug, record }, row) => {
    const shard = shards[slugShardOf(slug, shardCount)];
    if (shard) shard.slugs[slug] = [row, record.bodyHash];
  });
  return shards.map((shard) => JSON.stringify(shard));
}

function powerOfTwoAtLeast(value: number): number {
  let count = 1;
  while (count < value) count *= 2;
  return count;
}

/** Display names of facet values from the catalog; sources carry their own. */
function facetNames(catalog: Catalog | null): Partial<Record<DataFacet, Map<string, string>>> {
  if (!catalog) return {};
  const byId = (entries: readonly { id: string; name: string }[]) => new Map(entries.map((entry) => [entry.id, entry.name]));
  const countries = new Map(catalog.countries.map((country) => [country.code.toUpperCase(), country.name]));
  return {
    actor: byId(catalog.actors),
    victim: countries,
    origin: countries,
    region: byId(catalog.regions),
    platform: byId(catalog.platforms),
    malware: byId(catalog.malware),
  };
}

/**
 * A post that names a sub-group is also filed under its umbrella group, so filtering by Lazarus Group
 * finds the posts that name only APT38 or Andariel (docs/data-format.md).
 */
function actorRollUp(catalog: Catalog | null): (ids: string[]) => string[] {
  const parentOf = new Map((catalog?.actors ?? []).map((actor) => [actor.id, actor.parent]));
  return (ids) => {
    const all = [...ids];
    for (const id of ids) {
      for (let parent = parentOf.get(id); parent && !all.includes(parent); parent = parentOf.get(parent)) all.push(parent);
    }
    return all;
  };
}

function emptyCatalog() {
  return { format: DATA_FORMAT, actors: [], malware: [], platforms: [], countries: [], regions: [] };
}
