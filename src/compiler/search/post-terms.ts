/**
 * A post's contribution to the full-text index, computed where the post is compiled: each term with
 * its weight in the post and its word positions, grouped by shard in a compact binary form that the
 * shard builder appends as it is (docs/decisions/0002-search-index.md).
 *
 * Weights are BM25F's saturated term frequency with the title boosted, normalized against fixed
 * reference lengths rather than the collection's averages, so a post's postings depend on the post
 * alone. The collection's part, idf, is computed when the postings are read (src/model/search/codec.ts).
 */
import { impactOf, K1, shardOf } from '../../model/search/codec.ts';
import { scanTokens } from '../../model/search/tokens.ts';
import { ByteWriter } from './bytes.ts';

// A title word counts as TITLE_WEIGHT body words: titles are short and say what a post is about.
const TITLE_WEIGHT = 4;
const B_TITLE = 0.5;
const B_BODY = 0.75;
// Typical lengths in indexed words of a news post's title and body (the shared corpus: about 9 and
// 380); a longer post's words weigh less, a shorter one's more.
const TITLE_REFERENCE = 9;
const BODY_REFERENCE = 380;
// Body positions start past the title's, with a gap, so a quoted phrase never spans the two.
const BODY_GAP = 2;

/**
 * Size limits that keep one huge post from costing the whole build (docs/data-format.md): positions
 * kept per term and post, and words indexed per post.
 */
export const MAX_POSITIONS_PER_TERM = 1_000;
export const MAX_WORDS_PER_POST = 200_000;

/** A post's terms: `[shard, group length, group]...`, each group `[term, impact, position count, gaps...]...`. */
export interface PostTerms {
  bytes: Uint8Array;
  /** Words left unindexed or positions dropped because of the limits above. */
  truncated: boolean;
}

/** How often a term occurs in a post's title and body, and where. */
export interface TermEntry {
  title: number;
  body: number;
  positions: number[];
}

/** A post's words, counted once for the index and for the relevance model. */
export interface TermStats {
  terms: Map<string, TermEntry>;
  /** Indexed words in the title and in the body. */
  titleLength: number;
  bodyLength: number;
  /** Body words with stopwords (English function words) counted, and the stopwords alone: the language's first clue. */
  bodyWords: number;
  bodyStopwords: number;
  truncated: boolean;
}

/** Counts a post's indexed words (the index's tokenizer: folded, plurals folded, no stopwords). */
export function termStats(title: string, paragraphs: readonly string[]): TermStats {
  const terms = new Map<string, TermEntry>();
  let truncated = false;
  let inTitle = true;
  let shift = 0;
  const add = (term: string, position: number) => {
    let entry = terms.get(term);
    if (!entry) terms.set(term, (entry = { title: 0, body: 0, positions: [] }));
    if (inTitle) entry.title++;
    else entry.body++;
    if (entry.positions.length < MAX_POSITIONS_PER_TERM) entry.positions.push(position + shift);
    else truncated = true;
  };
  let titleLength = 0;
  let lastTitlePosition = -1;
  scanTokens(title, (_word, term, _start, _end, position, _kind, stop) => {
    lastTitlePosition = position;
    if (stop) return;
    titleLength++;
    add(term, position);
  });
  // Past the title's last word, stopwords included: a trailing "at" must not bridge into the body.
  inTitle = false;
  shift = lastTitlePosition + BODY_GAP;
  let bodyWords = 0;
  let bodyStopwords = 0;
  let bodyLength = 0;
  scanTokens(paragraphs.join('\n'), (_word, term, _start, _end, position, _kind, stop) => {
    bodyWords++;
    if (stop) bodyStopwords++;
    else if (bodyLength < MAX_WORDS_PER_POST) {
      bodyLength++;
      add(term, position);
    } else truncated = true;
  });
  return { terms, titleLength, bodyLength, bodyWords, bodyStopwords, truncated };
}

/** Computes a post's terms for an index of `shardCount` shards. */
export function postTerms(title: string, paragraphs: readonly string[], shardCount: number): PostTerms {
  return encodePostTerms(termStats(title, paragraphs), shardCount);
}

/** Encodes counted terms for an index of `shardCount` shards. */
export function encodePostTerms(stats: TermStats, shardCount: number): PostTerms {
  const { terms, titleLength, bodyLength, truncated } = stats;
  const titleNorm = 1 - B_TITLE + (B_TITLE * titleLength) / TITLE_REFERENCE;
  const bodyNorm = 1 - B_BODY + (B_BODY * bodyLength) / BODY_REFERENCE;
  const byShard = new Map<number, ByteWriter>();
  for (const [term, entry] of terms) {
    const weight = (TITLE_WEIGHT * entry.title) / titleNorm + entry.body / bodyNorm;
    const shard = shardOf(term, shardCount);
    let group = byShard.get(shard);
    if (!group) byShard.set(shard, (group = new ByteWriter(64)));
    group.string(term);
    group.byte(impactOf((weight * (K1 + 1)) / (weight + K1)));
    group.varint(entry.positions.length);
    let previous = 0;
    for (const position of entry.positions) {
      group.varint(position - previous);
      previous = position;
    }
  }
  const out = new ByteWriter(1024);
  for (const shard of [...byShard.keys()].sort((a, b) => a - b)) {
    const group = byShard.get(shard);
    if (!group) continue;
    out.varint(shard);
    out.varint(group.length);
    out.append(group.bytes.subarray(0, group.length));
  }
  return { bytes: out.finish(), truncated };
}
