/**
 * Writes a compilation as the static data files the app reads (docs/data-format.md): a manifest with
 * a fixed name, a content-hashed list index and catalog, one body file per post, and the search
 * index in shards (docs/decisions/0002-search-index.md).
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, PostBody, PostIndex } from '../model/format/data-format.ts';
import { catalogData, type Catalog } from './catalog/load-catalog.ts';
import { htmlToParagraphs } from './extract/plain-text.ts';
import { buildSearchFiles } from './search-index.ts';
import { DATA_FORMAT, MANIFEST_FILE, postBodyFile } from '../model/format/data-version.ts';
import type { Compilation } from './compile.ts';
import type { CompiledPost } from './compile-post.ts';
import { slugify } from './slug.ts';

/** Data files by path relative to the data folder, with their JSON text. */
export type DataFiles = Map<string, string>;

/** Builds every data file of a compilation. */
export function buildDataFiles(compilation: Compilation, generatedAt = new Date()): DataFiles {
  const files: DataFiles = new Map();
  for (const post of compilation.posts) files.set(postBodyFile(post.slug), JSON.stringify(postBody(post)));

  const indexText = JSON.stringify(postIndex(compilation.posts, compilation.catalog));
  const indexFile = `index.${contentHash(indexText)}.json`;
  files.set(indexFile, indexText);

  const catalogText = JSON.stringify(
    compilation.catalog ? catalogData(compilation.catalog) : { format: DATA_FORMAT, actors: [], malware: [], platforms: [], countries: [], regions: [] },
  );
  const catalogFile = `catalog.${contentHash(catalogText)}.json`;
  files.set(catalogFile, catalogText);

  // Rows of the search index are rows of the list index: posts in the same order.
  const search = buildSearchFiles(
    compilation.posts.map((post, row) => ({ row, title: post.title, text: htmlToParagraphs(post.html).join('\n') })),
  );
  for (const [name, text] of search.files) files.set(name, text);

  const manifest: Manifest = {
    format: DATA_FORMAT,
    generatedAt: generatedAt.toISOString(),
    postCount: compilation.posts.length,
    files: { index: indexFile, catalog: catalogFile },
    search: search.manifest,
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

function postIndex(posts: CompiledPost[], catalog: Catalog | null): PostIndex {
  const withAncestors = actorRollUp(catalog);
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
    const { entities } = post;
    columns.actors.push(withAncestors(entities.actors));
    columns.victims.push(entities.victims);
    columns.origins.push(entities.origins);
    columns.regions.push(entities.regions);
    columns.platforms.push(entities.platforms);
    columns.malware.push(entities.malware);
    columns.figures.push(entities.figures.map((figure) => [figure.amount, figure.currency, figure.kind, figure.usd ?? null, figure.total ? 1 : 0]));
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
    entities: {
      actors: post.entities.actors,
      malware: post.entities.malware,
      platforms: post.entities.platforms,
      victims: post.entities.victims,
      origins: post.entities.origins,
      regions: post.entities.regions,
    },
    figures: post.entities.figures,
  };
}

/**
 * A post that names a sub-group is also filed under its umbrella group, so filtering by Lazarus Group
 * finds the posts that name only APT38 or Andariel (docs/data-format.md).
 */
function actorRollUp(catalog: Catalog | null): (ids: string[]) => string[] {
  const parentOf = new Map((catalog?.actors ?? []).map((actor) => [actor.id, actor.parent]));
  return (ids) => {
    const all = [...ids];
    for (const id of ids) {
      const seen = new Set(all);
      for (let parent = parentOf.get(id); parent && !seen.has(parent); parent = parentOf.get(parent)) {
        all.push(parent);
        seen.add(parent);
      }
    }
    return all;
  };
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
