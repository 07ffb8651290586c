/** A post table from a few made-up posts, for the model's tests. */
import type { MoneyTable } from '../model/charts/incidents.ts';
import type { DataFacet, FacetsFile, IndexFigure } from '../model/format/data-format.ts';
import { DATA_FORMAT } from '../model/format/data-version.ts';
import { encodeDays, encodeRows } from '../model/format/number-codec.ts';
import { dayNumber } from '../model/facets/day-index.ts';
import { createPostTable, type PostTable } from '../model/facets/post-table.ts';

/** A made-up post: its date and whichever entities a test needs. */
export interface PostSpec {
  date: string;
  actors?: string[];
  victims?: string[];
  origins?: string[];
  regions?: string[];
  platforms?: string[];
  malware?: string[];
  /** A source id; its name is the id in upper case. */
  source?: string | null;
  /** ISO 639-1; English by default. */
  language?: string;
  /** Security news unless `false`. */
  relevant?: boolean;
}

/** The facets file of `posts`, in the order given (tests give them newest first when order matters). */
export function facetsFileOf(posts: PostSpec[]): FacetsFile {
  const facets = {} as FacetsFile['facets'];
  const column = (facet: DataFacet, of: (post: PostSpec) => readonly string[]) => {
    const rows = new Map<string, number[]>();
    posts.forEach((post, row) => {
      for (const id of new Set(of(post))) rows.set(id, [...(rows.get(id) ?? []), row]);
    });
    facets[facet] = [...rows].map(([id, list]) => [id, facet === 'source' ? id.toUpperCase() : id, encodeRows(list)]);
  };
  column('actor', (post) => post.actors ?? []);
  column('victim', (post) => post.victims ?? []);
  column('origin', (post) => post.origins ?? []);
  column('region', (post) => post.regions ?? []);
  column('platform', (post) => post.platforms ?? []);
  column('malware', (post) => post.malware ?? []);
  column('source', (post) => (post.source ? [post.source] : []));
  column('language', (post) => [post.language ?? 'en']);
  const security = posts.flatMap((post, row) => (post.relevant === false ? [] : [row]));
  return { format: DATA_FORMAT, postCount: posts.length, days: encodeDays(posts.map((post) => dayNumber(post.date) ?? 0)), security: encodeRows(security), facets };
}

/** The table of `posts`, in the order given (tests give them newest first when order matters). */
export function tableOf(posts: PostSpec[]): PostTable {
  return createPostTable(facetsFileOf(posts));
}

/** Every row of a table of `size` posts. */
export const allRows = (size: number): number[] => Array.from({ length: size }, (_, row) => row);

/** A made-up post for the money charts: its day, actors and index figures. */
export interface MoneyPostSpec {
  day: string;
  actors?: string[];
  victims?: string[];
  figures: IndexFigure[];
}

/** The money columns of `posts`. */
export function moneyTableOf(posts: MoneyPostSpec[]): MoneyTable {
  return { day: posts.map((post) => post.day), actors: posts.map((post) => post.actors ?? []), victims: posts.map((post) => post.victims ?? []), figures: posts.map((post) => post.figures) };
}

/** A figure stated in US dollars, of one incident. */
export const usdFigure = (amount: number, kind: IndexFigure[2] = 'theft'): IndexFigure => [amount, 'USD', kind, amount, 0];
