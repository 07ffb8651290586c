/**
 * Encodes search shards and writes their two files (named by their content) into the data folder:
 * the step a build spreads over its workers once every post's document number is known.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { searchFile } from '../../model/format/data-version.ts';
import { contentHash } from '../post-record.ts';
import { encodeShard } from './shard-builder.ts';

/** A shard to encode: its number and its records (`ShardAccumulator`). */
export interface ShardJob {
  shard: number;
  bytes: Uint8Array;
}

/** An encoded shard: its number and its postings and positions files' hashes. */
export interface EncodedShard {
  shard: number;
  postings: string;
  positions: string;
}

/** Encodes and writes each shard; `docOf[post]` is a post's document, or -1 when it is not in the collection. */
export function encodeShardFiles(shards: readonly ShardJob[], docOf: Int32Array, outDir: string): EncodedShard[] {
  mkdirSync(path.join(outDir, 'search'), { recursive: true });
  return shards.map(({ shard, bytes }) => {
    const texts = encodeShard(bytes, (post) => docOf[post] ?? -1);
    const postings = contentHash(texts.postings);
    const positions = contentHash(texts.positions);
    write(outDir, postings, texts.postings);
    write(outDir, positions, texts.positions);
    return { shard, postings, positions };
  });
}

/** Writes a search file unless it is there; aside, then renamed, so a file under its name is whole. */
function write(outDir: string, hash: string, text: string): void {
  const file = path.join(outDir, searchFile(hash));
  if (existsSync(file)) return;
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
