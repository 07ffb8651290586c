import { describe, expect, it } from 'vitest';
import { explorerLinks, paths } from './paths.ts';
import { valueView } from './view-state-edit.ts';
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

  it('leaves the list’s page number out of a charts link, as out of a post link', () => {
    const third = createViewState({ filters: { actor: { include: ['apt28'] } }, page: 3 });
    expect(paths.explorer.getHref(third)).toBe('/?actor=apt28&page=3');
    expect(paths.charts.getHref(third)).toBe('/charts?actor=apt28');
    expect(paths.post.getHref('x', third)).toBe('/posts/x?actor=apt28');
  });

  it('links a figure in its post by its index', () => {
    expect(paths.figure.getHref('lazarus telegram', 0)).toBe('/posts/lazarus%20telegram#figure-0');
  });

  it('links a cited passage in its post by its anchor', () => {
    expect(paths.citation.getHref('lazarus telegram', { paragraph: '0a1b2c3d', sentence: '99aabbcc' })).toBe('/posts/lazarus%20telegram#cite-0a1b2c3d-99aabbcc');
    expect(paths.citation.getHref('x', { paragraph: '0a1b2c3d', sentence: null })).toBe('/posts/x#cite-0a1b2c3d');
  });

  it('links an entity’s posts, narrowed by one more value or to one year', () => {
    const links = explorerLinks(valueView('actor', 'Lazarus-Group'));
    expect(links.posts).toBe('/?actor=lazarus-group');
    expect(links.withValue('victim')('gb')).toBe('/?actor=lazarus-group&victim=GB');
    expect(links.withValue('actor')('lazarus-group')).toBe('/');
    expect(links.inYear(2020)).toBe('/?actor=lazarus-group&from=2020-01-01&to=2020-12-31');
  });

  it('links actors by id and countries by upper-case code', () => {
    expect(paths.actor.getHref('lazarus-group')).toBe('/actors/lazarus-group');
    expect(paths.country.getHref('gb')).toBe('/countries/GB');
    expect(paths.post.getHref('a b')).toBe('/posts/a%20b');
  });
});
