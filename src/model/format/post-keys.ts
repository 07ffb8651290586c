/**
 * Post keys: a number per post that stays the same from one build to the next, so the browser can
 * tell the posts it has seen from the ones a rebuild added (saved views count them). A post's key
 * is 30 bits of the FNV-1a hash of its slug, its address, which does not change when other posts
 * come or go; rows do. The keys file lists the key of every row (docs/data-format.md).
 */
import { fnv1a, NumberReader, writeNumber } from './number-codec.ts';

/** Keys are below 2^30: six characters of the number codec at most. */
export const POST_KEY_BITS = 30;

/** The key of the post published as `slug`. */
export function postKeyOf(slug: string): number {
  return fnv1a(slug) & (2 ** POST_KEY_BITS - 1);
}

/** Writes the keys of every row, in row order. */
export function encodePostKeys(keys: ArrayLike<number>): string {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) writeNumber(out, keys[i] ?? 0);
  return out.join('');
}

/** Reads the keys of `count` rows written by `encodePostKeys`; throws on a malformed or short list. */
export function decodePostKeys(text: string, count: number, what = 'the post keys file'): Uint32Array {
  const reader = new NumberReader(text, what);
  const keys = new Uint32Array(count);
  for (let row = 0; row < count; row++) {
    if (reader.done) throw new SyntaxError(`${what} lists ${row} keys for ${count} posts`);
    keys[row] = reader.next();
  }
  return keys;
}
