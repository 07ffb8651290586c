/**
 * The compile cache's log: a build that changed a few entries appends them, reading it back gives
 * the entries last saved, and a damaged or foreign cache is dropped with the reason, never trusted.
 */
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../test-support/temp-folder.ts';
import type { PostRecord } from '../post-record.ts';
import { type CacheEntry, type CacheKeys, CompileCache } from './compile-cache.ts';

const KEYS: CacheKeys = { compiler: 'c1', catalog: 'k1', shardCount: 4 };

function record(title: string): PostRecord {
  return {
    file: `${title}.md`,
    slug: title,
    draft: false,
    title,
    date: { iso: '2024-01-02T00:00:00Z', epochMs: Date.UTC(2024, 0, 2), day: '2024-01-02' },
    source: null,
    url: null,
    tags: [],
    entities: { actors: [], malware: [], platforms: [], victims: [], origins: [], regions: [] },
    figures: [],
    relevance: { relevant: true, reasons: [] },
    language: 'en',
    summary: `About ${title}`,
    bodyHash: `${title}-body`,
  };
}

const numberOf = (file: string) => Number(/\d+/.exec(file)?.[0] ?? -1);

/** Keeps every file of a previous build as it was, but for `fresh`: new titles (and terms) for those. */
async function saveBuild(dir: string, files: string[], fresh: Record<string, string> = {}): Promise<CompileCache> {
  const cache = await CompileCache.open(dir, KEYS);
  for (const file of files) {
    const n = numberOf(file);
    const old = cache.previousEntry(file);
    const title = fresh[file];
    if (old && title === undefined) await cache.keep(file, { ...old });
    else await cache.keep(file, { size: n, mtimeMs: n, hash: `h${n}`, record: record(title ?? file), problems: [], terms: new Uint8Array([n, 1, 2]), doc: -1 });
  }
  // Documents by the files' numbers: the same in every build, as when the posts keep their order.
  await cache.save(numberOf, 'search-table.1.json');
  return cache;
}

const FILES = Array.from({ length: 20 }, (_, n) => `/posts/p${n}.md`);

async function entriesOf(dir: string): Promise<Map<string, CacheEntry>> {
  const cache = await CompileCache.open(dir, KEYS);
  expect(cache.dropped).toBeNull();
  return new Map(cache.previousPaths().map((file) => [file, cache.previousEntry(file) as CacheEntry]));
}

describe('the compile cache', () => {
  it('appends what a build changed and dropped, and reads back the entries last saved', async () => {
    const dir = await tempFolder('cache', {});
    await saveBuild(dir, FILES);
    const log = path.join(dir, 'entries.log');
    const firstLine = await readFile(log, 'utf8');

    const files = FILES.filter((file) => file !== '/posts/p3.md');
    await saveBuild(dir, files, { '/posts/p5.md': 'edited' });
    const text = await readFile(log, 'utf8');
    // The first line stands; one small line follows it.
    expect(text.startsWith(firstLine)).toBe(true);
    expect(text.slice(firstLine.length).split('\n').filter(Boolean)).toHaveLength(1);

    const entries = await entriesOf(dir);
    expect([...entries.keys()].sort()).toEqual([...files].sort());
    expect(entries.get('/posts/p5.md')?.record?.title).toBe('edited');
    expect(entries.get('/posts/p4.md')?.record?.title).toBe('/posts/p4.md');
    expect(entries.get('/posts/p19.md')?.doc).toBe(19);
    const cache = await CompileCache.open(dir, KEYS);
    expect(await cache.readTerms(entries.get('/posts/p5.md') as CacheEntry)).toEqual(new Uint8Array([5, 1, 2]));
  });

  it('writes the log again as one line when the changes outgrow it', async () => {
    const dir = await tempFolder('cache', {});
    await saveBuild(dir, FILES);
    // Nine of twenty entries each time: appended twice, then the lines would outgrow the first.
    const lines = [];
    for (const round of [0, 1, 2]) {
      await saveBuild(dir, FILES, Object.fromEntries(FILES.slice(round * 5, round * 5 + 9).map((file) => [file, `${file} again ${round}`])));
      lines.push((await readFile(path.join(dir, 'entries.log'), 'utf8')).split('\n').filter(Boolean).length);
    }
    expect(lines).toEqual([2, 3, 1]);
    expect((await entriesOf(dir)).get('/posts/p12.md')?.record?.title).toBe('/posts/p12.md again 2');
  });

  it('ignores what a build that failed appended past the saved part', async () => {
    const dir = await tempFolder('cache', {});
    await saveBuild(dir, FILES);
    await appendFile(path.join(dir, 'entries.log'), '{"set":{"/posts/p1.md":nul');
    expect((await entriesOf(dir)).get('/posts/p1.md')?.record?.title).toBe('/posts/p1.md');
    // The next save overwrites the half line.
    await saveBuild(dir, FILES, { '/posts/p1.md': 'edited' });
    expect((await entriesOf(dir)).get('/posts/p1.md')?.record?.title).toBe('edited');
  });

  it('drops a log cut short, or changed under its checksum, and says why', async () => {
    for (const damage of [
      async (log: string) => writeFile(log, (await readFile(log)).subarray(0, 100)),
      async (log: string) => {
        const bytes = await readFile(log);
        bytes[200] = bytes[200] === 0x61 ? 0x62 : 0x61;
        await writeFile(log, bytes);
      },
    ]) {
      const dir = await tempFolder('cache', {});
      await saveBuild(dir, FILES);
      await damage(path.join(dir, 'entries.log'));
      const cache = await CompileCache.open(dir, KEYS);
      expect(cache.dropped).toMatch(/damaged/);
      expect(cache.previousPaths()).toEqual([]);
    }
  });

  it('drops a cache written in another layout or by another compiler', async () => {
    const dir = await tempFolder('cache', {});
    await writeFile(path.join(dir, 'state.json'), `${JSON.stringify({ layout: 1, keys: KEYS, packLength: 0, searchTable: null, digest: '' })}\n{}`);
    expect((await CompileCache.open(dir, KEYS)).dropped).toMatch(/another layout/);

    await saveBuild(dir, FILES);
    expect((await stat(path.join(dir, 'entries.log'))).size).toBeGreaterThan(0);
    const other = await CompileCache.open(dir, { ...KEYS, compiler: 'c2' });
    expect(other.dropped).toBe('the compiler changed');
    expect(other.previousPaths()).toEqual([]);
  });
});
