/**
 * Writes the search index of a build: every shard's postings and positions files, named by their
 * content, and the table that lists them. A shard that did not change keeps its files.
 */
import type { SearchManifest, SearchTable } from '../../model/format/data-format.ts';
import { DATA_FORMAT, searchFile } from '../../model/format/data-version.ts';
import { contentHash } from '../post-record.ts';
import { writeNamedFile } from '../write/data-folder.ts';
import { postTerms } from './post-terms.ts';
import type { CompilePool } from '../pool/compile-pool.ts';
import { ShardAccumulator } from './shard-accumulator.ts';
import { encodeShard, shardCountFor } from './shard-builder.ts';

/** The search index as written: its manifest entry and the files it uses (relative to the data folder). */
export interface WrittenSearch {
  manifest: SearchManifest;
  table: SearchTable;
  files: string[];
}

/**
 * Encodes and writes every shard of `shards` on the pool's threads, then writes the table; each
 * shard's records are taken from the accumulator as a thread is ready for them, so it is empty afterwards.
 */
export async function writeSearchFiles(shards: ShardAccumulator, docOf: (post: number) => number, postCount: number, outDir: string, pool: CompilePool, posts: number): Promise<WrittenSearch> {
  const docs = new Int32Array(posts);
  for (let post = 0; post < posts; post++) docs[post] = docOf(post);
  const encoded = await pool.encodeShards(shards.shardCount, (shard) => ({ shard, bytes: shards.take(shard) }), docs, outDir);
  const table: SearchTable = { format: DATA_FORMAT, shards: new Array<[string, string]>(shards.shardCount) };
  for (const { shard, postings, positions } of encoded) table.shards[shard] = [postings, positions];
  const files = table.shards.flatMap(([postings, positions]) => [searchFile(postings), searchFile(positions)]);
  const tableText = JSON.stringify(table);
  const tableFile = `search-table.${contentHash(tableText)}.json`;
  await writeNamedFile(outDir, tableFile, tableText);
  files.push(tableFile);
  return { manifest: { table: tableFile, shardCount: shards.shardCount, postCount }, table, files };
}

/** A search index held in memory: its manifest entry and its files' text, by path relative to the data folder. */
export interface MemorySearch {
  manifest: SearchManifest;
  files: Map<string, string>;
}

/**
 * Encodes every shard of `shards` in memory, on this thread: the files a build would write, for a
 * command that searches without a data folder (`npm run export -- --q`), tests and the bench.
 */
export function encodeSearchInMemory(shards: ShardAccumulator, docOf: (post: number) => number, postCount: number): MemorySearch {
  const files = new Map<string, string>();
  const table: SearchTable = { format: DATA_FORMAT, shards: [] };
  for (let shard = 0; shard < shards.shardCount; shard++) {
    const texts = encodeShard(shards.take(shard), docOf);
    const postingsHash = contentHash(texts.postings);
    const positionsHash = contentHash(texts.positions);
    table.shards.push([postingsHash, positionsHash]);
    files.set(searchFile(postingsHash), texts.postings);
    files.set(searchFile(positionsHash), texts.positions);
  }
  const tableText = JSON.stringify(table);
  const tableFile = `search-table.${contentHash(tableText)}.json`;
  files.set(tableFile, tableText);
  return { files, manifest: { table: tableFile, shardCount: shards.shardCount, postCount } };
}

/** A post to index in memory: its title and its body's paragraphs. */
export interface SearchDoc {
  title: string;
  text: readonly string[];
}

/**
 * The search files of `docs` (rows, newest first) in memory, by path relative to the data folder:
 * the same files a build writes, for tests and the bench.
 */
export function buildSearchIndex(docs: readonly SearchDoc[], shardCount = shardCountFor(docs.reduce((sum, doc) => sum + doc.title.length + doc.text.join('\n').length, 0))): MemorySearch {
  const shards = new ShardAccumulator(shardCount);
  docs.forEach((doc, row) => shards.add(row, postTerms(doc.title, doc.text, shardCount).bytes));
  return encodeSearchInMemory(shards, (row) => docs.length - 1 - row, docs.length);
}
