/**
 * Posts related to one post: those sharing a threat actor or a victim country with it. A shared
 * actor weighs more than a shared victim; ties go to the post closest in time.
 */
import type { PostTable } from './facets/post-table.ts';

/** A related post and what it shares. */
export interface RelatedPost {
  row: number;
  actors: string[];
  victims: string[];
}

/** Up to `limit` posts sharing an actor or a victim with `row`, best first. */
export function relatedRows(table: PostTable, row: number, limit: number): RelatedPost[] {
  const actors = new Set(table.actors[row] ?? []);
  const victims = new Set(table.victims[row] ?? []);
  if (actors.size === 0 && victims.size === 0) return [];
  const scored: (RelatedPost & { score: number })[] = [];
  for (let other = 0; other < table.size; other++) {
    if (other === row) continue;
    const sharedActors = (table.actors[other] ?? []).filter((id) => actors.has(id));
    const sharedVictims = (table.victims[other] ?? []).filter((code) => victims.has(code));
    const score = sharedActors.length * 3 + sharedVictims.length;
    if (score > 0) scored.push({ row: other, actors: sharedActors, victims: sharedVictims, score });
  }
  // Rows are ordered by date, so the row distance stands for the distance in time.
  scored.sort((a, b) => b.score - a.score || Math.abs(a.row - row) - Math.abs(b.row - row));
  return scored.slice(0, limit).map(({ score: _score, ...related }) => related);
}
