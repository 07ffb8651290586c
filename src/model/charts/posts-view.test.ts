import { describe, expect, it } from 'vitest';
import { allRows, tableOf } from '../../test-support/post-table-fixture.ts';
import { createFacetEngine } from '../facets/facets.ts';
import { createViewState } from '../view/view-state.ts';
import { postsChartView, withoutDates } from './posts-view.ts';

const table = tableOf([
  { date: '2021-03-02', actors: ['apt28'] },
  { date: '2020-06-01', actors: ['apt28'] },
  { date: '2020-05-01' },
  { date: '2019-01-15', actors: ['apt28'] },
]);

describe('the posts over time view', () => {
  it('counts under every filter but the dates, so the view’s dates show in context', () => {
    const engine = createFacetEngine(table);
    const state = createViewState({ filters: { actor: { include: ['apt28'] } }, from: '2020-01-01', to: '2020-12-31' });
    expect(Array.from(engine.rows(withoutDates(state)))).toEqual([0, 1, 3]);
  });

  it('draws a bar per period, the view’s dates in the accent and the rest faded', () => {
    const state = createViewState({ from: '2020-01-01', to: '2020-12-31' });
    const view = postsChartView({ table, rows: allRows(4), state }, { compact: false, unit: 'year' });
    expect(view.bars).toEqual([
      { index: 0, label: '2019', count: 1, tone: 'faded', summary: '1 post' },
      { index: 1, label: '2020', count: 2, tone: 'selected', summary: '2 posts' },
      { index: 2, label: '2021', count: 1, tone: 'faded', summary: '1 post' },
    ]);
    expect(view.range).toEqual({ first: 1, last: 1 });
    expect(view.units).toBe('Posts per year under every filter but the dates; the view’s dates are highlighted. Click a bar, or drag across bars, to set the dates.');
    expect([view.plotTitle, view.xLabel]).toEqual(['Posts per year', 'Year']);
  });

  it('lets the span choose the period, and draws every bar plain without dates', () => {
    const view = postsChartView({ table, rows: allRows(4), state: createViewState() }, { compact: false, unit: null });
    expect(view.series.unit).toBe('month');
    expect(view.bars).toHaveLength(27);
    expect(new Set(view.bars.map((bar) => bar.tone))).toEqual(new Set(['plain']));
    expect(view.units).toBe('Posts per month under every filter but the dates. Click a bar, or drag across bars, to set the dates.');
    const compact = postsChartView({ table, rows: allRows(4), state: createViewState() }, { compact: true, unit: null });
    expect(compact.units).toBe('Posts per month · click a bar or drag across bars to set the dates');
  });

  it('gives the CSV a line per period, and says when there is nothing to draw', () => {
    const view = postsChartView({ table, rows: allRows(4), state: createViewState({ filters: { actor: { include: ['apt28'] } } }) }, { compact: false, unit: 'year' });
    expect(view.csv).toEqual({
      fileName: 'sitrep-posts-over-time-actor-apt28.csv',
      header: ['Period', 'First day', 'Last day', 'Posts'],
      rows: [
        ['2019', '2019-01-01', '2019-12-31', 1],
        ['2020', '2020-01-01', '2020-12-31', 2],
        ['2021', '2021-01-01', '2021-12-31', 1],
      ],
    });
    expect(view.empty).toBeUndefined();
    expect(postsChartView({ table, rows: [], state: createViewState() }, { compact: false, unit: null }).empty).toBe('No posts in this view.');
  });
});
