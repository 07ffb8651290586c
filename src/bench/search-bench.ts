/**
 * Full-text search figures (docs/decisions/0002-search-index.md): the size of the sharded index and
 * the bytes and time of typical queries, for the corpus in shared/corpus/posts when it is there, and
 * for a synthetic collection of 30,000 posts made from it (or from made-up text without it).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from '../compiler/build.ts';
import { DEFAULT_CATALOG_DIR } from '../compiler/content-config.ts';
import { buildSearchIndex, type SearchDoc } from '../compiler/search/search-files.ts';
import type { CatalogData } from '../model/format/catalog-format.ts';
import type { FacetsFile, Manifest, PostBody } from '../model/format/data-format.ts';
import { postBodyFile } from '../model/format/data-version.ts';
import { createPostTable, type PostTable } from '../model/facets/post-table.ts';
import { type AliasIndex, createAliasIndex } from '../model/search/aliases.ts';
import { searchPosts } from '../model/search/search.ts';
import { random } from './measure.ts';

const CORPUS = process.env.SEARCH_CORPUS ?? path.resolve(import.meta.dirname, '../../../shared/corpus/posts');
const SYNTHETIC_POSTS = 30_000;
const QUERIES = ['lazarus', 'hidden cobra', 'ransomware hospital', 'telegram crypto theft', 'lazarus telegram', 'data breach', '"credit card"'];


/** Draws 0..count-1 with probability proportional to 1 / (rank + 1): a few words common, most rare. */
function zipf(count: number, rand: () => number): () => number {
  const total = Math.log(count) + 0.5772;
  // The inverse of the harmonic sum's approximation is close enough for a word generator.
  return () => Math.min(count - 1, Math.floor(Math.exp(rand() * total - 0.5772)));
}

/**
 * `count` posts made from `base` by repeating it with perturbation: each copy after the first swaps
 * about 3% of its words for words of a large Zipf vocabulary, so the vocabulary keeps growing with
 * the collection as news vocabulary does (new names, products, numbers). Rows are shuffled, so the
 * copies of a post do not sit at a fixed distance, which gzip would find and real postings lack.
 */
export function syntheticDocs(base: readonly SearchDoc[], count = SYNTHETIC_POSTS, seed = 1): { docs: SearchDoc[]; copyOf: number[] } {
  const rand = random(seed);
  const word = zipf(400_000, rand);
  const perturb = (text: string) => text.replace(/[\p{L}\p{N}]+/gu, (w) => (rand() < 0.03 ? `w${word().toString(36)}` : w));
  const rows = Array.from({ length: count }, (_, row) => row);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j] ?? j, rows[i] ?? i];
  }
  const docs: SearchDoc[] = new Array<SearchDoc>(count);
  const copyOf: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const source = base[i % base.length];
    if (!source) break;
    docs[rows[i] ?? i] = i < base.length ? source : { title: perturb(source.title), text: source.text.map(perturb) };
    copyOf[rows[i] ?? i] = i % base.length;
  }
  return { docs, copyOf };
}

/** Made-up posts for machines without the corpus: threat-news words over a Zipf vocabulary. */
function madeUpDocs(count: number): SearchDoc[] {
  const rand = random(3);
  const common = (
    'ransomware attack hospital data breach lazarus group telegram crypto theft bank phishing malware credit card ' +
    'exchange stolen million hackers'
  ).split(' ');
  const word = zipf(60_000, rand);
  const sentence = (length: number) =>
    Array.from({ length }, () => (rand() < 0.08 ? common[Math.floor(rand() * common.length)] : `w${word().toString(36)}`)).join(' ');
  return Array.from({ length: count }, () => ({ title: sentence(10), text: [sentence(300)] }));
}

/** A collection to measure: the posts to index, and the tags and catalog names for alias folding. */
interface Collection {
  docs: SearchDoc[];
  aliases?: AliasIndex;
}

/** The corpus compiled as `npm run build` compiles it, with the catalog's entities extracted. */
async function corpusCollection(): Promise<(Collection & { table: AliasTable; catalog: CatalogData }) | null> {
  if (!existsSync(CORPUS)) return null;
  const catalogDir = path.resolve(import.meta.dirname, '../..', DEFAULT_CATALOG_DIR);
  const out = await mkdtemp(path.join(os.tmpdir(), 'sitrep-search-bench-'));
  try {
    const { collection } = await build({ contentDirs: [CORPUS], includeDrafts: false, catalogDir, outDir: out });
    const read = async <T>(file: string) => JSON.parse(await readFile(path.join(out, file), 'utf8')) as T;
    const manifest = await read<Manifest>('manifest.json');
    const table = createPostTable(await read<FacetsFile>(manifest.files.facets));
    const catalog = await read<CatalogData>(manifest.files.catalog);
    const docs: SearchDoc[] = [];
    for (const { record } of collection.posts) docs.push({ title: record.title, text: (await read<PostBody>(postBodyFile(record.bodyHash))).text });
    return { docs, table, catalog, aliases: createAliasIndex(catalog, table) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

type AliasTable = Pick<PostTable, 'actors' | 'malware' | 'platforms'>;

/** The synthetic collection's tags: each copy of a post carries the tags of the post it copies. */
function syntheticTable(copyOf: readonly number[], base: AliasTable): AliasTable {
  return {
    actors: copyOf.map((i) => base.actors[i] ?? []),
    malware: copyOf.map((i) => base.malware[i] ?? []),
    platforms: copyOf.map((i) => base.platforms[i] ?? []),
  };
}

const kb = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(bytes < 1e4 ? 1 : 0)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function benchCollection(name: string, { docs, aliases }: Collection): Promise<void> {
  const start = performance.now();
  const { files, manifest } = buildSearchIndex(docs);
  const buildTime = performance.now() - start;
  const gzipped = new Map<string, number>();
  let postings = 0;
  let postingsGzip = 0;
  let positions = 0;
  let positionsGzip = 0;
  let largest = 0;
  const positionFiles = new Set((JSON.parse(files.get(manifest.table) ?? '{}') as { shards: [string, string][] }).shards.map(([, hash]) => `search/${hash}.json`));
  for (const [file, text] of files) {
    const size = gzipSync(text).length;
    gzipped.set(file, size);
    if (positionFiles.has(file)) {
      positions += text.length;
      positionsGzip += size;
    } else {
      postings += text.length;
      postingsGzip += size;
      largest = Math.max(largest, text.length);
    }
  }
  console.log(
    `search: index of ${docs.length} ${name} posts: ${manifest.shardCount} shards, ${kb(postings)} total (${kb(postingsGzip)} gzip), ` +
      `largest shard ${kb(largest)}; positions ${kb(positions)} (${kb(positionsGzip)} gzip); build ${ms(buildTime)}`,
  );

  for (const query of QUERIES) {
    const fetched = new Set<string>();
    const parsed = new Map<string, unknown>();
    const loadFile = async (file: string) => {
      fetched.add(file);
      const text = files.get(file);
      if (text === undefined) throw new Error(`no search file ${file}`);
      let data = parsed.get(file);
      if (data === undefined) parsed.set(file, (data = JSON.parse(text)));
      return data;
    };
    // The first run fetches and parses; the timed runs read parsed shards, as react-query's cache serves them.
    const parseStart = performance.now();
    const result = await searchPosts(query, { manifest, loadFile, aliases });
    const firstTime = performance.now() - parseStart;
    const runs = 20;
    const cachedStart = performance.now();
    for (let i = 0; i < runs; i++) await searchPosts(query, { manifest, loadFile, aliases });
    const cachedTime = (performance.now() - cachedStart) / runs;
    let raw = 0;
    let gzip = 0;
    for (const file of fetched) {
      raw += files.get(file)?.length ?? 0;
      gzip += gzipped.get(file) ?? 0;
    }
    const folds = result.folded.map((fold) => `, "${fold.text}" folded to ${fold.name} (+${fold.added})`).join('');
    console.log(
      `search: query ${JSON.stringify(query)} over ${docs.length} posts: ${result.rows.length} posts${folds}, ${fetched.size} files, ` +
        `${kb(raw)} fetched (${kb(gzip)} gzip), first ${ms(firstTime)} with parsing, then ${ms(cachedTime)}`,
    );
  }
}

/** Prints the search index sizes and query costs. */
export async function benchSearch(): Promise<void> {
  const corpus = await corpusCollection();
  if (!corpus) {
    console.log(`search: no corpus at ${CORPUS}; measuring made-up posts only`);
    await benchCollection('made-up', { docs: madeUpDocs(SYNTHETIC_POSTS) });
    return;
  }
  await benchCollection('corpus', corpus);
  const { docs, copyOf } = syntheticDocs(corpus.docs);
  const aliases = createAliasIndex(corpus.catalog, syntheticTable(copyOf, corpus.table));
  await benchCollection('synthetic', { docs, aliases });
}
