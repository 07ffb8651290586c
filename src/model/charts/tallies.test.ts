import { describe, expect, it } from 'vitest';
import { actorRegionMatrix, topValues } from './tallies.ts';
import { allRows, tableOf } from '../../test-support/post-table-fixture.ts';

const all = allRows;

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
