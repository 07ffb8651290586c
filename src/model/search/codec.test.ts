import { describe, expect, it } from 'vitest';
import { DATA_FORMAT } from '../format/data-version.ts';
import {
  decodePositions,
  decodePostings,
  encodePositions,
  encodePostings,
  impactOf,
  K1,
  MAX_IMPACT,
  readPostings,
  readShard,
  readTable,
  searchPositionsFile,
  searchShardFile,
  shardOf,
  termEntry,
} from './codec.ts';

describe('postings', () => {
  it('round-trip documents and impacts, small and large gaps alike', () => {
    const docs = [0, 1, 2, 40, 1_000, 29_999, 1_000_000];
    const impacts = [1, 63, 7, 32, 31, 2, 50];
    const text = encodePostings(docs, impacts);
    expect(text).toMatch(/^[0-9A-Za-z_-]+$/);
    expect(readPostings(text)).toEqual({ docs, impacts });
  });

  it('decode into rows, newest first, scored by idf times the stored weight', () => {
    // Documents count from the oldest post: in a collection of 10, document 9 is row 0.
    const decoded = decodePostings(encodePostings([2, 9], [MAX_IMPACT, 21]), 10);
    expect([...decoded.rows]).toEqual([0, 7]);
    const idf = Math.log(1 + (10 - 2 + 0.5) / (2 + 0.5));
    expect(decoded.scores[1]).toBeCloseTo(idf * (K1 + 1));
    expect(decoded.scores[0]).toBeCloseTo((idf * 21 * (K1 + 1)) / MAX_IMPACT);
  });

  it('give a rarer word a higher score for the same weight', () => {
    const rare = decodePostings(encodePostings([0], [30]), 1000).scores[0] ?? 0;
    const common = decodePostings(encodePostings([...Array(500).keys()], Array(500).fill(30)), 1000).scores[0] ?? 0;
    expect(rare).toBeGreaterThan(common);
  });

  it('quantize weights to 1..63', () => {
    expect(impactOf(0)).toBe(1);
    expect(impactOf(K1 + 1)).toBe(MAX_IMPACT);
    expect(impactOf(100)).toBe(MAX_IMPACT);
  });

  it('decode an empty list', () => {
    expect(decodePostings('', 5).rows.length).toBe(0);
  });

  it('refuse text that is not an encoding', () => {
    expect(() => decodePostings('a b', 5)).toThrow(/unexpected character/);
    expect(() => decodePostings('Z', 5)).toThrow(/ends inside a number/);
  });
});

describe('positions', () => {
  it('round-trip the positions of each posting, in the rows\' order', () => {
    const lists = [[0, 5, 6], [3], [], [100, 4000]];
    const flat = lists.flatMap((list) => [list.length, ...list]);
    // Written in document order, read in row order (reversed).
    expect(decodePositions(encodePositions(flat))).toEqual([...lists].reverse());
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

  it('find a shard\'s files in the table', () => {
    const table = { format: DATA_FORMAT, shards: [['aa', 'bb'], ['cc', 'dd']] as [string, string][] };
    expect(searchShardFile(table, 1)).toBe('search/cc.json');
    expect(searchPositionsFile(table, 1)).toBe('search/dd.json');
    expect(readTable('t', table, { table: 't', shardCount: 2, postCount: 1 })).toBe(table);
    expect(() => readTable('t', table, { table: 't', shardCount: 4, postCount: 1 })).toThrow(/4 shards/);
  });

  it('refuse a shard of another format, saying how to fix it', () => {
    expect(() => readShard('search/1.json', { format: DATA_FORMAT + 1, terms: {} })).toThrow(new RegExp(`search/1\\.json is in format ${DATA_FORMAT + 1}.*Rebuild`));
    expect(() => readShard('search/1.json', '<html>')).toThrow(/not a search file/);
  });

  it('read only a shard’s own terms', () => {
    const shard = readShard('s', { format: DATA_FORMAT, terms: { lazarus: '01' } });
    expect(termEntry(shard, 'lazarus')).toBe('01');
    expect(termEntry(shard, 'constructor')).toBeNull();
    expect(() => termEntry(readShard('s', { format: DATA_FORMAT, terms: { bad: 1 } }), 'bad')).toThrow(/malformed/);
  });
});
