/**
 * Facet tallies for a view's charts: the most frequent values of a facet among the rows a view
 * selects, and the actor × victim region matrix. Counted over exactly those rows, unlike the facet
 * engine's counts, which clear a facet's own selection. Pure; rules in docs/charts.md.
 */
import { facetColumn } from '../facets/facets.ts';
import type { PostTable } from '../facets/post-table.ts';
import type { Facet } from '../view/view-state.ts';

/** A facet value and the number of posts in view holding it. */
export interface ValueCount {
  id: string;
  count: number;
}

/** The most frequent values of a facet in the rows. */
export interface TopValues {
  top: ValueCount[];
  /** How many more values the facet has in view, beyond the top. */
  otherValues: number;
  /** Posts in view with no value of this facet. */
  withoutValue: number;
}

/** Counts each value of a facet over the rows, most posts first, then by id. */
export function countValues(table: PostTable, rows: ArrayLike<number>, facet: Facet): ValueCount[] {
  const column = facetColumn(table, facet);
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    for (const id of column[rows[i] ?? -1] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The `limit` most frequent values of a facet among the rows (counted over these rows only, not as facet counts). */
export function topValues(table: PostTable, rows: ArrayLike<number>, facet: Facet, limit = 10): TopValues {
  const counts = countValues(table, rows, facet);
  const column = facetColumn(table, facet);
  let withoutValue = 0;
  for (let i = 0; i < rows.length; i++) if ((column[rows[i] ?? -1] ?? []).length === 0) withoutValue++;
  return { top: counts.slice(0, limit), otherValues: Math.max(0, counts.length - limit), withoutValue };
}

/** Posts per actor and victim region: `counts[a][r]` posts name actor `actors[a]` and region `regions[r]`. */
export interface ActorRegionMatrix {
  actors: string[];
  regions: string[];
  counts: number[][];
  /** The largest cell, for shading. */
  max: number;
}

/** Which actors and regions make the matrix. */
export interface MatrixOptions {
  /** The most frequent actors in view, as rows (default 12). */
  actorLimit?: number;
  /** The regions to show as columns, in this order; default the most frequent ones in view. */
  regions?: readonly string[];
  /** How many of the most frequent regions when `regions` is not given (default 10). */
  regionLimit?: number;
}

/** The top actors × regions of the rows. */
export function actorRegionMatrix(table: PostTable, rows: ArrayLike<number>, options: MatrixOptions = {}): ActorRegionMatrix {
  const actors = countValues(table, rows, 'actor').slice(0, options.actorLimit ?? 12).map((value) => value.id);
  const regions = options.regions
    ? [...options.regions]
    : countValues(table, rows, 'region').slice(0, options.regionLimit ?? 10).map((value) => value.id);
  const actorAt = new Map(actors.map((id, index) => [id, index]));
  const regionAt = new Map(regions.map((id, index) => [id, index]));
  const counts = actors.map(() => new Array<number>(regions.length).fill(0));
  let max = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? -1;
    for (const actor of table.actors[row] ?? []) {
      const line = counts[actorAt.get(actor) ?? -1];
      if (line === undefined) continue;
      for (const region of table.regions[row] ?? []) {
        const r = regionAt.get(region);
        if (r === undefined) continue;
        const next = (line[r] ?? 0) + 1;
        line[r] = next;
        if (next > max) max = next;
      }
    }
  }
  return { actors, regions, counts, max };
}
