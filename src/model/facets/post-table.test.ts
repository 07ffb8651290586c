import { describe, expect, it } from 'vitest';
import { facetsFileOf } from '../../test-support/post-table-fixture.ts';
import { createPostTable } from './post-table.ts';

describe('createPostTable', () => {
  it('decodes the columns, with the author calendar day and upper-case country codes', () => {
    const table = createPostTable(
      facetsFileOf([
        { date: '2024-05-31', actors: ['lazarus-group'], victims: ['KR'], origins: ['KP'], regions: ['eastern-asia'], malware: ['applejeus'] },
        { date: '2016-09-09', source: 'bbc', victims: ['GB', 'PL'], regions: ['europe'], platforms: ['windows'] },
      ]),
    );
    expect(table.size).toBe(2);
    expect(table.day).toEqual(['2024-05-31', '2016-09-09']);
    expect(table.victims).toEqual([['KR'], ['GB', 'PL']]);
    expect(table.source).toEqual([null, 'bbc']);
    expect(table.names.source.get('bbc')).toBe('BBC');
    expect(table.actors[0]).toEqual(['lazarus-group']);
    expect(table.actors[1]).toEqual([]);
  });
});
