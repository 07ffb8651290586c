/**
 * The list index decoded for the app: one array per field, posts newest first, and a slug lookup.
 * Pure: built from the data the compiler wrote, shared by every route.
 */
import type { IndexFigure, PostIndex } from '../format/data-format.ts';

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
  /** Threat actor ids per post (catalog slugs such as `lazarus-group`). */
  actors: string[][];
  /** Victim countries per post, ISO 3166-1 alpha-2 in upper case. */
  victims: string[][];
  /** Countries the attackers come from or act for, per post, ISO 3166-1 alpha-2 in upper case. */
  origins: string[][];
  /** Region slugs per post (`europe`, `middle-east`). */
  regions: string[][];
  /** Platform ids per post (`windows`, `telegram`). */
  platforms: string[][];
  /** Malware ids per post (`applejeus`). */
  malware: string[][];
  /** Money figures per post, `[amount, currency, kind, usd]`, in the order of the post body's figures. */
  figures: IndexFigure[][];
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
    // The compiler writes dates in the author's offset, so the date part is the author's day; taking
    // it as text gives what parsePostDate would, without parsing 100,000 dates on every load.
    day: columns.date.map((iso) => iso.trim().slice(0, 10)),
    source: columns.source,
    sourceNames: new Map(index.sources.map((source) => [source.id, source.name])),
    rowBySlug,
    actors: columns.actors,
    // Country codes are compared in upper case everywhere (URLs accept any case).
    victims: columns.victims.map(upperCaseAll),
    origins: columns.origins.map(upperCaseAll),
    regions: columns.regions,
    platforms: columns.platforms,
    malware: columns.malware,
    figures: columns.figures,
  };
}

function upperCaseAll(codes: string[]): string[] {
  return codes.some((code) => code !== code.toUpperCase()) ? codes.map((code) => code.toUpperCase()) : codes;
}
