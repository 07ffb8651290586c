/**
 * What a saved view showed when it was last opened, and how many of its posts are new since: the
 * posts it holds now whose keys (src/model/format/post-keys.ts) it did not hold then. Dates play no
 * part, so a post dated last year and imported today counts as new (docs/saved-views.md).
 */
import { decodeRows, encodeRows } from '../format/number-codec.ts';

/** The posts a view held when it was last opened. */
export interface SeenPosts {
  /** The data's `generatedAt` then: while it is unchanged, nothing can be new. */
  generation: string;
  /** The keys of the view's posts, ascending, as `encodeRows` writes a row list (gaps, about 4 characters a post). */
  keys: string;
}

/** The keys of `rows`, ascending and without repeats. */
function keysOfRows(keysByRow: ArrayLike<number>, rows: ArrayLike<number>): Uint32Array {
  const keys = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = keysByRow[rows[i] ?? 0] ?? 0;
  keys.sort();
  let kept = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[kept - 1]) keys[kept++] = keys[i] ?? 0;
  return keys.subarray(0, kept);
}

/** What a view holding `rows` shows now, to store when it is opened. */
export function seenPostsOf(generation: string, keysByRow: ArrayLike<number>, rows: ArrayLike<number>): SeenPosts {
  return { generation, keys: encodeRows(keysOfRows(keysByRow, rows)) };
}

/**
 * How many of `rows` (the view's posts now) were not among the posts `seen` recorded. `null` when
 * it cannot be told: the view was never opened, the stored keys are damaged, or the data has changed
 * and has no keys file (`keysByRow` null).
 */
export function countNewPosts(seen: SeenPosts | null, generation: string, keysByRow: ArrayLike<number> | null, rows: ArrayLike<number>): number | null {
  if (!seen) return null;
  if (seen.generation === generation) return 0;
  if (!keysByRow) return null;
  let known: Uint32Array;
  try {
    known = decodeRows(seen.keys, 'the saved view');
  } catch {
    return null;
  }
  const current = keysOfRows(keysByRow, rows);
  // Both lists ascending: one merge pass.
  let fresh = 0;
  let at = 0;
  for (const key of current) {
    while (at < known.length && (known[at] ?? 0) < key) at++;
    if (known[at] !== key) fresh++;
  }
  return fresh;
}
