/**
 * A build, stage by stage: load the catalog, find the post files, compile the ones the cache does
 * not hold on every core (bodies are written as they are made), assemble the collection, write the
 * search index (patched when few posts changed) and the other data files, switch readers to the new
 * build with the manifest, and delete what the previous build used and this one does not.
 * Nothing holds every post's text: memory follows the size of the index, not of the content.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CacheDamaged, type CacheEntry, CompileCache, keyOf } from './cache/compile-cache.ts';
import { readCatalog } from './cache/catalog-cache.ts';
import { catalogVersion, compilerVersion } from './cache/versions.ts';
import { collectionEngine } from './collection-engine.ts';
import { assembleCollection, type Collection, type FileOutcome } from './collection.ts';
import { discoverPosts, type PostFile } from './discover.ts';
import { buildFeeds } from './feeds/feed-files.ts';
import { DEFAULT_FEED_SETTINGS, type FeedSettings } from './feeds/feed-settings.ts';
import { CompilePool } from './pool/compile-pool.ts';
import { type CompileJob, fileHash, type JobResult } from './pool/compile-job.ts';
import { contentHash } from './post-record.ts';
import { type ChangedPost, patchShards } from './search/patch-shards.ts';
import { encodeSearchInMemory, type MemorySearch, writeSearchFiles } from './search/search-files.ts';
import { ShardAccumulator } from './search/shard-accumulator.ts';
import { shardCountFor } from './search/shard-builder.ts';
import { claimDataFolder, commitManifest, MARKER_FILE, readManifestText, removeUnused, writeFixedFile, writeNamedFile } from './write/data-folder.ts';
import { buildDataFiles } from './write/data-files.ts';
import { manifestSchema, type Manifest, searchTableSchema, type SearchTable } from '../model/format/data-format.ts';
import { DATA_FORMAT, listPageName, MANIFEST_FILE, postBodyFile, slugShardName } from '../model/format/data-version.ts';

// Search records held in memory before they are spilled to disk as a run: unbounded, every post's
// terms stayed in memory until the index was written (0.5 GB at 100,000 posts, with their copies).
const SPILL_BUDGET_BYTES = 32 * 2 ** 20;

/** What to build and where. */
export interface BuildOptions {
  /** Folders searched recursively for posts (`discoverPosts`). */
  contentDirs: string[];
  /** The catalog folder; without one, posts compile without entities. */
  catalogDir?: string;
  /** Drafts (`draft: true`) are left out unless this is set. */
  includeDrafts: boolean;
  /** The data folder to write, or `null` to compile the records only (`npm run export`). */
  outDir: string | null;
  /** Without a data folder: also build the search index, in memory (`npm run export -- --q`). */
  searchInMemory?: boolean;
  /** The compile cache's folder (docs/decisions/0004-scale.md), or `null` to compile every post. */
  cacheDir?: string | null;
  /** Threads to compile on (default: one per core). */
  threads?: number;
  /**
   * The Atom feeds' settings (feeds/feed-settings.ts); default: links relative to each feed and ids
   * under an unconfigured authority. `null` writes no feeds.
   */
  feeds?: FeedSettings | null;
}

/** How a build went, for its log and the bench. */
export interface BuildStats {
  /** Post files found. */
  files: number;
  /** Posts compiled (or re-extracted) in this build; the rest came from the cache. */
  compiled: number;
  /** How the search index was made: from nothing, patched, or not at all. */
  search: 'built' | 'patched' | 'none';
  /** Why the cache could not serve, when it could not. */
  cacheNote: string | null;
  /** Milliseconds per stage, in order. */
  stages: Record<string, number>;
}

/** A finished build. */
export interface BuildResult {
  collection: Collection;
  /** The manifest written, or `null` when nothing was written. */
  manifest: Manifest | null;
  /** The search index in memory, when asked for without a data folder (`searchInMemory`). */
  search?: MemorySearch;
  /** Milliseconds the build took. */
  elapsedMs: number;
  stats: BuildStats;
}

/** The default cache folder, an ignored one: `SITREP_CACHE_DIR` or node_modules/.cache/sitrep. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SITREP_CACHE_DIR?.trim() || 'node_modules/.cache/sitrep');
}

/** Builds the data of the content folders. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  try {
    return await buildOnce(options);
  } catch (error) {
    if (!(error instanceof CacheDamaged)) throw error;
    // The cache lied about a post: build again without it (it is rewritten as the build goes).
    const result = await buildOnce({ ...options, cacheDir: null });
    return { ...result, stats: { ...result.stats, cacheNote: `${error.message}; compiled without the cache` } };
  }
}

async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const stages: Record<string, number> = {};
  let last = started;
  const stage = (name: string) => {
    const now = performance.now();
    stages[name] = Math.round(now - last);
    last = now;
  };
  const outDir = options.outDir === null ? null : path.resolve(options.outDir);
  const cacheRoot = outDir && options.cacheDir ? path.resolve(options.cacheDir) : null;
  // One compile cache per data folder: its entries describe that folder's index.
  const cacheDir = cacheRoot && outDir ? path.join(cacheRoot, keyOf([outDir]).slice(0, 12)) : null;
  const catalogKey = options.catalogDir ? await catalogVersion(options.catalogDir) : 'none';
  const compiler = cacheRoot ? await compilerVersion() : 'uncached';
  // The compiled catalog's shape is the loader's: a new compiler must not read an old copy.
  const { catalog, problems: catalogProblems } = await readCatalog(options.catalogDir, cacheRoot, keyOf([catalogKey, compiler]));
  stage('catalog');
  const { files, problems: folderProblems } = await discoverPosts(options.contentDirs);
  stage('discover');
  const shardCount = shardCountFor(files.reduce((sum, file) => sum + file.size, 0));
  if (outDir) await claimDataFolder(outDir, [...options.contentDirs, ...(options.catalogDir ? [options.catalogDir] : [])]);
  const cache = cacheDir ? await CompileCache.open(cacheDir, { compiler, catalog: catalogKey, shardCount }) : null;
  const previous = cache && outDir ? await previousBuild(outDir) : null;
  stage('cache');

  // What the cache holds stands; the rest is compiled (or, after a catalog change, re-extracted).
  // Listed once: the clean-up goes through the same list instead of reading the folders again.
  const bodies = outDir && cache ? await bodiesIn(outDir) : null;
  const present = bodies?.hashes ?? new Set<string>();
  const outcomes: FileOutcome[] = [];
  const fromCache = new Map<number, CacheEntry>();
  const jobs: CompileJob[] = [];
  for (const [post, file] of files.entries()) {
    const entry = cache ? await cache.lookup(file.path, file.size, file.mtimeMs, () => hashOfFile(file)) : null;
    if (entry && (entry.record === null || present.has(entry.record.bodyHash))) {
      fromCache.set(post, entry);
      outcomes.push({ post, record: entry.record, problems: entry.problems });
      continue;
    }
    const old = cache?.previousEntry(file.path);
    const unchanged = old?.record && old.size === file.size && old.mtimeMs === file.mtimeMs && present.has(old.record.bodyHash);
    jobs.push({ post, path: file.path, display: path.relative(process.cwd(), file.path), size: file.size, ...(unchanged && old.record ? { reextract: { record: old.record, problems: old.problems } } : {}) });
  }

  stage('lookup');
  const results = new Map<number, JobResult>();
  // Terms go into their shards as they arrive (spilled to disk past a budget); only the cache keeps them.
  const shards = new ShardAccumulator(shardCount, outDir ? { file: path.join(outDir, `search-runs.${process.pid}.tmp`), budgetBytes: SPILL_BUDGET_BYTES } : null);
  const gathered = new Uint8Array(files.length);
  const indexing = outDir !== null || options.searchInMemory === true;
  const pool = new CompilePool({ catalog, shardCount, outDir, includeDrafts: options.includeDrafts }, jobs.length, options.threads);
  try {
    await pool.compile(jobs, (result) => {
      if (indexing && result.terms) {
        shards.add(result.post, result.terms);
        gathered[result.post] = 1;
      }
      // Results serve the cache (and the patched index, which needs one) only.
      if (cache) results.set(result.post, result);
      outcomes.push({ post: result.post, record: result.record, problems: result.problems });
    });
    stage('compile');
    const collection = assembleCollection(outcomes, options.includeDrafts, catalog);
    collection.problems.unshift(...catalogProblems, ...folderProblems);
    stage('assemble');
    const stats: BuildStats = { files: files.length, compiled: jobs.length, search: 'none', cacheNote: cache?.dropped ?? null, stages };
    if (!outDir) {
      await cache?.close();
      const search = options.searchInMemory ? encodeSearchInMemory(shards, collection.docOf, collection.posts.length) : undefined;
      if (search) stats.search = 'built';
      return { collection, manifest: null, ...(search ? { search } : {}), elapsedMs: performance.now() - started, stats };
    }

    const termsOf = async (post: number): Promise<Uint8Array | null> => {
      const result = results.get(post);
      if (result?.terms) return result.terms;
      const entry = fromCache.get(post) ?? cache?.previousEntry(files[post]?.path ?? '');
      return entry && cache ? cache.readTerms(entry) : null;
    };

    const search = (await patchedSearch(collection, files, results, fromCache, cache, previous, shardCount, outDir, termsOf)) ?? {
      ...(await fullSearch(collection, files.length, shards, gathered, outDir, termsOf, pool)),
      how: 'built' as const,
    };
    shards.close();
    // The workers' memory is not needed past this point.
    await pool.close();
    stats.search = search.how;
    stage('search');

    const data = buildDataFiles(collection, search.manifest);
    stage('data files');
    const feedSettings = options.feeds === undefined ? DEFAULT_FEED_SETTINGS : options.feeds;
    const feeds = feedSettings ? buildFeeds(collection, collectionEngine(collection, data.facets), feedSettings) : new Map<string, string>();
    stage('feeds');
    for (const [name, text] of data.files) await writeNamedFile(outDir, name, text);
    await commitManifest(outDir, JSON.stringify(data.manifest, null, 2));
    // After the manifest: a feed links to post pages, which the new build's data must serve first.
    for (const [name, text] of feeds) writeFixedFile(outDir, name, text);
    stage('write');

    const keep = new Set<string>([MARKER_FILE, MANIFEST_FILE, ...data.files.keys(), ...search.files, ...feeds.keys()]);
    for (const { record } of collection.posts) keep.add(postBodyFile(record.bodyHash));
    await removeUnused(outDir, keep, bodies?.files);
    stage('clean up');

    if (cache) {
      for (const [post, file] of files.entries()) {
        const cached = fromCache.get(post);
        const result = results.get(post);
        const old = cache.previousEntry(file.path);
        if (cached) await cache.keep(file.path, { ...cached });
        else if (result) {
          const terms = result.terms ?? (result.record && old?.terms ? old.terms : null);
          await cache.keep(file.path, { size: file.size, mtimeMs: file.mtimeMs, hash: result.hash || (old?.hash ?? ''), record: result.record, problems: result.problems, terms, doc: -1 });
        }
      }
      const docByFile = new Map(collection.posts.map((entry) => [files[entry.post]?.path ?? '', collection.docOf(entry.post)]));
      await cache.save((file) => docByFile.get(file) ?? -1, search.manifest.table);
      stage('save cache');
    }
    return { collection, manifest: data.manifest, elapsedMs: performance.now() - started, stats };
  } finally {
    shards.close();
    await pool.close();
  }
}

/** What the last build in the folder wrote: its manifest, search table and every file it used. */
interface PreviousBuild {
  manifest: Manifest;
  table: SearchTable | null;
  files: string[];
}

async function previousBuild(outDir: string): Promise<PreviousBuild | null> {
  try {
    const text = await readManifestText(outDir);
    if (!text) return null;
    const manifest = manifestSchema.parse(JSON.parse(text));
    if (manifest.format !== DATA_FORMAT) return null;
    const table = manifest.search ? searchTableSchema.parse(JSON.parse(await readFile(path.join(outDir, manifest.search.table), 'utf8'))) : null;
    const files = [manifest.files.facets, manifest.files.figures, manifest.files.catalog, ...(manifest.files.keys ? [manifest.files.keys] : []), ...manifest.list.pages.map(listPageName), ...manifest.slugs.shards.map(slugShardName)];
    if (manifest.search && table) files.push(manifest.search.table, ...table.shards.flatMap(([a, b]) => [`search/${a}.json`, `search/${b}.json`]));
    return { manifest, table, files };
  } catch {
    return null;
  }
}

/**
 * The last build's index with the changed posts' postings replaced, when every unchanged post kept
 * its document number; `null` when it must be built from nothing.
 */
async function patchedSearch(
  collection: Collection,
  files: readonly PostFile[],
  results: ReadonlyMap<number, JobResult>,
  fromCache: ReadonlyMap<number, CacheEntry>,
  cache: CompileCache | null,
  previous: PreviousBuild | null,
  shardCount: number,
  outDir: string,
  termsOf: (post: number) => Promise<Uint8Array | null>,
) {
  if (!cache || !previous?.table || previous.manifest.search?.shardCount !== shardCount) return null;
  // The cache's documents must be those of the index in the folder (not of a build that was not saved).
  if (cache.previousSearchTable !== previous.manifest.search.table) return null;
  for (const [post, entry] of fromCache) if (entry.doc !== collection.docOf(post)) return null;
  const changed: ChangedPost[] = [];
  const seen = new Set<string>();
  for (const [post, result] of results) {
    const file = files[post]?.path ?? '';
    seen.add(file);
    const old = cache.previousEntry(file);
    const newDoc = collection.docOf(post);
    // A re-extracted post keeps its terms; it moves only if its document did.
    if (!result.terms && result.record && old && old.doc === newDoc) continue;
    changed.push({ oldDoc: old?.doc ?? -1, oldTerms: old && old.doc >= 0 ? await cache.readTerms(old) : null, newDoc, newTerms: newDoc >= 0 ? await termsOf(post) : null });
  }
  for (const post of fromCache.keys()) seen.add(files[post]?.path ?? '');
  // Posts of the last build whose files are gone.
  for (const file of previousFiles(cache, files)) {
    if (seen.has(file)) continue;
    const old = cache.previousEntry(file);
    if (old && old.doc >= 0) changed.push({ oldDoc: old.doc, oldTerms: await cache.readTerms(old), newDoc: -1, newTerms: null });
  }
  // Many changes cost more patched than rebuilt.
  if (changed.length > Math.max(50, collection.posts.length / 20)) return null;
  for (const file of previous.files) if (file.startsWith('search/') && !existsSync(path.join(outDir, file))) return null;
  const { table, files: searchFiles } = await patchShards(previous.table, changed, outDir);
  const tableText = JSON.stringify(table);
  const tableFile = `search-table.${contentHash(tableText)}.json`;
  await writeNamedFile(outDir, tableFile, tableText);
  return { manifest: { table: tableFile, shardCount, postCount: collection.posts.length }, files: [...searchFiles, tableFile], how: 'patched' as const };
}

function previousFiles(cache: CompileCache, files: readonly PostFile[]): string[] {
  const now = new Set(files.map((file) => file.path));
  return cache.previousPaths().filter((file) => !now.has(file));
}

/** Every post's terms into their shards (those not `gathered` as they were compiled), encoded and written on the pool's threads. */
async function fullSearch(
  collection: Collection,
  fileCount: number,
  shards: ShardAccumulator,
  gathered: Uint8Array,
  outDir: string,
  termsOf: (post: number) => Promise<Uint8Array | null>,
  pool: CompilePool,
) {
  for (let post = 0; post < fileCount; post++) {
    if (gathered[post] || collection.docOf(post) < 0) continue;
    const terms = await termsOf(post);
    if (terms) shards.add(post, terms);
  }
  return writeSearchFiles(shards, collection.docOf, collection.posts.length, outDir, pool, fileCount);
}

/** The files in the data folder's body folders (`posts/<ab>/<name>`), and the bodies among them by hash. */
async function bodiesIn(outDir: string): Promise<{ hashes: Set<string>; files: string[] }> {
  const hashes = new Set<string>();
  const files: string[] = [];
  let folders: string[];
  try {
    folders = readdirSync(path.join(outDir, 'posts'));
  } catch {
    return { hashes, files };
  }
  // Synchronous: hundreds of small listings, faster in a loop than through the thread pool.
  for (const folder of folders) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(outDir, 'posts', folder));
    } catch {
      // Not a folder: nothing of ours.
    }
    for (const name of names) {
      files.push(`posts/${folder}/${name}`);
      if (name.endsWith('.json')) hashes.add(name.slice(0, -5));
    }
  }
  return { hashes, files };
}

async function hashOfFile(file: PostFile): Promise<string> {
  return fileHash(await readFile(file.path));
}

