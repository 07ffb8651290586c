/** A post table from a few made-up posts, for the model's tests. */
import type { MoneyTable } from '../model/charts/incidents.ts';
import type { IndexFigure, PostIndex } from '../model/format/data-format.ts';
import { createPostTable, type PostTable } from '../model/facets/post-table.ts';

/** A made-up post: its date and whichever entities a test needs. */
export interface PostSpec {
  date: string;
  actors?: string[];
  victims?: string[];
  regions?: string[];
  platforms?: string[];
}

/** The table of `posts`, in the order given (tests give them newest first when order matters). */
export function tableOf(posts: PostSpec[]): PostTable {
  const index: PostIndex = {
    format: 1,
    sources: [],
    columns: {
      slug: posts.map((_, i) => `post-${i}`),
      title: posts.map((_, i) => `Post ${i}`),
      date: posts.map((post) => post.date),
      source: posts.map(() => null),
      actors: posts.map((post) => post.actors ?? []),
      victims: posts.map((post) => post.victims ?? []),
      origins: posts.map(() => []),
      regions: posts.map((post) => post.regions ?? []),
      platforms: posts.map((post) => post.platforms ?? []),
      malware: posts.map(() => []),
      figures: posts.map(() => []),
    },
  };
  return createPostTable(index);
}

/** Every row of a table of `size` posts. */
export const allRows = (size: number): number[] => Array.from({ length: size }, (_, row) => row);

/** A made-up post for the money charts: its day, actors and index figures. */
export interface MoneyPostSpec {
  day: string;
  actors?: string[];
  figures: IndexFigure[];
}

/** The money columns of `posts`. */
export function moneyTableOf(posts: MoneyPostSpec[]): MoneyTable {
  return { day: posts.map((post) => post.day), actors: posts.map((post) => post.actors ?? []), figures: posts.map((post) => post.figures) };
}

/** A figure stated in US dollars, of one incident. */
export const usdFigure = (amount: number, kind: IndexFigure[2] = 'theft'): IndexFigure => [amount, 'USD', kind, amount, 0];
