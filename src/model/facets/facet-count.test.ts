import { describe, expect, it } from 'vitest';
import { bitsetOf } from './bitset.ts';
import { countBase, countValues, createFacetData, rankValues } from './facet-count.ts';
import { countByPostings, indexFacetColumn, tallyRows } from './facet-index.ts';

describe('facet index', () => {
  it('indexes values by first appearance, both ways, once per row', () => {
    const index = indexFacetColumn([['b', 'a'], [], ['a', 'a'], ['c']]);
    expect(index.ids).toEqual(['b', 'a', 'c']);
    expect([...index.postingRows]).toEqual([0, 0, 2, 3]);
    expect([...index.postingStart]).toEqual([0, 1, 3, 4]);
    expect([...index.rowStart]).toEqual([0, 2, 2, 3, 4]);
    expect([...index.rowValues]).toEqual([0, 1, 1, 2]);
  });
});

describe('countValues', () => {
  // 200 rows; value vk is held by every row divisible by k + 1 (dense: it gets a bitset), and
  // rare values by 4 rows each (walked as posting lists).
  const size = 200;
  const column = Array.from({ length: size }, (_, row) => [
    ...['v0', 'v1', 'v2', 'v3', 'v4'].filter((_, k) => row % (k + 1) === 0),
    `rare-${row % 50}`,
  ]);
  const index = indexFacetColumn(column);

  it('keeps bitsets for the values held by many rows only', () => {
    expect([...index.dense.keys()].map((value) => index.ids[value])).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
  });
  const expected = (rows: number[]) => index.ids.map((id) => rows.filter((row) => column[row]?.includes(id)).length);

  it('gives the same counts with every strategy: few rows, most rows, and the middle', () => {
    const cases = {
      few: [3, 10, 60],
      most: Array.from({ length: size }, (_, row) => row).filter((row) => row !== 7 && row !== 120),
      middle: Array.from({ length: size }, (_, row) => row).filter((row) => row % 2 === 1),
    };
    for (const [name, rows] of Object.entries(cases)) {
      expect([...countValues(index, countBase(bitsetOf(size, rows)), size)], name).toEqual(expected(rows));
    }
    expect([...countValues(index, null, size)]).toEqual(expected(Array.from({ length: size }, (_, row) => row)));
    expect([...countValues(index, countBase(bitsetOf(size, [])), size)].every((count) => count === 0)).toBe(true);
  });

  it('tallies by rows exactly as it walks posting lists', () => {
    const rows = [0, 1, 2, 3, 50, 51, 199];
    const byRows = new Uint32Array(index.ids.length);
    tallyRows(index, Uint32Array.from(rows), byRows, 1);
    const byPostings = new Uint32Array(index.ids.length);
    countByPostings(index, bitsetOf(size, rows), byPostings);
    expect([...byRows]).toEqual([...byPostings]);
  });

  it('ranks by count, then by name in natural order, whatever the order of first appearance', () => {
    const data = createFacetData(indexFacetColumn([['b'], ['a10'], ['a9'], ['c'], ['c']]), ['Bee', 'Area 10', 'area 9', 'Sea']);
    const ranked = rankValues(data, Uint32Array.from([1, 1, 1, 2]), { include: ['c'], exclude: ['gone'] }, 5);
    expect(ranked.map((value) => `${value.name}:${value.count}`)).toEqual(['Sea:2', 'area 9:1', 'Area 10:1', 'Bee:1', 'gone:0']);
    expect(ranked[0]).toMatchObject({ included: true, excluded: false });
    expect(ranked.at(-1)).toMatchObject({ excluded: true });
  });
});
