import { describe, expect, it } from 'vitest';
import {
  clearAll,
  clearFacet,
  clearFilters,
  removeValue,
  setDateRange,
  setPage,
  setQuery,
  setSort,
  setYear,
  toggleExclude,
  toggleInclude,
} from './view-state-edit.ts';
import { createViewState, EMPTY_VIEW_STATE, viewStateToSearch } from './view-state.ts';

const on = createViewState({ filters: { victim: { include: ['GB'] }, platform: { exclude: ['windows'] } }, page: 3 });

describe('view state edits', () => {
  it('toggles a value in and out, whatever case it is given in, and goes back to page 1', () => {
    const added = toggleInclude(on, 'victim', 'pl');
    expect(added.filters.victim.include).toEqual(['GB', 'PL']);
    expect(added.page).toBe(1);
    expect(toggleInclude(added, 'victim', 'gb').filters.victim.include).toEqual(['PL']);
  });

  it('moves a value between included and excluded', () => {
    const excluded = toggleExclude(on, 'victim', 'GB');
    expect(excluded.filters.victim).toEqual({ include: [], exclude: ['GB'] });
    expect(toggleInclude(excluded, 'victim', 'GB').filters.victim).toEqual({ include: ['GB'], exclude: [] });
    expect(toggleExclude(on, 'platform', 'windows').filters.platform).toEqual({ include: [], exclude: [] });
  });

  it('ignores a malformed id', () => {
    expect(toggleInclude(on, 'victim', 'Great Britain')).toBe(on);
  });

  it('removes values, clears a facet, the filters, or everything', () => {
    expect(removeValue(on, 'platform', 'windows').filters.platform.exclude).toEqual([]);
    expect(clearFacet(on, 'victim').filters.victim).toEqual({ include: [], exclude: [] });
    const searched = setQuery(setDateRange(on, '2019-01-01', null), 'lazarus');
    expect(viewStateToSearch(clearFilters(searched))).toBe('?q=lazarus');
    expect(clearAll()).toEqual(EMPTY_VIEW_STATE);
  });

  it('sets a date range, swapping a reversed one, and a year', () => {
    expect(setDateRange(on, '2021-05-01', '2020-01-01')).toMatchObject({ from: '2020-01-01', to: '2021-05-01', page: 1 });
    expect(setDateRange(on, 'soon', null)).toMatchObject({ from: null, to: null });
    expect(setYear(on, 2019)).toMatchObject({ from: '2019-01-01', to: '2019-12-31' });
  });

  it('sorts a new search by relevance and keeps a chosen order while it is refined', () => {
    const searched = setQuery(on, '  north   korea ');
    expect(searched).toMatchObject({ q: 'north korea', sort: 'relevance', page: 1 });
    const byDate = setSort(searched, 'date');
    expect(setQuery(byDate, 'north korea banks').sort).toBe('date');
    expect(setQuery(byDate, '').sort).toBe('date');
    expect(setSort(on, 'relevance').sort).toBe('date');
  });

  it('goes to a page, and to page 1 for anything that is not one', () => {
    expect(setPage(on, 7).page).toBe(7);
    expect(setPage(on, 0).page).toBe(1);
    expect(setPage(on, 2.5).page).toBe(1);
  });
});
