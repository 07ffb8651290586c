/**
 * Where the build writes the Atom feeds, relative to the data folder (docs/export-formats.md#atom):
 * one for the whole collection, one per threat actor and one per victim country. The names are
 * fixed, unlike the other data files, because readers subscribe to them; the compiler writes them
 * and the app links to them from these functions, so the two cannot disagree.
 */

/** The media type feeds are served with. */
export const ATOM_MEDIA_TYPE = 'application/atom+xml';

/** The folder of the feeds in the data folder. */
export const FEEDS_DIR = 'feeds';

/** Feed files by what they follow. */
export const feedFiles = {
  /** The newest security news of the whole collection. */
  all: `${FEEDS_DIR}/all.atom`,
  /** The posts naming a threat actor (or one of its sub-groups), by catalog id. */
  actor: (id: string): string => `${FEEDS_DIR}/actors/${id.toLowerCase()}.atom`,
  /** The posts reporting a country as a victim, by ISO 3166-1 alpha-2 code. */
  victim: (iso2: string): string => `${FEEDS_DIR}/victims/${iso2.toUpperCase()}.atom`,
} as const;
