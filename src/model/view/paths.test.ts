import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import { createViewState, parseViewState } from './view-state.ts';

describe('paths', () => {
  it('keeps the home links of the post list', () => {
    expect(paths.home.getHref()).toBe('/');
    expect(paths.home.getHref(1)).toBe('/');
    expect(paths.home.getHref(3)).toBe('/?page=3');
  });

  it('links an explorer view and its charts with the same canonical query string', () => {
    const state = createViewState({ filters: { actor: { include: ['lazarus-group'] }, victim: { include: ['gb'] } }, from: '2019-01-01' });
    expect(paths.explorer.getHref(state)).toBe('/?actor=lazarus-group&victim=GB&from=2019-01-01');
    expect(paths.charts.getHref(state)).toBe('/charts?actor=lazarus-group&victim=GB&from=2019-01-01');
    expect(paths.explorer.getHref(createViewState())).toBe('/');
    const href = paths.explorer.getHref(state);
    expect(parseViewState(new URLSearchParams(href.slice(href.indexOf('?')))).state).toEqual(state);
  });

  it('links actors by id and countries by upper-case code', () => {
    expect(paths.actor.getHref('lazarus-group')).toBe('/actors/lazarus-group');
    expect(paths.country.getHref('gb')).toBe('/countries/GB');
    expect(paths.post.getHref('a b')).toBe('/posts/a%20b');
  });
});
