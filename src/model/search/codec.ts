/**
 * The search shard files (docs/data-format.md, "search/"): which shard holds a term, the file names,
 * and the compact text encoding of posting lists and word positions. Written by
 * src/compiler/search-index.ts, read by search.ts. Pure, and free of zod: shards are checked by hand
 * here so the query side can run in the browser without the schema library.
 */
import type { SearchManifest } from '../format/data-format.ts';
import { DATA_FORMAT } from '../format/data-version.ts';

/**
 * A shard file: for each of its terms, the scale of its impacts and its postings.
 * `[scale, postings]`: a posting's score is `scale * impact`, with the impact (1-63) stored in it.
 */
export interface SearchShard {
  format: number;
  terms: Record<string, [number, string]>;
}

/** A positions file: for each term of the shard, the word positions of each of its postings, in order. */
export interface SearchPositions {
  format: number;
  terms: Record<string, string>;
}

/** A term's posting list decoded: rows ascending, and the score of the term in each. */
export interface Postings {
  rows: Uint32Array;
  scores: Float64Array;
}

/** The highest stored impact; impacts are quantized per term to 1..MAX_IMPACT of its best score. */
export const MAX_IMPACT = 63;

// 64 characters that JSON never escapes. A digit below 32 ends a number; 32 and up carry on.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** FNV-1a over the term's UTF-16 code units: the same shard on both sides, with no library. */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** The postings file of a shard, relative to the data folder. */
export function searchShardFile(manifest: SearchManifest, shard: number): string {
  return `${manifest.dir}/${shard}.json`;
}

/** The positions file of a shard (read only for quoted phrases), relative to the data folder. */
export function searchPositionsFile(manifest: SearchManifest, shard: number): string {
  return `${manifest.dir}/${shard}.pos.json`;
}

/** Appends a non-negative integer, 5 bits a character, low bits first. */
function writeNumber(out: string[], value: number): void {
  let rest = value;
  while (rest >= 32) {
    out.push(ALPHABET.charAt(32 + (rest % 32)));
    rest = Math.floor(rest / 32);
  }
  out.push(ALPHABET.charAt(rest));
}

/** Reads numbers written by `writeNumber` off a string. */
class NumberReader {
  at = 0;
  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    while (this.at < this.text.length) {
      const digit = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
      if (digit < 0) throw new SyntaxError(`unexpected character at ${this.at - 1} in a search shard`);
      if (digit < 32) return value + digit * scale;
      value += (digit - 32) * scale;
      scale *= 32;
    }
    throw new SyntaxError('a search shard ends inside a number');
  }

  /** One character, 0-63. */
  char(): number {
    const digit = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
    if (digit < 0) throw new SyntaxError(`unexpected character at ${this.at - 1} in a search shard`);
    return digit;
  }
}

/** Encodes ascending rows with their impacts (1-63): row gaps as numbers, each followed by its impact. */
export function encodePostings(rows: ArrayLike<number>, impacts: ArrayLike<number>): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? 0;
    writeNumber(out, row - previous - 1);
    out.push(ALPHABET.charAt(Math.min(MAX_IMPACT, Math.max(1, impacts[i] ?? 1))));
    previous = row;
  }
  return out.join('');
}

/** Decodes a term's `[scale, postings]`. */
export function decodePostings(entry: readonly [number, string]): Postings {
  const [scale, text] = entry;
  const rows: number[] = [];
  const scores: number[] = [];
  const reader = new NumberReader(text);
  let previous = -1;
  while (!reader.done) {
    previous += reader.next() + 1;
    rows.push(previous);
    scores.push(scale * reader.char());
  }
  return { rows: Uint32Array.from(rows), scores: Float64Array.from(scores) };
}

/**
 * Encodes the word positions of a term's postings, given flat: for each posting in order, its count
 * of positions followed by the positions, ascending. Positions are written as gaps.
 */
export function encodePositions(flat: ArrayLike<number>): string {
  const out: string[] = [];
  let i = 0;
  while (i < flat.length) {
    const count = flat[i++] ?? 0;
    writeNumber(out, count);
    let previous = 0;
    for (let k = 0; k < count; k++) {
      const position = flat[i++] ?? previous;
      writeNumber(out, position - previous);
      previous = position;
    }
  }
  return out.join('');
}

/** Decodes the positions of each posting, in posting order. */
export function decodePositions(text: string): number[][] {
  const lists: number[][] = [];
  const reader = new NumberReader(text);
  while (!reader.done) {
    const count = reader.next();
    const positions: number[] = [];
    let previous = 0;
    for (let i = 0; i < count; i++) positions.push((previous += reader.next()));
    lists.push(positions);
  }
  return lists;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFormat(name: string, data: unknown): Record<string, unknown> {
  if (!isRecord(data)) throw new TypeError(`${name} is not a search shard; rebuild the data (npm run build)`);
  if (data.format !== DATA_FORMAT) {
    throw new TypeError(
      `${name} is in data format ${String(data.format ?? 'unknown')}, this version of Sitrep reads ${DATA_FORMAT}; ` +
        'rebuild the data with the same version of Sitrep (npm run build)',
    );
  }
  if (!isRecord(data.terms)) throw new TypeError(`${name} has no terms; rebuild the data (npm run build)`);
  return data.terms;
}

/** Checks a loaded shard file; a term's entry is checked when it is read (`shardEntry`). */
export function readShard(name: string, data: unknown): SearchShard {
  checkFormat(name, data);
  return data as SearchShard;
}

/** Checks a loaded positions file. */
export function readPositions(name: string, data: unknown): SearchPositions {
  checkFormat(name, data);
  return data as SearchPositions;
}

/** A term's entry in a shard, or `null` when no post holds it. */
export function shardEntry(shard: SearchShard, term: string): [number, string] | null {
  if (!Object.hasOwn(shard.terms, term)) return null;
  const entry: unknown = shard.terms[term];
  if (!Array.isArray(entry) || typeof entry[0] !== 'number' || typeof entry[1] !== 'string') {
    throw new TypeError(`the search shard entry of "${term}" is malformed; rebuild the data (npm run build)`);
  }
  return [entry[0], entry[1]];
}

/** A term's positions string in a positions file, or `null`. */
export function positionsEntry(file: SearchPositions, term: string): string | null {
  if (!Object.hasOwn(file.terms, term)) return null;
  const entry: unknown = file.terms[term];
  return typeof entry === 'string' ? entry : null;
}
