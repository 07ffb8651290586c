import { describe, expect, it } from 'vitest';
import { allRows, tableOf } from '../../test-support/post-table-fixture.ts';
import { createViewState, viewStateToSearch } from '../view/view-state.ts';
import { topChartView, type TopViewInput } from './top-view.ts';

const NAMES: Record<string, string> = { KR: 'South Korea', PL: 'Poland', US: 'United States' };

const table = tableOf([
  { date: '2024-01-01', victims: ['KR', 'US'] },
  { date: '2023-01-01', victims: ['KR'] },
  { date: '2022-01-01', victims: ['PL'] },
  { date: '2021-01-01' },
]);

const viewOf = (input: Partial<TopViewInput> = {}) =>
  topChartView({ table, rows: allRows(4), state: createViewState(), facet: 'victim', title: 'Top victim countries', noun: 'victim countries', limit: 2, nameOf: (_facet, id) => NAMES[id] ?? id, ...input });

describe('the top values chart view', () => {
  it('draws a bar per value, most posts first, named, with its share of the view and what a click does', () => {
    const view = viewOf();
    expect(view.bars.map(({ index, id, name, count, selected, share, action, summary }) => ({ index, id, name, count, selected, share, action, summary }))).toEqual([
      { index: 0, id: 'KR', name: 'South Korea', count: 2, selected: false, share: '50%', action: 'Show only posts with South Korea', summary: '2 posts (50% of this view)' },
      { index: 1, id: 'PL', name: 'Poland', count: 1, selected: false, share: '25%', action: 'Show only posts with Poland', summary: '1 post (25% of this view)' },
    ]);
    expect(viewStateToSearch(view.bars[0]?.next ?? createViewState())).toBe('?victim=KR');
  });

  it('offers to remove a value the view already includes', () => {
    const view = viewOf({ state: createViewState({ filters: { victim: { include: ['KR'] } } }), rows: [0, 1] });
    expect(view.bars[0]).toMatchObject({ id: 'KR', selected: true, action: 'Remove South Korea from the filters' });
    expect(viewStateToSearch(view.bars[0]?.next ?? createViewState())).toBe('');
  });

  it('says what it counts, what it leaves out, and what the table holds', () => {
    const view = viewOf();
    expect(view.units).toBe('Posts in this view per value, top 2; a post can count for several. Click a bar to filter by it.');
    expect(view.caption).toBe('Top victim countries: posts in this view per value, top 2 of 3. Choose a name to filter by it.');
    expect(view.note).toBe('1 more victim countries not shown. 1 post names none.');
    expect(viewOf({ limit: 10, rows: [0, 1] }).note).toBeNull();
    expect(viewOf({ limit: 10, rows: [3] })).toMatchObject({ bars: [], empty: 'No victim countries in this view.', note: '1 post names none.' });
  });

  it('gives the CSV each value’s rank, id, name, posts and share', () => {
    expect(viewOf({ state: createViewState({ from: '2021-01-01' }) }).csv).toEqual({
      fileName: 'sitrep-top-victim-countries-from-2021-01-01.csv',
      header: ['Rank', 'Id', 'Name', 'Posts', 'Share of posts in view'],
      rows: [
        [1, 'KR', 'South Korea', 2, 0.5],
        [2, 'PL', 'Poland', 1, 0.25],
      ],
    });
  });
});
