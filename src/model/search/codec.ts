/**
 * The search files (docs/data-format.md, "search/"): which shard holds a term, how a posting list and
 * its word positions are written, and how a posting's score is made. Written by src/compiler/search,
 * read by search.ts. Pure, and free of zod: files are checked by hand here so the query side runs in
 * the browser without the schema library.
 *
 * A posting stores its term's weight in the post alone (BM25F's saturated term frequency, against
 * fixed reference lengths), quantized to 1..63. The collection's part of the score, the term's idf,
 * is computed when the postings are read, from their count and the number of posts. So a post's
 * postings never depend on the other posts, and an edit rewrites only the shards of its own words.
 */
import type { SearchManifest, SearchTable } from '../format/data-format.ts';
import { formatMismatch, searchFile } from '../format/data-version.ts';
import { bucketOf, MAX_DIGIT, NumberReader, writeDigit, writeNumber } from '../format/number-codec.ts';

/** A term's posting list decoded: rows ascending, and the score of the term in each. */
export interface Postings {
  rows: Uint32Array;
  scores: Float64Array;
}

/** BM25's saturation: a term's weight in a post never exceeds `K1 + 1`. */
export const K1 = 1.2;

/** The highest stored impact; an impact of `i` stands for a weight of `i / MAX_IMPACT * (K1 + 1)`. */
export const MAX_IMPACT = MAX_DIGIT;

/** The shard of a term. */
export function shardOf(term: string, shardCount: number): number {
  return bucketOf(term, shardCount);
}

/** The postings file of a shard, relative to the data folder. */
export function searchShardFile(table: SearchTable, shard: number): string {
  return searchFile(table.shards[shard]?.[0] ?? 'missing');
}

/** The positions file of a shard (read only for quoted phrases), relative to the data folder. */
export function searchPositionsFile(table: SearchTable, shard: number): string {
  return searchFile(table.shards[shard]?.[1] ?? 'missing');
}

/** A weight (0 to K1 + 1) as an impact, 1..MAX_IMPACT. */
export function impactOf(weight: number): number {
  return Math.max(1, Math.min(MAX_IMPACT, Math.round((weight / (K1 + 1)) * MAX_IMPACT)));
}

/** Encodes ascending documents with their impacts: document gaps as numbers, each followed by its impact. */
export function encodePostings(docs: ArrayLike<number>, impacts: ArrayLike<number>): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    writeNumber(out, doc - previous - 1);
    writeDigit(out, impacts[i] ?? 1);
    previous = doc;
  }
  return out.join('');
}

/** The documents and impacts of a postings string, as written. */
export function readPostings(text: string): { docs: number[]; impacts: number[] } {
  const reader = new NumberReader(text, 'a search shard');
  const docs: number[] = [];
  const impacts: number[] = [];
  let previous = -1;
  while (!reader.done) {
    previous += reader.next() + 1;
    docs.push(previous);
    impacts.push(reader.digit());
  }
  return { docs, impacts };
}

/**
 * Decodes a term's postings into rows (ascending) and scores. Documents count from the oldest post,
 * rows from the newest (row = postCount - 1 - document number). The score is idf times the stored weight.
 */
export function decodePostings(text: string, postCount: number): Postings {
  const { docs, impacts } = readPostings(text);
  const count = docs.length;
  const idf = Math.log(1 + (postCount - count + 0.5) / (count + 0.5));
  const rows = new Uint32Array(count);
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // Reversed, so rows ascend.
    rows[count - 1 - i] = postCount - 1 - (docs[i] ?? 0);
    scores[count - 1 - i] = (idf * (impacts[i] ?? 0) * (K1 + 1)) / MAX_IMPACT;
  }
  return { rows, scores };
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

/** Decodes the positions of each posting, in the order of `decodePostings`' rows (ascending). */
export function decodePositions(text: string): number[][] {
  return readPositions(text).reverse();
}

/** The positions of each posting, in the order written (documents ascending). */
export function readPositions(text: string): number[][] {
  const lists: number[][] = [];
  const reader = new NumberReader(text, 'a search positions file');
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

/** A checked postings or positions file: its terms. */
export type SearchTerms = Record<string, unknown>;

/** Checks a loaded postings or positions file; a term's entry is checked when it is read (`termEntry`). */
export function readShard(name: string, data: unknown): SearchTerms {
  if (!isRecord(data)) throw new TypeError(`${name} is not a search file; rebuild the data (npm run build)`);
  const mismatch = formatMismatch(name, data);
  if (mismatch) throw new TypeError(mismatch);
  if (!isRecord(data.terms)) throw new TypeError(`${name} has no terms; rebuild the data (npm run build)`);
  return data.terms;
}

/** Checks a loaded search table against the manifest. */
export function readTable(name: string, data: unknown, manifest: SearchManifest): SearchTable {
  if (!isRecord(data)) throw new TypeError(`${name} is not a search table; rebuild the data (npm run build)`);
  const mismatch = formatMismatch(name, data);
  if (mismatch) throw new TypeError(mismatch);
  const shards = data.shards;
  if (!Array.isArray(shards) || shards.length !== manifest.shardCount) {
    throw new TypeError(`${name} does not list ${manifest.shardCount} shards; rebuild the data (npm run build)`);
  }
  return data as SearchTable;
}

/** A term's entry (postings or positions text), or `null` when no post holds it. */
export function termEntry(terms: SearchTerms, term: string): string | null {
  if (!Object.hasOwn(terms, term)) return null;
  const entry = terms[term];
  if (typeof entry !== 'string') throw new TypeError(`the search entry of "${term}" is malformed; rebuild the data (npm run build)`);
  return entry;
}
