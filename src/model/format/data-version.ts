/**
 * The version of the compiled data format (docs/data-format.md). Bump it on any change a reader of the
 * data could notice; the app refuses data whose version it does not know instead of misreading it.
 */
export const DATA_FORMAT = 2;

/** Where the compiled data sits under the site's base path. */
export const DATA_DIR = 'data';

/** The one file with a fixed name: it names every other data file of a build. */
export const MANIFEST_FILE = 'manifest.json';

/** A post body's file, relative to the data folder. Slugs are URL-safe by construction. */
export function postBodyFile(slug: string): string {
  return `posts/${slug}.json`;
}

/** The event the dev server sends when content changed; open pages refetch their data on it. */
export const DATA_CHANGED_EVENT = 'sitrep:data-changed';
