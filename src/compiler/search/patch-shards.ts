/**
 * Updates the search index of the last build in place of rebuilding it, when only some posts
 * changed and every other post kept its document number: the shards the changed posts' old and new
 * terms fall in are read back, the old postings of those posts removed, the new ones added, and
 * written under new names. Postings hold each post's own weight, so nothing else moves.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchTable } from '../../model/format/data-format.ts';
import { DATA_FORMAT, searchFile } from '../../model/format/data-version.ts';
import { readPositions, readPostings } from '../../model/search/codec.ts';
import { contentHash } from '../post-record.ts';
import { writeNamedFile } from '../write/data-folder.ts';
import { ByteReader } from './bytes.ts';
import { encodeTerms, readRecords, type ShardTexts } from './shard-builder.ts';

/** The shards a post's terms (`PostTerms.bytes`) fall in. */
export function shardsOf(terms: Uint8Array): number[] {
  const shards: number[] = [];
  const reader = new ByteReader(terms);
  while (!reader.done) {
    shards.push(reader.varint());
    const length = reader.varint();
    reader.at += length;
  }
  return shards;
}

/** A post whose postings change: the document it leaves (or -1) and the terms it brings, under its document (or none). */
export interface ChangedPost {
  oldDoc: number;
  oldTerms: Uint8Array | null;
  newDoc: number;
  newTerms: Uint8Array | null;
}

interface Posting {
  doc: number;
  impact: number;
  positions: number[];
}

/**
 * Writes the changed shards of `previous` into `outDir` and returns the new table. Reads the old
 * files from `outDir`, where the last build wrote them.
 */
export async function patchShards(previous: SearchTable, changed: readonly ChangedPost[], outDir: string): Promise<{ table: SearchTable; files: string[] }> {
  const removed = new Set(changed.filter((post) => post.oldDoc >= 0).map((post) => post.oldDoc));
  const touched = new Set<number>();
  for (const post of changed) {
    if (post.oldTerms) for (const shard of shardsOf(post.oldTerms)) touched.add(shard);
    if (post.newTerms && post.newDoc >= 0) for (const shard of shardsOf(post.newTerms)) touched.add(shard);
  }
  const table: SearchTable = { format: DATA_FORMAT, shards: previous.shards.map((entry) => [entry[0], entry[1]]) };
  for (const shard of touched) {
    const [postingsHash, positionsHash] = previous.shards[shard] ?? ['', ''];
    // Only the terms the changed posts hold (or held) are decoded; the others are copied as written.
    const affected = new Map<string, Posting[]>();
    const groups: { doc: number; group: Uint8Array | null }[] = [];
    for (const post of changed) {
      if (post.oldTerms) readRecords(groupOf(post.oldTerms, shard) ?? new Uint8Array(0), () => post.oldDoc, (term) => affected.set(term, []));
      if (post.newTerms && post.newDoc >= 0) groups.push({ doc: post.newDoc, group: groupOf(post.newTerms, shard) });
    }
    for (const { doc, group } of groups) readRecords(group ?? new Uint8Array(0), () => doc, (term) => affected.set(term, []));
    const files = await readShardFiles(outDir, postingsHash, positionsHash);
    for (const term of affected.keys()) {
      const postings = files.postings.get(term);
      if (postings === undefined) continue;
      const { docs, impacts } = readPostings(postings);
      const lists = readPositions(files.positions.get(term) ?? '');
      const kept = affected.get(term) ?? [];
      docs.forEach((doc, i) => {
        if (!removed.has(doc)) kept.push({ doc, impact: impacts[i] ?? 1, positions: lists[i] ?? [] });
      });
    }
    for (const { doc, group } of groups) {
      readRecords(group ?? new Uint8Array(0), () => doc, (term, posting) => affected.get(term)?.push(posting));
    }
    const texts = mergeTerms(files, affected);
    const entry: [string, string] = [contentHash(texts.postings), contentHash(texts.positions)];
    table.shards[shard] = entry;
    await writeNamedFile(outDir, searchFile(entry[0]), texts.postings);
    await writeNamedFile(outDir, searchFile(entry[1]), texts.positions);
  }
  return { table, files: table.shards.flatMap(([postings, positions]) => [searchFile(postings), searchFile(positions)]) };
}

/** A shard's two files, as written: each term's postings and positions text (Maps: terms such as "constructor" are words here). */
async function readShardFiles(outDir: string, postingsHash: string, positionsHash: string): Promise<ShardFiles> {
  const read = async (hash: string) =>
    new Map(Object.entries((JSON.parse(await readFile(path.join(outDir, searchFile(hash)), 'utf8')) as { terms: Record<string, string> }).terms));
  const [postings, positions] = await Promise.all([read(postingsHash), read(positionsHash)]);
  return { postings, positions };
}

interface ShardFiles {
  postings: Map<string, string>;
  positions: Map<string, string>;
}

/** The shard's files again, the affected terms encoded anew (dropped when no posting is left), the rest as they were. */
function mergeTerms(files: ShardFiles, affected: Map<string, Posting[]>): ShardTexts {
  const fresh = encodeTerms(new Map([...affected].filter(([, list]) => list.length > 0)));
  const freshPostings = new Map(Object.entries((JSON.parse(fresh.postings) as { terms: Record<string, string> }).terms));
  const freshPositions = new Map(Object.entries((JSON.parse(fresh.positions) as { terms: Record<string, string> }).terms));
  const names = new Set([...[...files.postings.keys()].filter((term) => !affected.has(term)), ...freshPostings.keys()]);
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = Object.fromEntries(sorted.map((term) => [term, freshPostings.get(term) ?? files.postings.get(term) ?? '']));
  const positions = Object.fromEntries(sorted.map((term) => [term, freshPositions.get(term) ?? files.positions.get(term) ?? '']));
  return { postings: JSON.stringify({ format: DATA_FORMAT, terms: postings }), positions: JSON.stringify({ format: DATA_FORMAT, terms: positions }) };
}

/** A post's terms in one shard, as one record `[post, length, group]` for `readRecords`, or `null`. */
function groupOf(terms: Uint8Array, shard: number): Uint8Array | null {
  const reader = new ByteReader(terms);
  while (!reader.done) {
    const at = reader.at;
    const current = reader.varint();
    const length = reader.varint();
    if (current === shard) {
      // The record's post number is ignored by the caller's `docOf`; 0 stands in for it.
      const header = reader.at - at;
      const record = new Uint8Array(1 + header - varintLength(shard) + length);
      record[0] = 0;
      record.set(terms.subarray(at + varintLength(shard), reader.at + length), 1);
      return record;
    }
    reader.at += length;
  }
  return null;
}

function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) length++;
  return length;
}
