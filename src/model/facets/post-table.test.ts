import { describe, expect, it } from 'vitest';
import { createPostTable } from './post-table.ts';

describe('createPostTable', () => {
  it('decodes the columns, with the author calendar day and upper-case country codes', () => {
    const table = createPostTable({
      format: 1,
      sources: [{ id: 'bbc', name: 'BBC News' }],
      columns: {
        slug: ['seoul', 'london'],
        title: ['Seoul', 'London'],
        date: ['2024-05-31T00:30:00+09:00', '2016-09-09'],
        source: [null, 'bbc'],
        actors: [['lazarus-group'], []],
        victims: [['kr'], ['GB', 'PL']],
        origins: [['KP'], []],
        regions: [['eastern-asia'], ['europe']],
        platforms: [[], ['windows']],
        malware: [['applejeus'], []],
        figures: [[], []],
      },
    });
    expect(table.size).toBe(2);
    // 00:30 in Seoul is still 30 May in UTC; the author's day is what the table keeps.
    expect(table.day).toEqual(['2024-05-31', '2016-09-09']);
    expect(table.victims).toEqual([['KR'], ['GB', 'PL']]);
    expect(table.rowBySlug.get('london')).toBe(1);
    expect(table.sourceNames.get('bbc')).toBe('BBC News');
    expect(table.actors[0]).toEqual(['lazarus-group']);
  });
});
