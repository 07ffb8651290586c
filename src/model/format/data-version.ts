/**
 * The version of the compiled data format (docs/data-format.md) and where its files are. Bump the
 * version on any change a reader of the data could notice; the app refuses data whose version it
 * does not know instead of misreading it.
 */
import type { Manifest } from './data-format.ts';
import { bucketOf } from './number-codec.ts';

/** The data format this version of Sitrep writes and reads. */
export const DATA_FORMAT = 3;

/**
 * Why `data`, read from the file `name`, is not in this version's format, or `null` when it is. The
 * one format check: the app's fetch layer and the search codec (also run by the compiler when it
 * patches an index) both refuse with this text.
 */
export function formatMismatch(name: string, data: unknown): string | null {
  const format = typeof data === 'object' && data !== null && 'format' in data ? data.format : undefined;
  if (format === DATA_FORMAT) return null;
  return (
    `This version of Sitrep reads data format ${DATA_FORMAT}, but ${name} is in format ${String(format ?? 'unknown')}. ` +
    'Rebuild the data with the same version of Sitrep (npm run build), or open the site with the version that wrote it.'
  );
}

/** Where the compiled data sits under the site's base path. */
export const DATA_DIR = 'data';

/** The one file with a fixed name: it names every other data file of a build. */
export const MANIFEST_FILE = 'manifest.json';

/** A post body's file, relative to the data folder, from its content hash. */
export function postBodyFile(hash: string): string {
  return `posts/${hash.slice(0, 2)}/${hash}.json`;
}

/** A list page's file, from its content hash (`manifest.list.pages`). */
export function listPageName(hash: string): string {
  return `list/${hash}.json`;
}

/** The file of list page `page`: rows `page * pageSize` to `(page + 1) * pageSize - 1`. */
export function listPageFile(manifest: Pick<Manifest, 'list'>, page: number): string {
  return listPageName(manifest.list.pages[page] ?? '');
}

/** The slug shard a slug is listed in. */
export function slugShardOf(slug: string, shardCount: number): number {
  return bucketOf(slug, shardCount);
}

/** A slug shard's file, from its content hash (`manifest.slugs.shards`). */
export function slugShardName(hash: string): string {
  return `slugs/${hash}.json`;
}

/** The file of slug shard `shard`. */
export function slugShardFile(manifest: Pick<Manifest, 'slugs'>, shard: number): string {
  return slugShardName(manifest.slugs.shards[shard] ?? '');
}

/** A search postings or positions file, from its content hash (the search table lists them). */
export function searchFile(hash: string): string {
  return `search/${hash}.json`;
}

/** The event the dev server sends when content changed; open pages refetch their data on it. */
export const DATA_CHANGED_EVENT = 'sitrep:data-changed';
