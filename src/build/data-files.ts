/**
 * Writes a compilation as the static data files the app reads (docs/data-format.md): a manifest with
 * a fixed name, a content-hashed list index and catalog, and one body file per post.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, PostBody, PostIndex } from '../model/data-format.ts';
import { DATA_FORMAT, MANIFEST_FILE, postBodyFile } from '../model/data-version.ts';
import type { Compilation } from './compile.ts';
import type { CompiledPost } from './compile-post.ts';
import { slugify } from './slug.ts';

/** Data files by path relative to the data folder, with their JSON text. */
export type DataFiles = Map<string, string>;

/** Builds every data file of a compilation. */
export function buildDataFiles(compilation: Compilation, catalog: object, generatedAt = new Date()): DataFiles {
  const files: DataFiles = new Map();
  for (const post of compilation.posts) files.set(postBodyFile(post.slug), JSON.stringify(postBody(post)));

  const indexText = JSON.stringify(postIndex(compilation.posts));
  const indexFile = `index.${contentHash(indexText)}.json`;
  files.set(indexFile, indexText);

  const catalogText = JSON.stringify({ format: DATA_FORMAT, ...catalog });
  const catalogFile = `catalog.${contentHash(catalogText)}.json`;
  files.set(catalogFile, catalogText);

  const manifest: Manifest = {
    format: DATA_FORMAT,
    generatedAt: generatedAt.toISOString(),
    postCount: compilation.posts.length,
    files: { index: indexFile, catalog: catalogFile },
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest, null, 2));
  return files;
}

/** Replaces the folder's content with the data files. */
export async function writeDataFiles(files: DataFiles, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const folders = new Set([...files.keys()].map((name) => path.dirname(path.join(dir, name))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all([...files].map(([name, text]) => writeFile(path.join(dir, name), text)));
}

/** The source id a post is filed under: its feed or publication name as a slug. */
export function sourceId(post: CompiledPost): string | null {
  return post.source ? slugify(post.source.name) || null : null;
}

function postIndex(posts: CompiledPost[]): PostIndex {
  const sources = new Map<string, string>();
  const columns: PostIndex['columns'] = {
    slug: [],
    title: [],
    date: [],
    source: [],
    actors: [],
    victims: [],
    origins: [],
    regions: [],
    platforms: [],
    malware: [],
    figures: [],
  };
  for (const post of posts) {
    const source = sourceId(post);
    if (source && post.source && !sources.has(source)) sources.set(source, post.source.name);
    columns.slug.push(post.slug);
    columns.title.push(post.title);
    columns.date.push(post.date.iso);
    columns.source.push(source);
    columns.actors.push([]);
    columns.victims.push([]);
    columns.origins.push([]);
    columns.regions.push([]);
    columns.platforms.push([]);
    columns.malware.push([]);
    columns.figures.push([]);
  }
  return {
    format: DATA_FORMAT,
    sources: [...sources].map(([id, name]) => ({ id, name })),
    columns,
  };
}

function postBody(post: CompiledPost): PostBody {
  return {
    format: DATA_FORMAT,
    slug: post.slug,
    title: post.title,
    date: post.date.iso,
    source: post.source,
    url: post.url,
    tags: post.tags,
    html: post.html,
    figures: [],
  };
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
