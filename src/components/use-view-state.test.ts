import { describe, expect, it } from 'vitest';
import { createViewState, viewStateToSearch } from '../model/view/view-state.ts';
import { toggleInclude } from '../model/view/view-state-edit.ts';
import { askView, isOnItsWay } from './use-view-state.ts';

const start = createViewState({});
const lazarus = toggleInclude(start, 'actor', 'lazarus-group');
const both = toggleInclude(lazarus, 'victim', 'GB');
const here = viewStateToSearch(start);

describe('a view asked for while the address follows', () => {
  it('is shown until the address reaches it', () => {
    const asked = askView(lazarus, here, null);
    expect(isOnItsWay(asked, here)).toBe(true);
    expect(isOnItsWay(asked, viewStateToSearch(lazarus))).toBe(false);
  });

  it('is dropped when the address goes elsewhere, as Back does', () => {
    const asked = askView(lazarus, viewStateToSearch(both), null);
    expect(isOnItsWay(asked, here)).toBe(false);
  });

  it('survives the address passing through an earlier ask on the way to the last one', () => {
    const first = askView(lazarus, here, null);
    const second = askView(both, here, first);
    expect(isOnItsWay(second, viewStateToSearch(lazarus))).toBe(true);
    expect(isOnItsWay(second, here)).toBe(true);
    expect(isOnItsWay(second, viewStateToSearch(both))).toBe(false);
  });

  it('starts afresh when the earlier ask has already arrived', () => {
    const first = askView(lazarus, here, null);
    const second = askView(both, viewStateToSearch(lazarus), first);
    expect(second.via).toEqual([viewStateToSearch(lazarus)]);
  });
});
