/**
 * A build with a data folder and a cache: what it writes is the same however it got there (from
 * nothing, after an edit through the cache, on one thread or several), a damaged cache is never
 * trusted, and the data folder is the only place written to.
 */
import { existsSync } from 'node:fs';
import { appendFile, cp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { feedFiles } from '../model/export/feed-paths.ts';
import { tempFolder } from '../test-support/temp-folder.ts';
import { build, type BuildOptions } from './build.ts';
import { DEFAULT_CATALOG_DIR } from './content-config.ts';
import { MARKER_FILE } from './write/data-folder.ts';

// A test can pretend the compiler changed, as it does between two checkouts sharing a cache.
const compilerChange = vi.hoisted(() => ({ suffix: '' }));
vi.mock('./cache/versions.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./cache/versions.ts')>();
  return { ...real, compilerVersion: async () => `${await real.compilerVersion()}${compilerChange.suffix}` };
});

const REPO = path.resolve(import.meta.dirname, '../..');
const CATALOG = path.join(REPO, DEFAULT_CATALOG_DIR);
const SHIPPED = path.join(REPO, 'public/content/posts');
// These tests run whole builds, several each; a loaded machine makes them slow, never wrong.
const BUILD_TIMEOUT = 120_000;

/** Every file of a data folder (but the manifest, which carries the time) with its text. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (relative === 'manifest.json') continue;
    files.set(relative, await readFile(path.join(dir, relative), 'utf8'));
  }
  return files;
}

async function manifestOf(dir: string): Promise<Record<string, unknown>> {
  const { generatedAt: _time, ...rest } = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return rest;
}

/** A copy of the shipped posts to edit, a data folder and a cache folder. */
async function workspace() {
  const root = await tempFolder('build', {});
  const content = path.join(root, 'posts');
  await cp(SHIPPED, content, { recursive: true });
  const options = (outDir: string, cacheDir: string | null): BuildOptions => ({ contentDirs: [content], catalogDir: CATALOG, includeDrafts: false, outDir, cacheDir });
  return { root, content, options };
}

describe('build with a data folder', () => {
  it('writes after an edit, a new post and a removed one exactly what a build from nothing writes', async () => {
    const { root, content, options } = await workspace();
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    const cold = path.join(root, 'cold');
    const sameAsFromNothing = async () => {
      const fromNothing = await build(options(cold, null));
      expect(await snapshot(out)).toEqual(await snapshot(cold));
      expect(await manifestOf(out)).toEqual(await manifestOf(cold));
      return fromNothing;
    };
    await build(options(out, cache));

    // An edit and the newest post: two posts compiled, the search index patched.
    const [first, second] = (await readdir(content)).filter((name) => name.endsWith('.md')).sort();
    await appendFile(path.join(content, first ?? ''), '\n\nLazarus hackers later stole $2 million from a bank in Chile.\n');
    await writeFile(path.join(content, '2030-01-01-added.md'), "---\ntitle: 'APT28 phishing hits German ministry'\n---\nAPT28 sent phishing e-mails to the German foreign ministry.\n");
    const incremental = await build(options(out, cache));
    expect(incremental.stats.compiled).toBe(2);
    expect(incremental.stats.search).toBe('patched');
    expect((await sameAsFromNothing()).stats.compiled).toBe(incremental.stats.files);

    // A removed post renumbers the newer ones: the index is built again, from the cache.
    await rm(path.join(content, second ?? ''));
    const afterRemoval = await build(options(out, cache));
    expect(afterRemoval.stats.compiled).toBe(0);
    await sameAsFromNothing();
  }, BUILD_TIMEOUT);

  it('compiles on several threads what one thread compiles, a post too large for a worker included', async () => {
    // Enough posts for the build to start workers (it compiles a few on the main thread).
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) {
      files[`2020-01-${String((i % 28) + 1).padStart(2, '0')}-post-${i}.md`] =
        `---\ntitle: 'Post ${i}: ransomware in ${['Texas', 'Japan', 'Brazil'][i % 3]}'\n---\nRansomware hit ${i} hospitals; the Lazarus Group stole $${i + 1} million.\n`;
    }
    // Past a worker's bounded heap: compiled on the main thread, into the same files.
    files['2020-02-01-indicators.md'] = `---\ntitle: 'Indicators of the Texas intrusion'\n---\n${'- 10.0.0.1 evil.example.com malicious\n'.repeat(40_000)}`;
    const content = await tempFolder('threads', files);
    const one = path.join(content, '..', `${path.basename(content)}-one`);
    const two = path.join(content, '..', `${path.basename(content)}-two`);
    try {
      await build({ contentDirs: [content], catalogDir: CATALOG, includeDrafts: false, outDir: one, threads: 1 });
      await build({ contentDirs: [content], catalogDir: CATALOG, includeDrafts: false, outDir: two, threads: 2 });
      expect(await snapshot(two)).toEqual(await snapshot(one));
    } finally {
      await rm(one, { recursive: true, force: true });
      await rm(two, { recursive: true, force: true });
    }
  }, BUILD_TIMEOUT);

  it('never trusts a damaged cache: it compiles from the posts and says why', async () => {
    const { root, options } = await workspace();
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    await build(options(out, cache));
    const [folder] = (await readdir(cache, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    const state = path.join(cache, folder?.name ?? '', 'state.json');
    await truncate(state, 100);
    const afterTruncation = await build(options(out, cache));
    expect(afterTruncation.stats.cacheNote).toMatch(/damaged/);
    expect(afterTruncation.stats.compiled).toBe(afterTruncation.stats.files);

    // A pack whose bytes changed under the state is caught by its checksums.
    const pack = path.join(cache, folder?.name ?? '', 'terms.pack');
    const bytes = await readFile(pack);
    bytes.fill(7, 0, 64);
    await writeFile(pack, bytes);
    await rm(path.join(out, 'search'), { recursive: true });
    const afterCorruption = await build(options(out, cache));
    expect(afterCorruption.stats.cacheNote).toMatch(/damaged/);
    const cold = path.join(root, 'cold');
    await build(options(cold, null));
    expect(await snapshot(out)).toEqual(await snapshot(cold));
  }, BUILD_TIMEOUT);

  it('after a catalog change extracts again without compiling, and writes what a build from nothing writes', async () => {
    const { root, options } = await workspace();
    const catalog = path.join(root, 'catalog');
    await cp(CATALOG, catalog, { recursive: true });
    const withCatalog = (outDir: string, cacheDir: string | null): BuildOptions => ({ ...options(outDir, cacheDir), catalogDir: catalog });
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    await build(withCatalog(out, cache));
    await appendFile(
      path.join(catalog, 'actors', 'criminal.yaml'),
      '\n- id: test-telegram-gang\n  name: Telegram Gang\n  kind: criminal\n  description: A made-up group for a test.\n',
    );
    const after = await build(withCatalog(out, cache));
    expect(after.stats.cacheNote).toBe('the catalog changed');
    const cold = path.join(root, 'cold');
    await build(withCatalog(cold, null));
    expect(await snapshot(out)).toEqual(await snapshot(cold));
  }, BUILD_TIMEOUT);

  it('never reads a catalog another compiler cached, whose shape may differ', async () => {
    const { root, options } = await workspace();
    const cache = path.join(root, 'cache');
    await build(options(path.join(root, 'out'), cache));
    // Damage every cached catalog: a compiler that read one would write a broken catalog file.
    for (const name of await readdir(cache)) {
      if (name.startsWith('catalog-')) await writeFile(path.join(cache, name), JSON.stringify({ catalog: { actors: [] }, problems: [] }));
    }
    compilerChange.suffix = '-next';
    try {
      await build(options(path.join(root, 'out'), cache));
    } finally {
      compilerChange.suffix = '';
    }
    const cold = path.join(root, 'cold');
    await build(options(cold, null));
    expect(await snapshot(path.join(root, 'out'))).toEqual(await snapshot(cold));
  }, BUILD_TIMEOUT);
});

describe('the data folder', () => {
  it('refuses a folder that is not empty and not Sitrep’s, and leaves it as it was', async () => {
    const { root, options } = await workspace();
    const mine = await tempFolder('not-ours', { 'notes.txt': 'keep me' });
    await expect(build(options(mine, null))).rejects.toThrow(/not empty and was not written by Sitrep/);
    expect(await readdir(mine)).toEqual(['notes.txt']);
    await expect(build(options(path.join(root, 'posts'), null))).rejects.toThrow(/content folder/);
    await expect(build(options(root, null))).rejects.toThrow(/holds the content folder/);
  }, BUILD_TIMEOUT);

  it('marks its folder, replaces only its own files, and keeps what others put there', async () => {
    const { root, content, options } = await workspace();
    const out = path.join(root, 'out');
    await build(options(out, null));
    expect(existsSync(path.join(out, MARKER_FILE))).toBe(true);
    await writeFile(path.join(out, 'CNAME'), 'sitrep.example.org\n');
    // The search index's records spilled by a build that stopped half-way.
    await writeFile(path.join(out, 'search-runs.4242.tmp'), 'half a run');
    const [first] = (await readdir(content)).filter((name) => name.endsWith('.md')).sort();
    await rm(path.join(content, first ?? ''));
    await build(options(out, null));
    expect(await readFile(path.join(out, 'CNAME'), 'utf8')).toBe('sitrep.example.org\n');
    expect(existsSync(path.join(out, 'search-runs.4242.tmp'))).toBe(false);
    // Nothing of the removed post is left: every body file is one the manifest's posts use.
    const cold = path.join(root, 'cold');
    await build(options(cold, null));
    const written = [...(await snapshot(out)).keys()].filter((file) => file !== 'CNAME');
    expect(written.sort()).toEqual([...(await snapshot(cold)).keys()].sort());
  }, BUILD_TIMEOUT);

  it('deletes the feed of an actor no post names any more, and rewrites the feeds that listed its post', async () => {
    const { root, options } = await workspace();
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    const first = await build(options(out, cache));
    // An actor named by one post only, with no sub-groups: its feed goes with the post.
    const posts = first.collection.posts.filter(({ record }) => record.relevance.relevant);
    const parents = new Set((first.collection.catalog?.actors ?? []).map((actor) => actor.parent));
    const counts = new Map<string, number>();
    for (const { record } of posts) for (const id of record.entities.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
    const lone = [...counts].find(([id, count]) => count === 1 && !parents.has(id))?.[0] ?? '';
    const post = posts.find(({ record }) => record.entities.actors.includes(lone));
    expect(existsSync(path.join(out, feedFiles.actor(lone)))).toBe(true);
    await rm(post?.record.file ?? '');
    await build(options(out, cache));
    expect(existsSync(path.join(out, feedFiles.actor(lone)))).toBe(false);
    expect(await readFile(path.join(out, feedFiles.all), 'utf8')).not.toContain(`posts/${post?.slug ?? ''}<`);
    const cold = path.join(root, 'cold');
    await build(options(cold, null));
    expect(await snapshot(out)).toEqual(await snapshot(cold));
  }, BUILD_TIMEOUT);
});
