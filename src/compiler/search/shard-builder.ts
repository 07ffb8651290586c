/**
 * Encodes the search shards from the records of posts' terms (shard-accumulator.ts): once every
 * post's document number is known, each shard's terms are sorted and written as its postings and
 * positions files.
 */
import { DATA_FORMAT } from '../../model/format/data-version.ts';
import { encodePositions, encodePostings } from '../../model/search/codec.ts';
import { ByteReader } from './bytes.ts';

/** A shard's two files' JSON text. */
export interface ShardTexts {
  postings: string;
  positions: string;
}

interface Posting {
  doc: number;
  impact: number;
  positions: number[];
}

/**
 * Encodes one shard's records. `docOf` maps a post number to its document number (oldest post 0), or
 * -1 for a post that is not in the collection (a draft, a post whose slug lost, ...).
 */
export function encodeShard(records: Uint8Array, docOf: (post: number) => number): ShardTexts {
  const terms = new Map<string, Posting[]>();
  readRecords(records, docOf, (term, posting) => {
    let list = terms.get(term);
    if (!list) terms.set(term, (list = []));
    list.push(posting);
  });
  return encodeTerms(terms);
}

/** Calls `visit` for each posting in a shard's records. */
export function readRecords(records: Uint8Array, docOf: (post: number) => number, visit: (term: string, posting: Posting) => void): void {
  const reader = new ByteReader(records);
  while (!reader.done) {
    const post = reader.varint();
    const length = reader.varint();
    const end = reader.at + length;
    const doc = docOf(post);
    if (doc < 0) {
      reader.at = end;
      continue;
    }
    const group = new ByteReader(records, reader.at, end);
    while (!group.done) {
      const term = group.string();
      const impact = group.byte();
      const count = group.varint();
      const positions = new Array<number>(count);
      let previous = 0;
      for (let i = 0; i < count; i++) positions[i] = previous += group.varint();
      visit(term, { doc, impact, positions });
    }
    reader.at = end;
  }
}

/** The files of a shard from its terms' postings (any order within a term). */
export function encodeTerms(terms: Map<string, Posting[]>): ShardTexts {
  const names = [...terms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Entries, not assignments: a term is any word, "__proto__" included.
  const postings: [string, string][] = [];
  const positions: [string, string][] = [];
  for (const name of names) {
    const list = terms.get(name) ?? [];
    list.sort((a, b) => a.doc - b.doc);
    postings.push([name, encodePostings(list.map((posting) => posting.doc), list.map((posting) => posting.impact))]);
    const flat: number[] = [];
    for (const posting of list) flat.push(posting.positions.length, ...posting.positions);
    positions.push([name, encodePositions(flat)]);
  }
  return {
    postings: JSON.stringify({ format: DATA_FORMAT, terms: Object.fromEntries(postings) }),
    positions: JSON.stringify({ format: DATA_FORMAT, terms: Object.fromEntries(positions) }),
  };
}

/** The shard count for a collection of `inputBytes` bytes of posts: shards of about 16 KB of postings. */
export function shardCountFor(inputBytes: number): number {
  // Postings take about an eighth of the posts' bytes (the shared corpus: 1.4 MB of 11 MB).
  const target = (inputBytes / 8) / 16_384;
  let count = 1;
  while (count < target) count *= 2;
  return count;
}
