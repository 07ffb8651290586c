/**
 * The list index decoded for the app: one array per field, posts newest first, and a slug lookup.
 * Pure: built from the data the compiler wrote, shared by every route.
 */
import type { PostIndex } from './data-format.ts';
import { parsePostDate } from './post-date.ts';

/** The posts of the list index, by column; `i` is a post's row everywhere. */
export interface PostTable {
  size: number;
  slug: string[];
  title: string[];
  /** ISO 8601 with the author's offset. */
  date: string[];
  /** The author's calendar day, `YYYY-MM-DD`. */
  day: string[];
  /** Source id per post, or `null`. */
  source: (string | null)[];
  /** Source display names by id. */
  sourceNames: Map<string, string>;
  /** Row of each slug. */
  rowBySlug: Map<string, number>;
}

/** Decodes the list index. */
export function createPostTable(index: PostIndex): PostTable {
  const { columns } = index;
  const rowBySlug = new Map<string, number>();
  columns.slug.forEach((slug, row) => rowBySlug.set(slug, row));
  return {
    size: columns.slug.length,
    slug: columns.slug,
    title: columns.title,
    date: columns.date,
    day: columns.date.map((iso) => parsePostDate(iso)?.day ?? iso.slice(0, 10)),
    source: columns.source,
    sourceNames: new Map(index.sources.map((source) => [source.id, source.name])),
    rowBySlug,
  };
}
