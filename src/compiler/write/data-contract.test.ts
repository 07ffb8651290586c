/**
 * The data contract: every file a build of the shipped posts writes parses with the schema the app
 * reads it with (src/model/format), and no file is written that no schema describes. The Atom feeds
 * are the one kind the app does not read: they are for feed readers, so RFC 4287's grammar and rules
 * describe them (src/test-support/atom), under the fixed names of src/model/export/feed-paths.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalogSchema } from '../../model/format/catalog-format.ts';
import {
  facetsFileSchema,
  figuresFileSchema,
  listPageSchema,
  manifestSchema,
  postBodySchema,
  postKeysFileSchema,
  searchShardSchema,
  searchTableSchema,
  slugShardSchema,
} from '../../model/format/data-format.ts';
import { DATA_FORMAT, listPageName, MANIFEST_FILE, slugShardName } from '../../model/format/data-version.ts';
import { feedFiles } from '../../model/export/feed-paths.ts';
import { normalizeFacetValue } from '../../model/view/view-state.ts';
import { atomErrors } from '../../test-support/atom/atom-schema.ts';
import { tempFolder } from '../../test-support/temp-folder.ts';
import { build } from '../build.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { MARKER_FILE } from './data-folder.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const ATOM = 'Atom 1.0';

/** Whether a file is one of the feeds, by the names feed-paths.ts gives them. */
function isFeed(file: string): boolean {
  if (file === feedFiles.all) return true;
  const actor = /^feeds\/actors\/(.+)\.atom$/.exec(file)?.[1];
  if (actor !== undefined) return normalizeFacetValue('actor', actor) === actor;
  const country = /^feeds\/victims\/(.+)\.atom$/.exec(file)?.[1];
  return country !== undefined && normalizeFacetValue('victim', country) === country;
}

describe('the data files of the shipped posts', () => {
  it('each parse with the schema the app reads them with, and none is left undescribed', async () => {
    const out = path.join(await tempFolder('data-contract', {}), 'data');
    await build({
      contentDirs: [path.join(REPO, 'public/content/posts')],
      catalogDir: path.join(REPO, DEFAULT_CATALOG_DIR),
      includeDrafts: false,
      outDir: out,
      cacheDir: null,
    });
    const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(path.join(out, file), 'utf8'));
    const manifest = manifestSchema.parse(await read(MANIFEST_FILE));
    const table = searchTableSchema.parse(await read(manifest.search?.table ?? 'no search table'));
    const shardFiles = new Set(table.shards.flat().map((hash) => `search/${hash}.json`));

    // Which schema describes a file, from the manifest's names and the documented folders.
    const schemaOf = (file: string): z.ZodType | typeof ATOM | null => {
      if (isFeed(file)) return ATOM;
      if (file === MANIFEST_FILE) return manifestSchema;
      if (file === manifest.files.facets) return facetsFileSchema;
      if (file === manifest.files.figures) return figuresFileSchema;
      if (file === manifest.files.catalog) return catalogSchema;
      if (file === manifest.files.keys) return postKeysFileSchema;
      if (file === manifest.search?.table) return searchTableSchema;
      if (manifest.list.pages.some((hash) => file === listPageName(hash))) return listPageSchema;
      if (manifest.slugs.shards.some((hash) => file === slugShardName(hash))) return slugShardSchema;
      if (/^posts\/[0-9a-f]{2}\/[0-9a-f]+\.json$/.test(file)) return postBodySchema;
      if (shardFiles.has(file)) return searchShardSchema;
      return null;
    };

    const files = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name !== MARKER_FILE)
      .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    const undescribed = files.filter((file) => !schemaOf(file));
    expect(undescribed).toEqual([]);
    const feeds = files.filter((file) => schemaOf(file) === ATOM);
    const failures = await atomErrors(await Promise.all(feeds.map(async (name) => ({ name, xml: await readFile(path.join(out, name), 'utf8') }))));
    for (const file of files) {
      const schema = schemaOf(file);
      if (schema === null || schema === ATOM) continue;
      const data = await read(file);
      const parsed = schema.safeParse(data);
      if (!parsed.success) failures.push(`${file}: ${parsed.error.message}`);
      else if ((data as { format?: unknown }).format !== DATA_FORMAT) failures.push(`${file}: format is not ${DATA_FORMAT}`);
    }
    expect(failures).toEqual([]);
    // Every kind of file was met, so a folder the build stopped writing is noticed.
    expect(files.filter((file) => file.startsWith('posts/')).length).toBe(manifest.postCount);
    expect(files.filter((file) => shardFiles.has(file)).length).toBe(shardFiles.size);
    expect(feeds).toContain(feedFiles.all);
    expect(feeds).toContain(feedFiles.actor('lazarus-group'));
    expect(feeds).toContain(feedFiles.victim('GB'));
  }, 120_000);
});
