import { describe, expect, it } from 'vitest';
import {
  addSavedView,
  cleanName,
  deleteSavedView,
  findSavedView,
  markSavedViewOpened,
  readSavedViews,
  renameSavedView,
  restoreSavedView,
  SAVED_VIEWS_LIMIT,
  savedViewHref,
  suggestViewName,
  writeSavedViews,
} from './saved-views.ts';
import { createViewState } from './view-state.ts';

const lazarus = createViewState({ filters: { actor: { include: ['lazarus-group'] }, victim: { include: ['GB'] } }, page: 3 });
const seen = { generation: '2026-01-01T00:00:00.000Z', keys: '0A1' };
const names: Record<string, string> = { 'lazarus-group': 'Lazarus Group', GB: 'United Kingdom', windows: 'Windows' };
const nameOf = (_facet: string, id: string) => names[id] ?? id;

function saved(count: number) {
  let views = addSavedView([], { name: 'Lazarus in the UK', page: 'explorer', state: lazarus, now: '2026-01-01T00:00:00.000Z', seen }).views;
  for (let i = 1; i < count; i++) views = addSavedView(views, { name: `View ${i}`, page: 'charts', state: createViewState({ q: `word${i}` }), now: `2026-01-02T00:00:00.${String(i).padStart(3, '0')}Z`, seen: null }).views;
  return views;
}

describe('saved views', () => {
  it('keep a view under its name without the page number, and read back what was written', () => {
    const { views, view } = addSavedView([], { name: '  Lazarus   in the UK ', page: 'explorer', state: lazarus, now: '2026-01-01T00:00:00.000Z', seen });
    expect(view).toMatchObject({ name: 'Lazarus in the UK', page: 'explorer', query: '?actor=lazarus-group&victim=GB', seen });
    expect(savedViewHref(view)).toBe('/?actor=lazarus-group&victim=GB');
    expect(readSavedViews(writeSavedViews(views))).toEqual({ views, problem: null });
  });

  it('open charts views on the charts page', () => {
    const { view } = addSavedView([], { name: 'Charts', page: 'charts', state: createViewState({ q: 'ransomware' }), now: 'now', seen: null });
    expect(savedViewHref(view)).toBe('/charts?q=ransomware');
  });

  it('rename a view already saved instead of saving it twice', () => {
    const first = saved(1);
    const again = addSavedView(first, { name: 'Renamed', page: 'explorer', state: createViewState({ ...lazarus, page: 1 }), now: '2026-02-01T00:00:00.000Z', seen: null });
    expect(again.views).toHaveLength(1);
    expect(again.view).toMatchObject({ id: first[0]?.id, name: 'Renamed', openedAt: '2026-02-01T00:00:00.000Z', seen });
    expect(findSavedView(again.views, 'explorer', lazarus)?.name).toBe('Renamed');
    expect(findSavedView(again.views, 'charts', lazarus)).toBeUndefined();
  });

  it('rename, delete, restore and mark as opened one view and leave the others', () => {
    const views = saved(3);
    const [a, b, c] = views;
    if (!a || !b || !c) throw new Error('three views were saved');
    expect(renameSavedView(views, b.id, ' New name ').map((view) => view.name)).toEqual([a.name, 'New name', c.name]);
    expect(renameSavedView(views, b.id, '   ')).toEqual(views);
    const without = deleteSavedView(views, b.id);
    expect(without.map((view) => view.id)).toEqual([a.id, c.id]);
    expect(restoreSavedView(without, b, 1)).toEqual(views);
    const opened = markSavedViewOpened(views, c.id, '2027-01-01T00:00:00.000Z', { generation: 'g', keys: '' });
    expect(opened[2]).toMatchObject({ openedAt: '2027-01-01T00:00:00.000Z', seen: { generation: 'g', keys: '' } });
    expect(opened.slice(0, 2)).toEqual(views.slice(0, 2));
  });

  it('give every view an id of its own, even after a delete', () => {
    const views = deleteSavedView(saved(3), '2');
    const { view } = addSavedView(views, { name: 'Another', page: 'explorer', state: createViewState({ q: 'other' }), now: 'now', seen: null });
    expect(views.map((other) => other.id)).not.toContain(view.id);
  });

  it('make room past the limit by dropping the view opened longest ago', () => {
    const views = saved(SAVED_VIEWS_LIMIT);
    const { views: next } = addSavedView(views, { name: 'One more', page: 'explorer', state: createViewState({ q: 'more' }), now: '2030-01-01T00:00:00.000Z', seen: null });
    expect(next).toHaveLength(SAVED_VIEWS_LIMIT);
    expect(next.map((view) => view.name)).not.toContain('Lazarus in the UK');
  });

  it('read nothing stored as no views, and damaged or foreign storage as no views with a reason, never throwing', () => {
    expect(readSavedViews(null)).toEqual({ views: [], problem: null });
    for (const text of ['{', 'null', '[]', '"views"', '{"views":{}}', '{"version":1}']) {
      const read = readSavedViews(text);
      expect(read.views).toEqual([]);
      expect(read.problem).toMatch(/saved views/);
    }
  });

  it('leave out only the entries that cannot be read, and say how many', () => {
    const [good] = saved(1);
    const text = JSON.stringify({
      views: [good, null, 7, { ...good, id: '' }, { ...good, id: 'x', page: 'reader' }, { ...good, id: 'y', name: ' ' }, { ...good, id: 'z', query: 'actor=apt28' }, good],
    });
    const read = readSavedViews(text);
    expect(read.views).toEqual([good]);
    expect(read.problem).toBe('7 saved views could not be read and were left out.');
  });

  it('read an entry of an older shape with defaults, and a hand-edited query in its one spelling', () => {
    const read = readSavedViews(JSON.stringify({ views: [{ id: 'a', name: 'Old', page: 'explorer', query: '?victim=gb&actor=Lazarus-Group&page=2&utm_source=x' }] }));
    expect(read.problem).toBeNull();
    expect(read.views[0]).toEqual({ id: 'a', name: 'Old', page: 'explorer', query: '?actor=lazarus-group&victim=GB', savedAt: '', openedAt: '', seen: null });
    const damagedSeen = readSavedViews(JSON.stringify({ views: [{ id: 'a', name: 'Old', page: 'charts', query: '', seen: { keys: 5 } }] }));
    expect(damagedSeen.views[0]?.seen).toBeNull();
  });

  it('offer a name made of the view', () => {
    expect(suggestViewName(lazarus, nameOf)).toBe('Lazarus Group, United Kingdom');
    const state = createViewState({ filters: { platform: { exclude: ['windows'] } }, q: 'wiper', from: '2019-01-01' });
    expect(suggestViewName(state, nameOf)).toBe('not Windows, “wiper”, since 1 January 2019');
    expect(suggestViewName(createViewState(), nameOf)).toBe('All security news');
    expect(suggestViewName(createViewState({ all: true }), nameOf)).toBe('All posts');
    expect(cleanName('x'.repeat(500))).toHaveLength(120);
  });
});
