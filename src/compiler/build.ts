/**
 * A build, stage by stage: load the catalog, find the post files, compile them on every core (bodies
 * are written as they are made, search terms go to their shards), assemble the collection, write the
 * search index and the other data files, and switch readers to the new build with the manifest.
 * Nothing holds every post's text: memory follows the size of the index, not of the content.
 */
import path from 'node:path';
import { type Catalog, loadCatalog } from './catalog/load-catalog.ts';
import { assembleCollection, type Collection, type FileOutcome } from './collection.ts';
import { discoverPosts } from './discover.ts';
import { compileFiles } from './pool/compile-pool.ts';
import type { CompileJob } from './pool/compile-job.ts';
import type { Problem } from './problems.ts';
import { writeSearchFiles } from './search/search-files.ts';
import { ShardAccumulator, shardCountFor } from './search/shard-builder.ts';
import { claimDataFolder, commitManifest, removeUnused, writeNamedFile, writeNamedFolder, MARKER_FILE } from './write/data-folder.ts';
import { buildDataFiles } from './write/data-files.ts';
import type { Manifest } from '../model/format/data-format.ts';
import { MANIFEST_FILE, postBodyFile } from '../model/format/data-version.ts';

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
  /** Threads to compile on (default: one per core). */
  threads?: number;
}

/** A finished build. */
export interface BuildResult {
  collection: Collection;
  /** The manifest written, or `null` when nothing was written. */
  manifest: Manifest | null;
  /** Milliseconds the build took. */
  elapsedMs: number;
}

/** Builds the data of the content folders. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { catalog, problems: catalogProblems } = await readCatalog(options.catalogDir);
  const files = await discoverPosts(options.contentDirs);
  const shardCount = shardCountFor(files.reduce((sum, file) => sum + file.size, 0));
  const outDir = options.outDir === null ? null : path.resolve(options.outDir);
  if (outDir) await claimDataFolder(outDir, [...options.contentDirs, ...(options.catalogDir ? [options.catalogDir] : [])]);

  const jobs: CompileJob[] = files.map((file, post) => ({ post, path: file.path, display: path.relative(process.cwd(), file.path) }));
  const outcomes: FileOutcome[] = [];
  const shards = new ShardAccumulator(shardCount);
  await compileFiles(
    jobs,
    { catalog, shardCount, outDir },
    (result) => {
      outcomes.push({ post: result.post, record: result.record, problems: result.problems });
      if (result.terms && outDir) shards.add(result.post, result.terms);
    },
    options.threads,
  );
  const collection = assembleCollection(outcomes, options.includeDrafts, catalog);
  collection.problems.unshift(...catalogProblems);
  if (!outDir) return { collection, manifest: null, elapsedMs: performance.now() - started };

  const search = await writeSearchFiles(shards, collection.docOf, collection.posts.length, outDir);
  const data = buildDataFiles(collection, search.manifest);
  for (const [name, text] of data.files) await writeNamedFile(outDir, name, text);
  for (const [folder, folderFiles] of data.folders) await writeNamedFolder(outDir, folder, folderFiles);
  await commitManifest(outDir, JSON.stringify(data.manifest, null, 2));

  const keep = new Set<string>([MARKER_FILE, MANIFEST_FILE, ...data.files.keys(), ...data.folders.keys(), ...search.files]);
  for (const { record } of collection.posts) keep.add(postBodyFile(record.bodyHash));
  await removeUnused(outDir, keep);
  return { collection, manifest: data.manifest, elapsedMs: performance.now() - started };
}

async function readCatalog(dir: string | undefined): Promise<{ catalog: Catalog | null; problems: Problem[] }> {
  if (!dir) return { catalog: null, problems: [] };
  return loadCatalog(dir);
}
