/**
 * Gathers posts' terms (post-terms.ts) into their shards as posts arrive, in any order, tagged with
 * the post's number: each shard's records are what `encodeShard` reads once every post's document
 * is known. Past a memory budget, the records gathered so far are spilled to a file as one run
 * (every shard's part in shard order) and memory starts again empty; a shard's records are then its
 * parts of every run, in order, and what is still in memory: the same bytes as if nothing had been
 * spilled. Memory so stays near the budget, whatever the number of posts.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { ByteReader, ByteWriter } from './bytes.ts';

/** Where to spill and past how many bytes in memory. */
export interface SpillSettings {
  file: string;
  budgetBytes: number;
}

/** Per-shard records `[post, group length, group]...`, in memory and, past a budget, in runs on disk. */
export class ShardAccumulator {
  private readonly shards: ByteWriter[];
  private buffered = 0;
  private fd: number | null = null;
  private spilled = 0;
  // Each run's file offsets: shard s's part is [starts[s], starts[s + 1]).
  private readonly runs: Float64Array[] = [];

  /** Records stay in memory unless `spill` says where to put them past its budget. */
  constructor(
    readonly shardCount: number,
    private readonly spill: SpillSettings | null = null,
  ) {
    this.shards = Array.from({ length: shardCount }, () => new ByteWriter(64));
  }

  /** Adds a post's terms (`PostTerms.bytes`) under the post's number. */
  add(post: number, terms: Uint8Array): void {
    const reader = new ByteReader(terms);
    while (!reader.done) {
      const shard = reader.varint();
      const length = reader.varint();
      const buffer = this.shards[shard];
      if (!buffer) throw new RangeError(`post terms name shard ${shard} of ${this.shardCount}: they were computed for another shard count`);
      const before = buffer.length;
      buffer.varint(post);
      buffer.varint(length);
      buffer.append(terms.subarray(reader.at, reader.at + length));
      this.buffered += buffer.length - before;
      reader.at += length;
    }
    if (this.spill && this.buffered > this.spill.budgetBytes) this.spillRun(this.spill.file);
  }

  /** Runs spilled so far. */
  get runCount(): number {
    return this.runs.length;
  }

  /** A shard's records, every run's part then memory's; its memory is released (take each shard once). */
  take(shard: number): Uint8Array {
    const buffer = this.shards[shard];
    if (!buffer) throw new RangeError(`no shard ${shard} of ${this.shardCount}`);
    let length = buffer.length;
    for (const starts of this.runs) length += (starts[shard + 1] ?? 0) - (starts[shard] ?? 0);
    const records = new Uint8Array(length);
    let at = 0;
    for (const starts of this.runs) {
      const start = starts[shard] ?? 0;
      const partLength = (starts[shard + 1] ?? 0) - start;
      if (this.fd !== null && partLength > 0) readSync(this.fd, records, at, partLength, start);
      at += partLength;
    }
    records.set(buffer.bytes.subarray(0, buffer.length), at);
    this.buffered -= buffer.length;
    this.shards[shard] = new ByteWriter(1);
    return records;
  }

  /** Deletes the spill file, if any. */
  close(): void {
    if (this.fd === null || !this.spill) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.spill.file, { force: true });
  }

  private spillRun(file: string): void {
    this.fd ??= openSync(file, 'w+');
    const starts = new Float64Array(this.shardCount + 1);
    for (let shard = 0; shard < this.shardCount; shard++) {
      starts[shard] = this.spilled;
      const buffer = this.shards[shard];
      if (!buffer || buffer.length === 0) continue;
      let written = 0;
      while (written < buffer.length) written += writeSync(this.fd, buffer.bytes, written, buffer.length - written, this.spilled + written);
      this.spilled += buffer.length;
      // Kept at its size: the next run fills it about as much.
      buffer.length = 0;
    }
    starts[this.shardCount] = this.spilled;
    this.runs.push(starts);
    this.buffered = 0;
  }
}
