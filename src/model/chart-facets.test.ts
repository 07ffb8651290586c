import { describe, expect, it } from 'vitest';
import { actorRegionMatrix, topValues } from './chart-facets.ts';
import type { PostIndex } from './data-format.ts';
import { createPostTable } from './post-table.ts';

interface PostSpec {
  date: string;
  actors?: string[];
  victims?: string[];
  regions?: string[];
  platforms?: string[];
}

function tableOf(posts: PostSpec[]) {
  const index: PostIndex = {
    format: 1,
    sources: [],
    columns: {
      slug: posts.map((_, i) => `post-${i}`),
      title: posts.map((_, i) => `Post ${i}`),
      date: posts.map((post) => post.date),
      source: posts.map(() => null),
      actors: posts.map((post) => post.actors ?? []),
      victims: posts.map((post) => post.victims ?? []),
      origins: posts.map(() => []),
      regions: posts.map((post) => post.regions ?? []),
      platforms: posts.map((post) => post.platforms ?? []),
      malware: posts.map(() => []),
      figures: posts.map(() => []),
    },
  };
  return createPostTable(index);
}

const all = (size: number) => Array.from({ length: size }, (_, row) => row);

describe('top values and the matrix', () => {
  const table = tableOf([
    { date: '2024-01-01', actors: ['lazarus-group'], victims: ['KR', 'US'], regions: ['asia'] },
    { date: '2023-01-01', actors: ['lazarus-group', 'apt38'], victims: ['KR'], regions: ['asia', 'europe'] },
    { date: '2022-01-01', actors: ['apt28'], victims: ['PL'], regions: ['europe'] },
    { date: '2021-01-01', victims: [] },
  ]);

  it('counts values over the rows in view, most posts first, then by id', () => {
    expect(topValues(table, all(4), 'victim', 2)).toEqual({
      top: [
        { id: 'KR', count: 2 },
        { id: 'PL', count: 1 },
      ],
      otherValues: 1,
      withoutValue: 1,
    });
    expect(topValues(table, [2], 'actor').top).toEqual([{ id: 'apt28', count: 1 }]);
  });

  it('crosses the top actors with regions', () => {
    const matrix = actorRegionMatrix(table, all(4), { regions: ['europe', 'asia'] });
    expect(matrix.actors).toEqual(['lazarus-group', 'apt28', 'apt38']);
    expect(matrix.regions).toEqual(['europe', 'asia']);
    expect(matrix.counts).toEqual([
      [1, 2],
      [1, 0],
      [1, 1],
    ]);
    expect(matrix.max).toBe(2);
    expect(actorRegionMatrix(table, all(4), { actorLimit: 1, regionLimit: 1 })).toMatchObject({ actors: ['lazarus-group'], regions: ['asia'], counts: [[2]] });
  });
});
