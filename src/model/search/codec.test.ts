import { describe, expect, it } from 'vitest';
import { DATA_FORMAT } from '../format/data-version.ts';
import {
  decodePositions,
  decodePostings,
  encodePositions,
  encodePostings,
  readShard,
  searchPositionsFile,
  searchShardFile,
  shardEntry,
  shardOf,
} from './codec.ts';

describe('postings', () => {
  it('round-trip rows and impacts, small and large gaps alike', () => {
    const rows = [0, 1, 2, 40, 1_000, 29_999, 1_000_000];
    const impacts = [1, 63, 7, 32, 31, 2, 50];
    const text = encodePostings(rows, impacts);
    expect(text).toMatch(/^[0-9A-Za-z_-]+$/);
    const decoded = decodePostings([0.5, text]);
    expect([...decoded.rows]).toEqual(rows);
    expect([...decoded.scores]).toEqual(impacts.map((impact) => impact * 0.5));
  });

  it('decode an empty list', () => {
    expect(decodePostings([1, '']).rows.length).toBe(0);
  });

  it('refuse text that is not an encoding', () => {
    expect(() => decodePostings([1, 'a b'])).toThrow(/unexpected character/);
    expect(() => decodePostings([1, 'Z'])).toThrow(/ends inside a number/);
  });
});

describe('positions', () => {
  it('round-trip the positions of each posting', () => {
    const lists = [[0, 5, 6], [3], [], [100, 4000]];
    const flat = lists.flatMap((list) => [list.length, ...list]);
    expect(decodePositions(encodePositions(flat))).toEqual(lists);
  });
});

describe('shards', () => {
  it('place a term in the same shard every time, within the count', () => {
    for (const term of ['lazarus', 'cve-2021-44228', 'хакеры', '']) {
      const shard = shardOf(term, 64);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(64);
      expect(shardOf(term, 64)).toBe(shard);
    }
    expect(shardOf('anything', 1)).toBe(0);
  });

  it('name shard and positions files under the manifest folder', () => {
    const manifest = { dir: 'search/abc', shardCount: 4, postCount: 9 };
    expect(searchShardFile(manifest, 3)).toBe('search/abc/3.json');
    expect(searchPositionsFile(manifest, 3)).toBe('search/abc/3.pos.json');
  });

  it('refuse a shard of another format, saying how to fix it', () => {
    expect(() => readShard('search/x/1.json', { format: DATA_FORMAT + 1, terms: {} })).toThrow(/search\/x\/1\.json.*format.*rebuild/);
    expect(() => readShard('search/x/1.json', '<html>')).toThrow(/not a search shard/);
  });

  it('read only a shard’s own terms', () => {
    const shard = readShard('s', { format: DATA_FORMAT, terms: { lazarus: [1, '01'] } });
    expect(shardEntry(shard, 'lazarus')).toEqual([1, '01']);
    expect(shardEntry(shard, 'constructor')).toBeNull();
    expect(() => shardEntry(readShard('s', { format: DATA_FORMAT, terms: { bad: 'x' } }), 'bad')).toThrow(/malformed/);
  });
});
