/**
 * The persistent compile cache (docs/decisions/0004-scale.md): what each post file compiled to, so a
 * build after an edit compiles only the posts that changed. An entry is found by the file's path and
 * is valid for its content hash under the same compiler and catalog; size and modification time
 * only save reading an unchanged file. Search terms sit in an append-only pack beside the state file.
 *
 * The entries sit in an append-only log: the first line holds every entry, each later line the
 * entries a build changed or dropped, so a build after one edit appends a line instead of rewriting
 * tens of megabytes. The state file, small and replaced whole, says how much of the log and the pack
 * is valid and their checksum; what a failed build appended past that is ignored and overwritten.
 * When the changes outgrow the first line, the log is written again as one line.
 *
 * The cache is never trusted: a state file that does not parse or check, a log shorter than the state
 * says or whose checksum is wrong, a line that is not a change of entries, a pack shorter than its
 * entries, or a blob whose checksum is wrong, and the cache is dropped and the build compiles from
 * nothing. It lives in an ignored folder (node_modules/.cache/sitrep by default).
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import type { PostRecord } from '../post-record.ts';
import type { Problem } from '../problems.ts';

/** Bumped when the cache's own layout changes. */
const CACHE_LAYOUT = 2;
const STATE_FILE = 'state.json';
const LOG_FILE = 'entries.log';
const PACK_FILE = 'terms.pack';

/** What makes cached results valid at all: the compiler's sources, the catalog, the search shard count. */
export interface CacheKeys {
  compiler: string;
  catalog: string;
  shardCount: number;
}

/** A post file's cached result. */
export interface CacheEntry {
  size: number;
  mtimeMs: number;
  /** The file's content hash (`fileHash`). */
  hash: string;
  record: PostRecord | null;
  problems: Problem[];
  /** Where its search terms are in the pack, and their checksum; `null` for a post left out. */
  terms: { offset: number; length: number; check: number } | null;
  /** The search document the post had in the build that wrote this entry (-1: none). */
  doc: number;
}

// The state file, checked with this schema; the log's lines are checked by its checksum:
// parsing 30,000 entries through a schema would cost more than compiling the posts that changed.
const stateSchema = z.object({
  layout: z.literal(CACHE_LAYOUT),
  keys: z.object({ compiler: z.string(), catalog: z.string(), shardCount: z.number().int() }),
  packLength: z.number().int(),
  /** The valid bytes of the log, of its first line (every entry), and their CRC-32. */
  log: z.object({ length: z.number().int(), first: z.number().int(), check: z.number().int() }),
  /** The search table of the build that saved the state: its documents are the entries' `doc`. */
  searchTable: z.string().nullable(),
});

type State = z.infer<typeof stateSchema>;

/** One line of the log: entries set (new or changed) and files dropped. */
interface LogLine {
  set: Record<string, CacheEntry>;
  drop: string[];
}

/** Reads the log's valid part into the entries it describes; throws on any damage. */
function replayLog(bytes: Buffer, log: State['log']): Map<string, CacheEntry> {
  if (bytes.length < log.length) throw new Error('the entries log is shorter than the state says');
  const valid = bytes.subarray(0, log.length);
  if (crc32(valid) !== log.check) throw new Error('the entries log does not match its checksum');
  const entries = new Map<string, CacheEntry>();
  for (const text of valid.toString('utf8').split('\n')) {
    if (!text) continue;
    const line = JSON.parse(text) as Partial<LogLine> | null;
    if (typeof line?.set !== 'object' || line.set === null || !Array.isArray(line.drop)) throw new Error('the entries log holds a line that is no change of entries');
    for (const [file, entry] of Object.entries(line.set)) entries.set(file, entry);
    for (const file of line.drop) entries.delete(file);
  }
  return entries;
}

/** Whether a kept entry is the previous one unchanged (records are compared by identity: a cached one is passed on as it was read). */
function sameEntry(a: CacheEntry, b: CacheEntry): boolean {
  return (
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.hash === b.hash &&
    a.doc === b.doc &&
    a.record === b.record &&
    a.problems === b.problems &&
    a.terms?.offset === b.terms?.offset &&
    a.terms?.length === b.terms?.length &&
    a.terms?.check === b.terms?.check
  );
}

/** A checksum of a terms blob: FNV-1a over its bytes. */
function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The compile cache of one build. */
export class CompileCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly previous: Map<string, CacheEntry>;
  private pack: FileHandle | null = null;
  private packLength: number;
  private live = 0;
  /** The search table of the build the previous entries come from. */
  readonly previousSearchTable: string | null;

  private constructor(
    readonly dir: string,
    readonly keys: CacheKeys,
    private readonly state: State | null,
    previous: Map<string, CacheEntry> | null,
    /** Why the cache was not used, when it was not: for the build's log. */
    readonly dropped: string | null,
  ) {
    this.previous = previous ?? new Map();
    this.entries = new Map();
    this.packLength = state?.packLength ?? 0;
    this.previousSearchTable = state?.searchTable ?? null;
  }

  /**
   * Opens the cache in `dir` for a build with `keys`. Entries made with other keys are of no use
   * (`dropped` says why); a damaged cache is discarded.
   */
  static async open(dir: string, keys: CacheKeys): Promise<CompileCache> {
    const statePath = path.join(dir, STATE_FILE);
    if (!existsSync(statePath)) return new CompileCache(dir, keys, null, null, 'there is no cache yet');
    const drop = async (why: string) => {
      await rm(dir, { recursive: true, force: true });
      return new CompileCache(dir, keys, null, null, why);
    };
    try {
      const text = await readFile(statePath, 'utf8');
      const fields = JSON.parse(text.slice(0, text.indexOf('\n') + 1 || undefined)) as { layout?: unknown } | null;
      if (fields?.layout !== CACHE_LAYOUT) return await drop('the cache was written in another layout');
      const state = stateSchema.parse(fields);
      const packSize = existsSync(path.join(dir, PACK_FILE)) ? (await stat(path.join(dir, PACK_FILE))).size : 0;
      if (packSize < state.packLength) throw new Error('the terms pack is shorter than the state says');
      const why =
        state.keys.compiler !== keys.compiler
          ? 'the compiler changed'
          : state.keys.shardCount !== keys.shardCount
            ? 'the search index needs another number of shards'
            : null;
      if (why) return await drop(why);
      const previous = replayLog(await readFile(path.join(dir, LOG_FILE)), state.log);
      return new CompileCache(dir, keys, state, previous, state.keys.catalog === keys.catalog ? null : 'the catalog changed');
    } catch (error) {
      return drop(`the cache was damaged and is rebuilt (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** The files the previous build knew. */
  previousPaths(): string[] {
    return [...this.previous.keys()];
  }

  /** The previous build's entry of a file, whatever its keys (for its old terms and document). */
  previousEntry(file: string): CacheEntry | undefined {
    return this.previous.get(file);
  }

  /** Whether the previous entries were made with this build's catalog, so their records stand. */
  get catalogMatches(): boolean {
    return this.dropped === null;
  }

  /**
   * The cached result of a file, if its size and time (or failing those, its content hash) match and
   * the catalog is the same; `hashOf` reads and hashes the file only when the stamp differs.
   */
  async lookup(file: string, size: number, mtimeMs: number, hashOf: () => Promise<string>): Promise<CacheEntry | null> {
    const entry = this.previous.get(file);
    if (!entry || !this.catalogMatches) return null;
    if (entry.size === size && entry.mtimeMs === mtimeMs) return entry;
    if (entry.size !== size) return null;
    // Touched but maybe not changed (a checkout, a copy): the content decides.
    return (await hashOf()) === entry.hash ? { ...entry, mtimeMs } : null;
  }

  /** Reads an entry's search terms from the pack, checked. */
  async readTerms(entry: CacheEntry): Promise<Uint8Array | null> {
    if (!entry.terms) return null;
    const pack = await this.openPack();
    const bytes = new Uint8Array(entry.terms.length);
    const { bytesRead } = await pack.read(bytes, 0, entry.terms.length, entry.terms.offset);
    if (bytesRead !== entry.terms.length || checksum(bytes) !== entry.terms.check) {
      throw new CacheDamaged(`the cached search terms of ${entry.record?.file ?? 'a post'} are damaged`);
    }
    return bytes;
  }

  /** Keeps a file's entry for the next build: the old one, or a new result with its terms appended to the pack. */
  async keep(file: string, entry: Omit<CacheEntry, 'terms'> & { terms: CacheEntry['terms'] | Uint8Array | null }): Promise<void> {
    let terms = entry.terms;
    if (terms instanceof Uint8Array) {
      const pack = await this.openPack();
      const offset = this.packLength;
      await pack.write(terms, 0, terms.length, offset);
      this.packLength += terms.length;
      terms = { offset, length: terms.length, check: checksum(terms) };
    }
    if (terms) this.live += terms.length;
    this.entries.set(file, { ...entry, terms });
  }

  /**
   * Writes the state for the next build: appends the entries that changed to the log, or writes the
   * log again when that costs less over the next builds; compacts the pack when most of it is garbage.
   */
  async save(docOf: (file: string) => number, searchTable: string | null): Promise<void> {
    const compacted = this.packLength > 4 * 1024 * 1024 && this.live < this.packLength / 2;
    if (compacted) await this.compact();
    const set: Record<string, CacheEntry> = {};
    let changed = 0;
    for (const [file, entry] of this.entries) {
      entry.doc = docOf(file);
      const old = this.previous.get(file);
      if (old && sameEntry(old, entry)) continue;
      set[file] = entry;
      changed++;
    }
    const drop = [...this.previous.keys()].filter((file) => !this.entries.has(file));
    await this.pack?.close();
    this.pack = null;
    await mkdir(this.dir, { recursive: true });
    const logPath = path.join(this.dir, LOG_FILE);
    const before = this.state?.log ?? null;
    let log: State['log'];
    // Append when the entries' lines stay smaller than the first one; otherwise start again from every entry.
    const appendable = before && !compacted && changed < this.entries.size / 2 && existsSync(logPath);
    const line = appendable ? Buffer.from(`${JSON.stringify({ set, drop } satisfies LogLine)}\n`) : null;
    if (before && line && before.length + line.length <= 2 * before.first) {
      const handle = await open(logPath, 'r+');
      try {
        // Whatever a failed build appended past the valid part is overwritten.
        await handle.truncate(before.length);
        await handle.write(line, 0, line.length, before.length);
      } finally {
        await handle.close();
      }
      log = { length: before.length + line.length, first: before.first, check: crc32(line, before.check) };
    } else {
      const first = Buffer.from(`${JSON.stringify({ set: Object.fromEntries(this.entries), drop: [] } satisfies LogLine)}\n`);
      await writeFile(`${logPath}.tmp`, first);
      await rename(`${logPath}.tmp`, logPath);
      log = { length: first.length, first: first.length, check: crc32(first) };
    }
    const state: State = { layout: CACHE_LAYOUT, keys: this.keys, packLength: this.packLength, log, searchTable };
    const statePath = path.join(this.dir, STATE_FILE);
    await writeFile(`${statePath}.tmp`, `${JSON.stringify(state)}\n`);
    await rename(`${statePath}.tmp`, statePath);
  }

  /** Closes the pack without saving (a failed build leaves the previous state as it was). */
  async close(): Promise<void> {
    await this.pack?.close();
    this.pack = null;
  }

  private async openPack(): Promise<FileHandle> {
    if (!this.pack) {
      await mkdir(this.dir, { recursive: true });
      const file = path.join(this.dir, PACK_FILE);
      this.pack = await open(file, existsSync(file) ? 'r+' : 'w+');
    }
    return this.pack;
  }

  /** Rewrites the pack with the live entries' terms only. */
  private async compact(): Promise<void> {
    const pack = await this.openPack();
    const fresh = await open(path.join(this.dir, `${PACK_FILE}.tmp`), 'w');
    let offset = 0;
    for (const entry of this.entries.values()) {
      if (!entry.terms) continue;
      const bytes = new Uint8Array(entry.terms.length);
      await pack.read(bytes, 0, bytes.length, entry.terms.offset);
      await fresh.write(bytes, 0, bytes.length, offset);
      entry.terms = { ...entry.terms, offset };
      offset += bytes.length;
    }
    await fresh.close();
    await pack.close();
    this.pack = null;
    await rename(path.join(this.dir, `${PACK_FILE}.tmp`), path.join(this.dir, PACK_FILE));
    this.packLength = offset;
  }
}

/** A cache found damaged while a build read it: the build starts again without it. */
export class CacheDamaged extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheDamaged';
  }
}

/** A hash of a list of texts or bytes, each delimited: a cache key. */
export function keyOf(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex').slice(0, 24);
}
