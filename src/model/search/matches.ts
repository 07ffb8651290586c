/**
 * Row-set algebra for search: the matches of a query part as ascending rows with scores, and how parts
 * combine (AND adds scores up), how an entity's tagged rows join a name's text matches, and how a
 * quoted phrase is checked against word positions.
 */
import type { Postings } from './codec.ts';

/** A part's matches: rows ascending, with their scores. */
export interface Matches {
  rows: Uint32Array;
  scores: Float64Array;
}

/** No rows. */
export const NO_MATCHES: Matches = { rows: new Uint32Array(0), scores: new Float64Array(0) };

/**
 * The score a post gets for carrying an entity's tag without the query's words: about a single body
 * mention of a fairly rare word, so posts that also say the words rank above.
 */
export const TAG_SCORE = 2;

/** The rows in every list (AND), with their scores added up. */
export function intersectAll(lists: readonly Matches[]): Matches {
  if (lists.length === 0) return NO_MATCHES;
  const bySize = [...lists].sort((a, b) => a.rows.length - b.rows.length);
  let result = bySize[0] ?? NO_MATCHES;
  for (const list of bySize.slice(1)) result = intersect(result, list);
  return result;
}

function intersect(a: Matches, b: Matches): Matches {
  const rows: number[] = [];
  const scores: number[] = [];
  let j = 0;
  for (let i = 0; i < a.rows.length; i++) {
    const row = a.rows[i] ?? 0;
    while (j < b.rows.length && (b.rows[j] ?? 0) < row) j++;
    if (j < b.rows.length && b.rows[j] === row) {
      rows.push(row);
      scores.push((a.scores[i] ?? 0) + (b.scores[j] ?? 0));
    }
  }
  return { rows: Uint32Array.from(rows), scores: Float64Array.from(scores) };
}

/** The rows of several ascending lists, ascending, each once. */
export function unionRows(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0] ?? new Uint32Array(0);
  return Uint32Array.from(new Set(lists.flatMap((list) => [...list]))).sort();
}

/** The literal matches plus the tagged rows: TAG_SCORE for a tag, on top of any literal score. */
export function addTagged(literal: Matches, tagged: Uint32Array): Matches {
  const rows: number[] = [];
  const scores: number[] = [];
  let i = 0;
  let j = 0;
  while (i < literal.rows.length || j < tagged.length) {
    const a = i < literal.rows.length ? (literal.rows[i] ?? 0) : Infinity;
    const b = j < tagged.length ? (tagged[j] ?? 0) : Infinity;
    if (a <= b) {
      rows.push(a);
      scores.push((literal.scores[i++] ?? 0) + (a === b ? TAG_SCORE : 0));
      if (a === b) j++;
    } else {
      rows.push(b);
      scores.push(TAG_SCORE);
      j++;
    }
  }
  return { rows: Uint32Array.from(rows), scores: Float64Array.from(scores) };
}

/** The rows holding the phrase's terms at their offsets from one another. */
export function matchPhrase(
  terms: readonly { term: string; offset: number }[],
  postingsOf: (term: string) => Postings | null,
  positionsOf: (term: string) => number[][],
): Matches {
  const lists = terms.map(({ term, offset }) => ({ offset, postings: postingsOf(term), positions: positionsOf(term) }));
  const [first, ...rest] = lists;
  if (!first?.postings || rest.some((list) => !list.postings)) return NO_MATCHES;
  const rows: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < first.postings.rows.length; i++) {
    const row = first.postings.rows[i] ?? 0;
    let score = first.postings.scores[i] ?? 0;
    const others: { offset: number; positions: number[] }[] = [];
    for (const list of rest) {
      const at = list.postings ? indexOfRow(list.postings.rows, row) : -1;
      if (at < 0 || !list.postings) break;
      score += list.postings.scores[at] ?? 0;
      others.push({ offset: list.offset, positions: list.positions[at] ?? [] });
    }
    if (others.length < rest.length) continue;
    const starts = (first.positions[i] ?? []).map((position) => position - first.offset);
    if (starts.some((start) => others.every(({ offset, positions }) => hasValue(positions, start + offset)))) {
      rows.push(row);
      scores.push(score);
    }
  }
  return { rows: Uint32Array.from(rows), scores: Float64Array.from(scores) };
}

function indexOfRow(rows: Uint32Array, row: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = rows[mid] ?? 0;
    if (value === row) return mid;
    if (value < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function hasValue(sorted: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] ?? 0;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
