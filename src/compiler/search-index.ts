/**
 * Builds the full-text search index as static shard files (docs/decisions/0002-search-index.md): an
 * inverted index over titles and bodies, split by a hash of the term, so a query fetches the one or
 * two shards of its words instead of an index of the whole collection. Scores are computed here
 * (BM25F, title boosted) and stored quantized with each posting, so the browser needs no document
 * lengths or collection statistics: it adds up the scores it reads.
 */
import { createHash } from 'node:crypto';
import type { SearchManifest } from '../model/format/data-format.ts';
import { DATA_FORMAT } from '../model/format/data-version.ts';
import { encodePositions, encodePostings, MAX_IMPACT, searchPositionsFile, searchShardFile, shardOf } from '../model/search/codec.ts';
import { indexTokens, type Token, tokenize } from '../model/search/tokens.ts';

/** One post to index. */
export interface SearchDoc {
  /** The post's row in the list index (newest first), `0..n-1`. */
  row: number;
  title: string;
  /** The plain body text: `htmlToParagraphs(post.html).join('\n')`. */
  text: string;
}

/** The search files by path relative to the data folder, and the manifest entry that finds them. */
export interface SearchFiles {
  files: Map<string, string>;
  manifest: SearchManifest;
}

/** Tuning, for tests and the bench. */
export interface SearchIndexOptions {
  /** Number of shards; by default a power of two giving shards of about `TARGET_SHARD_BYTES`. */
  shardCount?: number;
}

/**
 * The average postings file the builder aims at. A query reads one shard per word, so this is most of
 * what a rare word costs; at 30,000 posts it gives 1,024 shards of about 13 KB, and the bench's
 * three-word queries read under 40 KB (25 KB gzipped) while the files stay in the low thousands.
 */
export const TARGET_SHARD_BYTES = 16_000;

// BM25F: a title word counts as TITLE_WEIGHT body words. Titles are short and say what a post is
// about, so a title match outranks a body match of the same word.
const K1 = 1.2;
const TITLE_WEIGHT = 4;
const B_TITLE = 0.5;
const B_BODY = 0.75;

// Body positions start past the title's, with a gap, so a quoted phrase never spans the two.
const BODY_GAP = 2;

/** A term's postings while they are being collected; rows ascend because docs are read in row order. */
interface TermPostings {
  rows: number[];
  titleTf: number[];
  bodyTf: number[];
  /** Per posting: its count of positions, then the positions. */
  positions: number[];
}

/** Builds the search shard files of a collection. */
export function buildSearchFiles(docs: readonly SearchDoc[], options: SearchIndexOptions = {}): SearchFiles {
  const sorted = checkRows(docs);
  const postCount = sorted.length;
  const titleLength = new Float64Array(postCount);
  const bodyLength = new Float64Array(postCount);
  const terms = new Map<string, TermPostings>();

  for (const doc of sorted) {
    const titleTokens = tokenize(doc.title);
    const title = titleTokens.filter((token) => !token.stop);
    const body = indexTokens(doc.text);
    titleLength[doc.row] = title.length;
    bodyLength[doc.row] = body.length;
    // Past the title's last word, stopwords included: a trailing "at" must not bridge into the body.
    const offset = (titleTokens.at(-1)?.position ?? -1) + BODY_GAP;
    const inDoc = new Map<string, { title: number; body: number; positions: number[] }>();
    const add = (token: Token, inTitle: boolean, shift: number) => {
      let entry = inDoc.get(token.term);
      if (!entry) inDoc.set(token.term, (entry = { title: 0, body: 0, positions: [] }));
      if (inTitle) entry.title++;
      else entry.body++;
      entry.positions.push(token.position + shift);
    };
    for (const token of title) add(token, true, 0);
    for (const token of body) add(token, false, offset);
    for (const [term, entry] of inDoc) {
      let postings = terms.get(term);
      if (!postings) terms.set(term, (postings = { rows: [], titleTf: [], bodyTf: [], positions: [] }));
      postings.rows.push(doc.row);
      postings.titleTf.push(entry.title);
      postings.bodyTf.push(entry.body);
      postings.positions.push(entry.positions.length, ...entry.positions);
    }
  }

  const averageTitle = average(titleLength);
  const averageBody = average(bodyLength);
  const encoded: { term: string; entry: [number, string]; positions: string }[] = [];
  let totalBytes = 0;
  for (const [term, postings] of terms) {
    const idf = Math.log(1 + (postCount - postings.rows.length + 0.5) / (postings.rows.length + 0.5));
    const scores = postings.rows.map((row, i) => {
      const weight =
        (TITLE_WEIGHT * (postings.titleTf[i] ?? 0)) / (1 - B_TITLE + (B_TITLE * (titleLength[row] ?? 0)) / averageTitle) +
        (postings.bodyTf[i] ?? 0) / (1 - B_BODY + (B_BODY * (bodyLength[row] ?? 0)) / averageBody);
      return (idf * weight * (K1 + 1)) / (weight + K1);
    });
    // Quantized against the term's own best score, so every term keeps 63 levels of its own range.
    let best = 0;
    for (const score of scores) best = Math.max(best, score);
    const scale = Number((best / MAX_IMPACT).toPrecision(4));
    const impacts = scores.map((score) => Math.max(1, Math.min(MAX_IMPACT, Math.round(score / scale))));
    const entry: [number, string] = [scale, encodePostings(postings.rows, impacts)];
    encoded.push({ term, entry, positions: encodePositions(postings.positions) });
    totalBytes += term.length + entry[1].length + 16;
  }

  const shardCount = options.shardCount ?? defaultShardCount(totalBytes);
  const shards = Array.from({ length: shardCount }, () => ({ terms: [] as typeof encoded }));
  for (const item of encoded) shards[shardOf(item.term, shardCount)]?.terms.push(item);

  const texts = shards.map((shard) => {
    shard.terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const postings = JSON.stringify({ format: DATA_FORMAT, terms: Object.fromEntries(shard.terms.map((item) => [item.term, item.entry])) });
    const positions = JSON.stringify({ format: DATA_FORMAT, terms: Object.fromEntries(shard.terms.map((item) => [item.term, item.positions])) });
    return { postings, positions };
  });
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text.postings).update('\n').update(text.positions).update('\n');
  const manifest: SearchManifest = { dir: `search/${hash.digest('hex').slice(0, 12)}`, shardCount, postCount };

  const files = new Map<string, string>();
  texts.forEach((text, shard) => {
    files.set(searchShardFile(manifest, shard), text.postings);
    files.set(searchPositionsFile(manifest, shard), text.positions);
  });
  return { files, manifest };
}

/** A power of two giving shards of about TARGET_SHARD_BYTES. */
function defaultShardCount(totalBytes: number): number {
  let count = 1;
  while (count * TARGET_SHARD_BYTES < totalBytes) count *= 2;
  return count;
}

/** The docs in row order; rows must be `0..n-1`, each once, as the list index numbers them. */
function checkRows(docs: readonly SearchDoc[]): SearchDoc[] {
  const sorted = [...docs].sort((a, b) => a.row - b.row);
  sorted.forEach((doc, i) => {
    if (doc.row !== i) {
      throw new RangeError(
        `search docs: expected row ${i}, got ${doc.row}; give each post of the list index once, with its row (0 to ${docs.length - 1})`,
      );
    }
  });
  return sorted;
}

function average(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  // An empty field everywhere still divides safely.
  return values.length === 0 || sum === 0 ? 1 : sum / values.length;
}
