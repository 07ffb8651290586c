import { describe, expect, it } from 'vitest';
import { DATA_FORMAT } from '../model/format/data-version.ts';
import { searchManifestSchema } from '../model/format/data-format.ts';
import { searchShardFile, shardOf } from '../model/search/codec.ts';
import { searchPosts } from '../model/search/search.ts';
import { buildSearchFiles, type SearchDoc } from './search-index.ts';

const DOCS: SearchDoc[] = [
  { row: 0, title: 'Ransomware hits a hospital', text: 'Patient records were encrypted.\nThe hospital restored backups.' },
  { row: 1, title: 'Phishing kit sold online', text: 'The kit imitates bank pages.' },
  { row: 2, title: 'Exchange robbed', text: 'Thieves moved crypto through mixers; a hospital fundraiser lost crypto too.' },
];

describe('buildSearchFiles', () => {
  it('writes a postings and a positions file per shard, under a folder named by their content', () => {
    const { files, manifest } = buildSearchFiles(DOCS, { shardCount: 8 });
    expect(searchManifestSchema.parse(manifest)).toEqual(manifest);
    expect(manifest).toMatchObject({ shardCount: 8, postCount: 3 });
    expect(manifest.dir).toMatch(/^search\/[0-9a-f]{12}$/);
    expect(files.size).toBe(16);
    for (let shard = 0; shard < 8; shard++) {
      expect(files.has(`${manifest.dir}/${shard}.json`)).toBe(true);
      expect(files.has(`${manifest.dir}/${shard}.pos.json`)).toBe(true);
    }
    for (const text of files.values()) expect(JSON.parse(text)).toMatchObject({ format: DATA_FORMAT });
  });

  it('puts each term in the shard its hash names', () => {
    const { files, manifest } = buildSearchFiles(DOCS, { shardCount: 8 });
    const term = 'hospital';
    const shard = JSON.parse(files.get(searchShardFile(manifest, shardOf(term, 8))) ?? '{}');
    expect(Object.keys(shard.terms)).toContain(term);
  });

  it('names the folder anew when the content changes, and keeps it when it does not', () => {
    const first = buildSearchFiles(DOCS).manifest.dir;
    expect(buildSearchFiles(DOCS).manifest.dir).toBe(first);
    const edited = DOCS.map((doc) => (doc.row === 1 ? { ...doc, text: 'The kit imitates wallet pages.' } : doc));
    expect(buildSearchFiles(edited).manifest.dir).not.toBe(first);
  });

  it('picks a power-of-two shard count by size: one shard for a small collection', () => {
    expect(buildSearchFiles(DOCS).manifest.shardCount).toBe(1);
    const many = Array.from({ length: 400 }, (_, row) => ({ row, title: `Post ${row}`, text: `word${row} other${row % 97} shared text` }));
    const count = buildSearchFiles(many).manifest.shardCount;
    expect(count).toBeGreaterThan(1);
    expect(Math.log2(count) % 1).toBe(0);
  });

  it('accepts docs in any order, and refuses rows that skip or repeat', () => {
    const reversed = [...DOCS].reverse();
    expect(buildSearchFiles(reversed).manifest.dir).toBe(buildSearchFiles(DOCS).manifest.dir);
    expect(() => buildSearchFiles([DOCS[0] as SearchDoc, { ...(DOCS[1] as SearchDoc), row: 5 }])).toThrow(/expected row 1, got 5/);
    expect(() => buildSearchFiles([DOCS[0] as SearchDoc, { ...(DOCS[1] as SearchDoc), row: 0 }])).toThrow(/expected row 1, got 0/);
  });

  it('builds an empty index for no posts', async () => {
    const { files, manifest } = buildSearchFiles([]);
    const result = await searchPosts('anything', { manifest, loadShard: async (file) => JSON.parse(files.get(file) ?? 'null') });
    expect(result.rows.length).toBe(0);
  });

  it('round-trips to searchPosts through an in-memory loader', async () => {
    const { files, manifest } = buildSearchFiles(DOCS, { shardCount: 4 });
    const loadShard = async (file: string) => JSON.parse(files.get(file) ?? 'null') as unknown;
    const result = await searchPosts('hospital', { manifest, loadShard });
    // A title match first, then a body match.
    expect([...result.rows]).toEqual([0, 2]);
    expect([...(await searchPosts('crypto hospital', { manifest, loadShard })).rows]).toEqual([2]);
    expect([...(await searchPosts('"patient records"', { manifest, loadShard })).rows]).toEqual([0]);
    // A phrase never runs from the title into the body, even over a stopword ending the title.
    expect([...(await searchPosts('"hospital patient"', { manifest, loadShard })).rows]).toEqual([]);
    const bridged = buildSearchFiles([{ row: 0, title: 'Breach at', text: 'Bank staff said little.' }]);
    const load = async (file: string) => JSON.parse(bridged.files.get(file) ?? 'null') as unknown;
    expect([...(await searchPosts('"breach at bank"', { manifest: bridged.manifest, loadShard: load })).rows]).toEqual([]);
    expect([...(await searchPosts('"bank staff"', { manifest: bridged.manifest, loadShard: load })).rows]).toEqual([0]);
  });
});
